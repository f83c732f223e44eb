// The PostgreSQL schema as numbered migrations, the twin of sqlite-migrations.ts (same tables and
// constraints; text timestamps, so both stores compare and return them alike). Applied at start-up in
// one transaction under an advisory lock, so processes starting together on several machines apply
// each migration once. Never edit a released migration: add the next number.
import type { PoolClient } from 'pg';
import { pendingMigrations, SCHEMA_MIGRATIONS_TABLE, type Migration } from './migrations.js';

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'digest subscriptions and claims, ask channels, threads, answers, votes, question log',
    sql: `
      CREATE TABLE digest_subscriptions (
        channel_id TEXT PRIMARY KEY,
        guild_id   TEXT,
        since      TEXT NOT NULL
      );
      CREATE TABLE digest_posts (
        channel_id TEXT NOT NULL,
        date       TEXT NOT NULL,
        nonce      TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('sending', 'posted', 'skipped')),
        owner      TEXT NOT NULL DEFAULT '',
        claimed_at TEXT NOT NULL,
        posted_at  TEXT,
        skipped_at TEXT,
        PRIMARY KEY (channel_id, date)
      );
      CREATE INDEX digest_posts_sending ON digest_posts (status, claimed_at);
      CREATE TABLE ask_channels (
        channel_id TEXT PRIMARY KEY,
        guild_id   TEXT NOT NULL,
        set_by     TEXT NOT NULL,
        since      TEXT NOT NULL
      );
      CREATE INDEX ask_channels_guild ON ask_channels (guild_id);
      CREATE TABLE threads (
        thread_id      TEXT PRIMARY KEY,
        guild_id       TEXT,
        parent_id      TEXT,
        last_question  TEXT NOT NULL,
        last_answer_id TEXT,
        updated_at     TEXT NOT NULL
      );
      CREATE INDEX threads_updated ON threads (updated_at);
      CREATE TABLE answers (
        id        TEXT PRIMARY KEY,
        at        TEXT NOT NULL,
        source    TEXT NOT NULL,
        question  TEXT NOT NULL,
        outcome   TEXT NOT NULL,
        lang      TEXT NOT NULL,
        chunk_ids TEXT NOT NULL, -- JSON array of chunk ids, in quoted order
        answer    TEXT NOT NULL  -- JSON of the Answer
      );
      CREATE INDEX answers_at ON answers (at);
      CREATE TABLE votes (
        answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        user_id   TEXT NOT NULL,
        vote      SMALLINT NOT NULL CHECK (vote IN (1, -1)),
        at        TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_id)
      );
      CREATE TABLE question_log (
        id         BIGSERIAL PRIMARY KEY,
        at         TEXT NOT NULL,
        source     TEXT NOT NULL,
        guild_id   TEXT,
        channel_id TEXT,
        question   TEXT NOT NULL,
        typed      TEXT,
        outcome    TEXT NOT NULL,
        reason     TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        answer_id  TEXT
      );
      CREATE INDEX question_log_at ON question_log (at);`,
  },
  {
    version: 2,
    name: 'ask channels keyed by server; no channel or message ids in the question log; vote counts kept when voter ids are dropped',
    sql: `
      ALTER TABLE ask_channels DROP CONSTRAINT ask_channels_pkey;
      ALTER TABLE ask_channels ADD PRIMARY KEY (guild_id, channel_id);
      ALTER TABLE question_log DROP COLUMN channel_id, DROP COLUMN answer_id;
      ALTER TABLE answers ADD COLUMN pruned_up INTEGER NOT NULL DEFAULT 0, ADD COLUMN pruned_down INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX votes_at ON votes (at);`,
  },
  {
    version: 3,
    name: 'budget counters',
    sql: `
      CREATE TABLE budget_counters (
        key          TEXT NOT NULL,
        window_start BIGINT NOT NULL, -- ms since the epoch
        count        INTEGER NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE INDEX budget_counters_window ON budget_counters (window_start);
      -- One call, all or none: adds each cost to its key's count (keys in the caller's order, which is
      -- sorted, so two calls lock rows alike); when one passes its limit, the block's writes are undone.
      -- Returns the counts after, or as they would have been. Rows are locked only while it runs.
      CREATE FUNCTION take_budget(keys TEXT[], costs INTEGER[], limits BIGINT[], start BIGINT) RETURNS INTEGER[]
      LANGUAGE plpgsql AS $$
      DECLARE
        counts INTEGER[] := '{}';
        n INTEGER;
        refused BOOLEAN := false;
      BEGIN
        BEGIN
          FOR i IN 1 .. coalesce(array_length(keys, 1), 0) LOOP
            INSERT INTO budget_counters (key, window_start, count) VALUES (keys[i], start, costs[i])
              ON CONFLICT (key, window_start) DO UPDATE SET count = budget_counters.count + excluded.count
              RETURNING budget_counters.count INTO n;
            counts := counts || n;
            refused := refused OR n > limits[i];
          END LOOP;
          IF refused THEN
            RAISE EXCEPTION 'over budget' USING ERRCODE = 'raise_exception';
          END IF;
        EXCEPTION WHEN raise_exception THEN
          NULL;
        END;
        RETURN counts;
      END $$;`,
  },
];

/** Applies the migrations the database lacks, in one transaction under an advisory lock; returns the versions applied. */
export async function migratePostgres(client: PoolClient, where: string, migrations: readonly Migration[] = PG_MIGRATIONS, now = () => new Date()): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('planbot schema migrations'))");
    await client.query(SCHEMA_MIGRATIONS_TABLE);
    const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
    const done: number[] = [];
    for (const m of pendingMigrations(applied, migrations, where, 'DATABASE_URL')) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now().toISOString()]);
      done.push(m.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
