// Adapter: the Store (src/state/store.ts) in one SQLite file with better-sqlite3. WAL, so the feedback
// CLI can read while the bot writes; a busy timeout and immediate transactions, so two processes never
// overwrite each other; the once-only operations (digest claims, votes) are primary-key constraints.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { firstOver } from '../limits/window.js';
import type {
  AskChannel, BudgetCharge, DigestClaim, PruneCounts, QuestionLogEntry, Store, StoredAnswer, Subscription, ThreadContext, Vote, VotedAnswer,
} from '../state/store.js';
import { migrate } from './sqlite-migrations.js';
import { toAnswer, toAskChannel, toClaim, toLogEntry, toSubscription, toThread, type Row } from './store-rows.js';

export const DATABASE_FILE = 'planbot.db';

/** Opens (creating if needed) the database at `path` (":memory:" for tests) and brings its schema up to date. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    const db = new Database(path, { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return new SqliteStore(db);
  } catch (err) {
    throw new Error(`cannot open the state database ${path} (DATA_DIR): ${(err as Error).message}`);
  }
}

/** Adds the votes cast before the cutoff (?, three times) to their answer's counts, before they are deleted. */
const FOLD_OLD_VOTES = `UPDATE answers
  SET pruned_up = pruned_up + (SELECT COUNT(*) FROM votes v WHERE v.answer_id = answers.id AND v.at < ? AND v.vote = 1),
      pruned_down = pruned_down + (SELECT COUNT(*) FROM votes v WHERE v.answer_id = answers.id AND v.at < ? AND v.vote = -1)
  WHERE EXISTS (SELECT 1 FROM votes v WHERE v.answer_id = answers.id AND v.at < ?)`;

class SqliteStore implements Store {
  constructor(private readonly db: Database.Database) {}

  private q(sql: string) {
    return this.db.prepare(sql);
  }

  /** A write transaction that takes the lock at once, so two processes never interleave. */
  private write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  async subscriptions() {
    return (this.q('SELECT channel_id, guild_id, since FROM digest_subscriptions ORDER BY channel_id').all() as Row[]).map(toSubscription);
  }

  async subscribe(s: Subscription) {
    return this.q('INSERT INTO digest_subscriptions (channel_id, guild_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .run(s.channelId, s.guildId, s.since).changes > 0;
  }

  async unsubscribe(channelId: string) {
    return this.q('DELETE FROM digest_subscriptions WHERE channel_id = ?').run(channelId).changes > 0;
  }

  async claimDigest(c: Omit<DigestClaim, 'status' | 'claimedAt'>, at: Date) {
    return this.write(() => {
      const won = this.q(`INSERT INTO digest_posts (channel_id, date, nonce, status, owner, claimed_at) VALUES (?, ?, ?, 'sending', ?, ?)
         ON CONFLICT (channel_id, date) DO NOTHING`).run(c.channelId, c.date, c.nonce, c.owner, at.toISOString()).changes > 0;
      return { claim: toClaim(this.q('SELECT * FROM digest_posts WHERE channel_id = ? AND date = ?').get(c.channelId, c.date) as Row), won };
    });
  }

  async staleDigestClaims(before: Date) {
    return (this.q("SELECT * FROM digest_posts WHERE status = 'sending' AND claimed_at < ? ORDER BY date, channel_id")
      .all(before.toISOString()) as Row[]).map(toClaim);
  }

  async takeOverDigest(channelId: string, date: string, owner: string, at: Date, before: Date) {
    return this.q(`UPDATE digest_posts SET owner = ?, claimed_at = ?
       WHERE channel_id = ? AND date = ? AND status = 'sending' AND claimed_at < ?`)
      .run(owner, at.toISOString(), channelId, date, before.toISOString()).changes > 0;
  }

  async markDigestPosted(channelId: string, date: string, at: Date) {
    this.q("UPDATE digest_posts SET status = 'posted', posted_at = ? WHERE channel_id = ? AND date = ?").run(at.toISOString(), channelId, date);
  }

  async skipDigest(c: Omit<DigestClaim, 'status' | 'claimedAt'>, at: Date) {
    const iso = at.toISOString();
    return this.q(`INSERT INTO digest_posts (channel_id, date, nonce, status, owner, claimed_at, skipped_at) VALUES (?, ?, ?, 'skipped', ?, ?, ?)
       ON CONFLICT (channel_id, date) DO UPDATE SET status = 'skipped', skipped_at = excluded.skipped_at
       WHERE digest_posts.status = 'sending' AND digest_posts.owner = excluded.owner`)
      .run(c.channelId, c.date, c.nonce, c.owner, iso, iso).changes > 0;
  }

  async addAskChannel(c: AskChannel) {
    return this.q('INSERT INTO ask_channels (channel_id, guild_id, set_by, since) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(c.channelId, c.guildId, c.setBy, c.since).changes > 0;
  }

  async removeAskChannels(guildId: string, channelId?: string) {
    const rows = channelId
      ? this.q('DELETE FROM ask_channels WHERE guild_id = ? AND channel_id = ? RETURNING channel_id').all(guildId, channelId)
      : this.q('DELETE FROM ask_channels WHERE guild_id = ? RETURNING channel_id').all(guildId);
    return (rows as Row[]).map((r) => String(r.channel_id)).sort();
  }

  async askChannels(guildId?: string): Promise<AskChannel[]> {
    const rows = (guildId
      ? this.q('SELECT * FROM ask_channels WHERE guild_id = ? ORDER BY channel_id').all(guildId)
      : this.q('SELECT * FROM ask_channels ORDER BY channel_id').all()) as Row[];
    return rows.map(toAskChannel);
  }

  async isAskChannel(guildId: string, channelId: string) {
    return this.q('SELECT 1 FROM ask_channels WHERE guild_id = ? AND channel_id = ?').get(guildId, channelId) !== undefined;
  }

  async saveThread(t: ThreadContext) {
    this.q(`INSERT INTO threads (thread_id, guild_id, parent_id, last_question, last_answer_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (thread_id) DO UPDATE SET last_question = excluded.last_question,
         last_answer_id = excluded.last_answer_id, updated_at = excluded.updated_at`)
      .run(t.threadId, t.guildId, t.parentId, t.lastQuestion, t.lastAnswerId, t.updatedAt);
  }

  async thread(threadId: string) {
    const r = this.q('SELECT * FROM threads WHERE thread_id = ?').get(threadId) as Row | undefined;
    return r ? toThread(r) : null;
  }

  async saveAnswer(a: StoredAnswer) {
    this.q(`INSERT INTO answers (id, at, source, question, outcome, lang, chunk_ids, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`)
      .run(a.id, a.at, a.source, a.question, a.outcome, a.lang, JSON.stringify(a.chunkIds), JSON.stringify(a.answer));
  }

  async answer(id: string) {
    const r = this.q('SELECT * FROM answers WHERE id = ?').get(id) as Row | undefined;
    return r ? toAnswer(r) : null;
  }

  async vote({ answerId, userId, vote, at }: { answerId: string; userId: string; vote: Vote; at: Date }) {
    return this.write(() => {
      const before = this.q('SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?').pluck().get(answerId, userId) as number | undefined;
      this.q(`INSERT INTO votes (answer_id, user_id, vote, at) VALUES (?, ?, ?, ?)
         ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at`)
        .run(answerId, userId, vote, at.toISOString());
      return before === undefined ? null : (before as Vote);
    });
  }

  async votedAnswers(): Promise<VotedAnswer[]> {
    const rows = this.q(`SELECT a.*, a.pruned_up + COUNT(CASE WHEN v.vote = 1 THEN 1 END) AS up, a.pruned_down + COUNT(CASE WHEN v.vote = -1 THEN 1 END) AS down
       FROM answers a LEFT JOIN votes v ON v.answer_id = a.id GROUP BY a.id HAVING up + down > 0 ORDER BY a.at, a.id`).all() as Row[];
    return rows.map((r) => ({ answer: toAnswer(r), up: Number(r.up), down: Number(r.down) }));
  }

  async logQuestion(e: QuestionLogEntry) {
    this.q(`INSERT INTO question_log (at, source, guild_id, question, typed, outcome, reason, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(e.at, e.source, e.guildId, e.question, e.typed, e.outcome, e.reason, e.confidence);
  }

  async recentQuestions(limit: number) {
    return (this.q('SELECT * FROM question_log ORDER BY at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(toLogEntry);
  }

  async takeBudget(charges: readonly BudgetCharge[], windowStart: number) {
    return this.write(() => {
      const read = this.q('SELECT count FROM budget_counters WHERE key = ? AND window_start = ?').pluck();
      const before = charges.map((c) => Number(read.get(c.key, windowStart) ?? 0));
      const taken = firstOver(before, charges) < 0;
      const add = this.q(`INSERT INTO budget_counters (key, window_start, count) VALUES (?, ?, ?)
         ON CONFLICT (key, window_start) DO UPDATE SET count = count + excluded.count`);
      if (taken) for (const c of charges) add.run(c.key, windowStart, c.cost);
      return { taken, counts: charges.map((c, i) => before[i]! + c.cost) };
    });
  }

  async dropBudgetWindows(windowStart: number) {
    return this.q('DELETE FROM budget_counters WHERE window_start < ?').run(windowStart).changes;
  }

  async prune(before: Date): Promise<PruneCounts> {
    const cutoff = before.toISOString();
    return this.write(() => {
      this.q(FOLD_OLD_VOTES).run(cutoff, cutoff, cutoff);
      const voters = this.q('DELETE FROM votes WHERE at < ?').run(cutoff).changes;
      return {
        questions: this.q('DELETE FROM question_log WHERE at < ?').run(cutoff).changes,
        answers: this.q(`DELETE FROM answers WHERE at < ? AND pruned_up + pruned_down = 0
           AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.answer_id = answers.id)`).run(cutoff).changes,
        threads: this.q('DELETE FROM threads WHERE updated_at < ?').run(cutoff).changes,
        voters,
      };
    });
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}
