// Rows of the state database as the Store's objects: the same for SQLite and PostgreSQL, whose
// schemas have the same columns (text timestamps, JSON as text).
import type { Answer, Outcome } from '../answer/answer.js';
import type { Lang } from '../answer/types.js';
import type {
  AskChannel, DigestClaim, DigestStatus, QuestionLogEntry, QuestionSource, StoredAnswer, Subscription, ThreadContext,
} from '../state/store.js';

export type Row = Record<string, unknown>;
export const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export const toSubscription = (r: Row): Subscription => ({ channelId: String(r.channel_id), guildId: str(r.guild_id), since: String(r.since) });

export const toAskChannel = (r: Row): AskChannel => ({
  channelId: String(r.channel_id), guildId: String(r.guild_id), setBy: String(r.set_by), since: String(r.since),
});

/** An answer stored before answers carried their language takes the row's (the same, decided when it was saved). */
export const toAnswer = (r: Row): StoredAnswer => ({
  id: String(r.id), at: String(r.at), source: r.source as QuestionSource, question: String(r.question),
  outcome: r.outcome as Outcome, lang: r.lang as Lang, chunkIds: JSON.parse(String(r.chunk_ids)) as string[],
  answer: { language: r.lang as Lang, ...(JSON.parse(String(r.answer)) as Omit<Answer, 'language'>) },
});

export const toClaim = (r: Row): DigestClaim => ({
  channelId: String(r.channel_id), date: String(r.date), nonce: String(r.nonce), status: r.status as DigestStatus,
  owner: String(r.owner), claimedAt: String(r.claimed_at),
});

export const toThread = (r: Row): ThreadContext => ({
  threadId: String(r.thread_id), guildId: str(r.guild_id), parentId: str(r.parent_id),
  lastQuestion: String(r.last_question), lastAnswerId: str(r.last_answer_id), updatedAt: String(r.updated_at),
});

export const toLogEntry = (r: Row): QuestionLogEntry => ({
  at: String(r.at), source: r.source as QuestionSource, guildId: str(r.guild_id),
  question: String(r.question), typed: str(r.typed), outcome: r.outcome as Outcome, reason: str(r.reason),
  confidence: Number(r.confidence),
});
