// The SQLite schema as numbered migrations, applied in order at start-up, each once, each in its own
// transaction, recorded in schema_migrations. Never edit a released migration: add the next number.
import type Database from 'better-sqlite3';
import { pendingMigrations, SCHEMA_MIGRATIONS_TABLE, type Migration } from './migrations.js';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'digest subscriptions and posts',
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
        status     TEXT NOT NULL CHECK (status IN ('sending', 'posted')),
        claimed_at TEXT NOT NULL,
        posted_at  TEXT,
        PRIMARY KEY (channel_id, date)
      );`,
  },
  {
    version: 2,
    name: 'ask channels and thread context',
    sql: `
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
      CREATE INDEX threads_updated ON threads (updated_at);`,
  },
  {
    version: 3,
    name: 'answers and votes',
    sql: `
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
        vote      INTEGER NOT NULL CHECK (vote IN (1, -1)),
        at        TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_id)
      );`,
  },
  {
    version: 4,
    name: 'question log',
    sql: `
      CREATE TABLE question_log (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        source     TEXT NOT NULL,
        guild_id   TEXT,
        channel_id TEXT,
        question   TEXT NOT NULL,
        typed      TEXT,
        outcome    TEXT NOT NULL,
        reason     TEXT,
        confidence REAL NOT NULL,
        answer_id  TEXT
      );
      CREATE INDEX question_log_at ON question_log (at);`,
  },
  {
    version: 5,
    name: 'digest claims with an owner, and skipped days',
    sql: `
      CREATE TABLE digest_posts_v5 (
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
      INSERT INTO digest_posts_v5 (channel_id, date, nonce, status, claimed_at, posted_at)
        SELECT channel_id, date, nonce, status, claimed_at, posted_at FROM digest_posts;
      DROP TABLE digest_posts;
      ALTER TABLE digest_posts_v5 RENAME TO digest_posts;
      CREATE INDEX digest_posts_sending ON digest_posts (status, claimed_at);`,
  },
  {
    version: 6,
    name: 'ask channels keyed by server; no channel or message ids in the question log; vote counts kept when voter ids are dropped',
    sql: `
      CREATE TABLE ask_channels_v6 (
        channel_id TEXT NOT NULL,
        guild_id   TEXT NOT NULL,
        set_by     TEXT NOT NULL,
        since      TEXT NOT NULL,
        PRIMARY KEY (guild_id, channel_id)
      );
      INSERT INTO ask_channels_v6 (channel_id, guild_id, set_by, since) SELECT channel_id, guild_id, set_by, since FROM ask_channels;
      DROP TABLE ask_channels;
      ALTER TABLE ask_channels_v6 RENAME TO ask_channels;
      ALTER TABLE question_log DROP COLUMN channel_id;
      ALTER TABLE question_log DROP COLUMN answer_id;
      ALTER TABLE answers ADD COLUMN pruned_up INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE answers ADD COLUMN pruned_down INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX votes_at ON votes (at);`,
  },
  {
    version: 7,
    name: 'budget counters',
    sql: `
      CREATE TABLE budget_counters (
        key          TEXT NOT NULL,
        window_start INTEGER NOT NULL, -- ms since the epoch
        count        INTEGER NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE INDEX budget_counters_window ON budget_counters (window_start);`,
  },
];

/** Applies the migrations the database lacks; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS, now = () => new Date()): number[] {
  db.exec(SCHEMA_MIGRATIONS_TABLE);
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const done: number[] = [];
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  for (const m of pendingMigrations(applied, migrations, db.name, 'DATA_DIR')) {
    // Checked again inside the write lock: another process starting at the same moment may have won.
    const ran = db.transaction(() => {
      if (isApplied.get(m.version)) return false;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now().toISOString());
      return true;
    }).immediate();
    if (ran) done.push(m.version);
  }
  return done;
}
