// Adapter: the Store (src/state/store.ts) in PostgreSQL with node-postgres, for a bot whose shards run
// on several machines (DATABASE_URL). The once-only operations are the database's: a digest claim is
// an INSERT … ON CONFLICT DO NOTHING on the (channel, date) primary key, a take-over an UPDATE guarded
// by the claim's time, a vote an upsert on (answer, user) — so two processes can never both win.
import pg from 'pg';
import type {
  AskChannel, BudgetCharge, DigestClaim, PruneCounts, QuestionLogEntry, Store, StoredAnswer, Subscription, ThreadContext, Vote, VotedAnswer,
} from '../state/store.js';
import { takeBudget } from './postgres-budget.js';
import { migratePostgres } from './postgres-migrations.js';
import { toAnswer, toAskChannel, toClaim, toLogEntry, toSubscription, toThread, type Row } from './store-rows.js';

/** The database a URL names, without its password: for messages. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Connects, brings the schema up to date, and returns the store. */
export async function openPostgresStore(url: string, onIdleError: (err: Error) => void = () => {}): Promise<Store> {
  const where = describeDatabase(url);
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on('error', onIdleError); // a dropped idle connection: the pool replaces it
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, where);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    throw new Error(`cannot open the state database ${where} (DATABASE_URL): ${(err as Error).message}`);
  }
  return new PostgresStore(pool);
}

class PostgresStore implements Store {
  constructor(private readonly pool: pg.Pool) {}

  private async rows(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, values)).rows as Row[];
  }

  private async transaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await run(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  private async count(sql: string, values: unknown[] = []): Promise<number> {
    return (await this.pool.query(sql, values)).rowCount ?? 0;
  }

  async subscriptions() {
    return (await this.rows('SELECT channel_id, guild_id, since FROM digest_subscriptions ORDER BY channel_id')).map(toSubscription);
  }

  async subscribe(s: Subscription) {
    return (await this.count('INSERT INTO digest_subscriptions (channel_id, guild_id, since) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [s.channelId, s.guildId, s.since])) > 0;
  }

  async unsubscribe(channelId: string) {
    return (await this.count('DELETE FROM digest_subscriptions WHERE channel_id = $1', [channelId])) > 0;
  }

  async claimDigest(c: Omit<DigestClaim, 'status' | 'claimedAt'>, at: Date) {
    const won = (await this.count(`INSERT INTO digest_posts (channel_id, date, nonce, status, owner, claimed_at) VALUES ($1, $2, $3, 'sending', $4, $5)
       ON CONFLICT (channel_id, date) DO NOTHING`, [c.channelId, c.date, c.nonce, c.owner, at.toISOString()])) > 0;
    const [row] = await this.rows('SELECT * FROM digest_posts WHERE channel_id = $1 AND date = $2', [c.channelId, c.date]);
    if (!row) throw new Error(`digest claim (${c.channelId}, ${c.date}) vanished`);
    return { claim: toClaim(row), won };
  }

  async staleDigestClaims(before: Date) {
    return (await this.rows("SELECT * FROM digest_posts WHERE status = 'sending' AND claimed_at < $1 ORDER BY date, channel_id", [before.toISOString()]))
      .map(toClaim);
  }

  async takeOverDigest(channelId: string, date: string, owner: string, at: Date, before: Date) {
    return (await this.count(`UPDATE digest_posts SET owner = $1, claimed_at = $2
       WHERE channel_id = $3 AND date = $4 AND status = 'sending' AND claimed_at < $5`,
    [owner, at.toISOString(), channelId, date, before.toISOString()])) > 0;
  }

  async markDigestPosted(channelId: string, date: string, at: Date) {
    await this.pool.query("UPDATE digest_posts SET status = 'posted', posted_at = $1 WHERE channel_id = $2 AND date = $3", [at.toISOString(), channelId, date]);
  }

  async skipDigest(c: Omit<DigestClaim, 'status' | 'claimedAt'>, at: Date) {
    const iso = at.toISOString();
    return (await this.count(`INSERT INTO digest_posts (channel_id, date, nonce, status, owner, claimed_at, skipped_at) VALUES ($1, $2, $3, 'skipped', $4, $5, $5)
       ON CONFLICT (channel_id, date) DO UPDATE SET status = 'skipped', skipped_at = excluded.skipped_at
       WHERE digest_posts.status = 'sending' AND digest_posts.owner = excluded.owner`, [c.channelId, c.date, c.nonce, c.owner, iso])) > 0;
  }

  async addAskChannel(c: AskChannel) {
    return (await this.count('INSERT INTO ask_channels (channel_id, guild_id, set_by, since) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [c.channelId, c.guildId, c.setBy, c.since])) > 0;
  }

  async removeAskChannels(guildId: string, channelId?: string) {
    const rows = channelId
      ? await this.rows('DELETE FROM ask_channels WHERE guild_id = $1 AND channel_id = $2 RETURNING channel_id', [guildId, channelId])
      : await this.rows('DELETE FROM ask_channels WHERE guild_id = $1 RETURNING channel_id', [guildId]);
    return rows.map((r) => String(r.channel_id)).sort();
  }

  async askChannels(guildId?: string): Promise<AskChannel[]> {
    const rows = guildId
      ? await this.rows('SELECT * FROM ask_channels WHERE guild_id = $1 ORDER BY channel_id', [guildId])
      : await this.rows('SELECT * FROM ask_channels ORDER BY channel_id');
    return rows.map(toAskChannel);
  }

  async isAskChannel(guildId: string, channelId: string) {
    return (await this.rows('SELECT 1 FROM ask_channels WHERE guild_id = $1 AND channel_id = $2', [guildId, channelId])).length > 0;
  }

  async saveThread(t: ThreadContext) {
    await this.pool.query(`INSERT INTO threads (thread_id, guild_id, parent_id, last_question, last_answer_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (thread_id) DO UPDATE SET last_question = excluded.last_question,
         last_answer_id = excluded.last_answer_id, updated_at = excluded.updated_at`,
    [t.threadId, t.guildId, t.parentId, t.lastQuestion, t.lastAnswerId, t.updatedAt]);
  }

  async thread(threadId: string) {
    const [r] = await this.rows('SELECT * FROM threads WHERE thread_id = $1', [threadId]);
    return r ? toThread(r) : null;
  }

  async saveAnswer(a: StoredAnswer) {
    await this.pool.query(`INSERT INTO answers (id, at, source, question, outcome, lang, chunk_ids, answer) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO NOTHING`, [a.id, a.at, a.source, a.question, a.outcome, a.lang, JSON.stringify(a.chunkIds), JSON.stringify(a.answer)]);
  }

  async answer(id: string) {
    const [r] = await this.rows('SELECT * FROM answers WHERE id = $1', [id]);
    return r ? toAnswer(r) : null;
  }

  async vote({ answerId, userId, vote, at }: { answerId: string; userId: string; vote: Vote; at: Date }) {
    return this.transaction(async (client) => {
      const before = (await client.query('SELECT vote FROM votes WHERE answer_id = $1 AND user_id = $2 FOR UPDATE', [answerId, userId])).rows[0] as Row | undefined;
      await client.query(`INSERT INTO votes (answer_id, user_id, vote, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`, [answerId, userId, vote, at.toISOString()]);
      return before ? (Number(before.vote) as Vote) : null;
    });
  }

  async votedAnswers(): Promise<VotedAnswer[]> {
    const rows = await this.rows(`SELECT a.*, a.pruned_up + COUNT(*) FILTER (WHERE v.vote = 1) AS up, a.pruned_down + COUNT(*) FILTER (WHERE v.vote = -1) AS down
       FROM answers a LEFT JOIN votes v ON v.answer_id = a.id GROUP BY a.id
       HAVING a.pruned_up + a.pruned_down + COUNT(v.vote) > 0 ORDER BY a.at, a.id`);
    return rows.map((r) => ({ answer: toAnswer(r), up: Number(r.up), down: Number(r.down) }));
  }

  async logQuestion(e: QuestionLogEntry) {
    await this.pool.query(`INSERT INTO question_log (at, source, guild_id, question, typed, outcome, reason, confidence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.at, e.source, e.guildId, e.question, e.typed, e.outcome, e.reason, e.confidence]);
  }

  async recentQuestions(limit: number) {
    return (await this.rows('SELECT * FROM question_log ORDER BY at DESC, id DESC LIMIT $1', [limit])).map(toLogEntry);
  }

  async takeBudget(charges: readonly BudgetCharge[], windowStart: number) {
    return takeBudget(this.pool, charges, windowStart);
  }

  async dropBudgetWindows(windowStart: number) {
    return this.count('DELETE FROM budget_counters WHERE window_start < $1', [windowStart]);
  }

  async prune(before: Date): Promise<PruneCounts> {
    const cutoff = before.toISOString();
    return this.transaction(async (client) => {
      const n = async (sql: string) => (await client.query(sql, [cutoff])).rowCount ?? 0;
      await n(`UPDATE answers
        SET pruned_up = pruned_up + (SELECT COUNT(*) FROM votes v WHERE v.answer_id = answers.id AND v.at < $1 AND v.vote = 1),
            pruned_down = pruned_down + (SELECT COUNT(*) FROM votes v WHERE v.answer_id = answers.id AND v.at < $1 AND v.vote = -1)
        WHERE EXISTS (SELECT 1 FROM votes v WHERE v.answer_id = answers.id AND v.at < $1)`);
      const voters = await n('DELETE FROM votes WHERE at < $1');
      return {
        questions: await n('DELETE FROM question_log WHERE at < $1'),
        answers: await n(`DELETE FROM answers WHERE at < $1 AND pruned_up + pruned_down = 0
          AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.answer_id = answers.id)`),
        threads: await n('DELETE FROM threads WHERE updated_at < $1'),
        voters,
      };
    });
  }

  private closed = false;

  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
