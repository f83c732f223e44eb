// src/state/ — owns what the bot remembers between messages and restarts: digest subscriptions and the
// claim on each day's post, ask channels, thread context, stored answers with their votes, the
// question log, and the budgets' counters (src/limits/). This file is the interface only (Promise-returning, no SQL): adapters implement it
// (SQLite: src/adapters/sqlite-store.ts; PostgreSQL: src/adapters/postgres-store.ts). Operations that
// must happen once are stated as constraints here so every implementation enforces them in the
// database, not in memory — several processes on several machines may share one store.
import type { Answer, Outcome } from '../answer/answer.js';

export interface Subscription {
  channelId: string;
  guildId: string | null;
  /** ISO time the channel subscribed. */
  since: string;
}

/** Where one channel's digest for one local date stands. */
export type DigestStatus = 'sending' | 'posted' | 'skipped';

/** The claim on one channel's digest for one local date: unique (channelId, date). */
export interface DigestClaim {
  channelId: string;
  /** Local date YYYY-MM-DD. */
  date: string;
  /** Sent with enforce_nonce: a resend within Discord's nonce window cannot post twice. */
  nonce: string;
  status: DigestStatus;
  /** The process sending it (an instance id): only it sends, until its claim goes stale. */
  owner: string;
  /** ISO time it was claimed, or taken over. */
  claimedAt: string;
}

export interface DigestStore {
  subscriptions(): Promise<Subscription[]>;
  /** False when the channel was already subscribed (the first subscription is kept). */
  subscribe(sub: Subscription): Promise<boolean>;
  /** False when the channel was not subscribed. */
  unsubscribe(channelId: string): Promise<boolean>;
  /**
   * Claims (channelId, date) for `owner`: inserts the claim with status 'sending' unless one exists,
   * and returns the claim that holds. `won` is true for exactly one caller per (channelId, date), however
   * many processes or machines ask at once: the database's unique key decides, not memory.
   */
  claimDigest(claim: Omit<DigestClaim, 'status' | 'claimedAt'>, at: Date): Promise<{ claim: DigestClaim; won: boolean }>;
  /** Claims still 'sending' that were claimed before `before`: their sender died mid-send or hangs. */
  staleDigestClaims(before: Date): Promise<DigestClaim[]>;
  /** Moves a 'sending' claim claimed before `before` to `owner`: true for exactly one caller. */
  takeOverDigest(channelId: string, date: string, owner: string, at: Date, before: Date): Promise<boolean>;
  markDigestPosted(channelId: string, date: string, at: Date): Promise<void>;
  /**
   * Records (channelId, date) as skipped — never to be posted late: inserts it when unclaimed, or
   * settles `owner`'s own 'sending' claim. True when this call made it skipped.
   */
  skipDigest(claim: Omit<DigestClaim, 'status' | 'claimedAt'>, at: Date): Promise<boolean>;
}

/** An ask channel belongs to the server it was set up in: keyed by (guildId, channelId). */
export interface AskChannel {
  channelId: string;
  guildId: string;
  /** User id of the member who set it up. */
  setBy: string;
  since: string;
}

export interface AskChannelStore {
  /** False when the channel already was an ask channel of the guild. */
  addAskChannel(channel: AskChannel): Promise<boolean>;
  /** Removes one ask channel of the guild, or all of them; returns the channels removed. */
  removeAskChannels(guildId: string, channelId?: string): Promise<string[]>;
  askChannels(guildId?: string): Promise<AskChannel[]>;
  /** Whether the guild set the channel up as an ask channel (another guild's row for the same id does not count). */
  isAskChannel(guildId: string, channelId: string): Promise<boolean>;
}

/** A thread the bot started: follow-ups in it carry its last question's topic. */
export interface ThreadContext {
  threadId: string;
  guildId: string | null;
  parentId: string | null;
  /** The last question as answered (a follow-up already combined with the one before). */
  lastQuestion: string;
  lastAnswerId: string | null;
  updatedAt: string;
}

export interface ThreadStore {
  /** Inserts or replaces the thread's context. */
  saveThread(thread: ThreadContext): Promise<void>;
  thread(threadId: string): Promise<ThreadContext | null>;
}

export type QuestionSource = 'slash' | 'mention' | 'ask_channel' | 'thread';

/** An answer as shown in Discord, kept for its buttons (more, full text) and its votes. */
export interface StoredAnswer {
  /** The id of the interaction or message that asked: unique. */
  id: string;
  at: string;
  source: QuestionSource;
  /** The question as answered (after follow-up combination). */
  question: string;
  outcome: Outcome;
  lang: 'zh' | 'en';
  /** The quoted chunks, in order. */
  chunkIds: string[];
  answer: Answer;
}

export type Vote = 1 | -1;

/** Votes of the voters still on record plus those whose voter ids retention has dropped. */
export interface VotedAnswer {
  answer: StoredAnswer;
  up: number;
  down: number;
}

export interface FeedbackStore {
  /** Inserts the answer once; saving the same id again keeps the first. */
  saveAnswer(answer: StoredAnswer): Promise<void>;
  answer(id: string): Promise<StoredAnswer | null>;
  /**
   * One vote per (answer, user): a second vote by the same user replaces the first. Returns the vote
   * it replaced, or null. Rejects when the answer is not stored.
   */
  vote(v: { answerId: string; userId: string; vote: Vote; at: Date }): Promise<Vote | null>;
  /** Every answer with at least one vote, oldest first. */
  votedAnswers(): Promise<VotedAnswer[]>;
}

/** One asked question: no user, message or channel id (see README, State and privacy). */
export interface QuestionLogEntry {
  at: string;
  source: QuestionSource;
  guildId: string | null;
  /** The question as answered. */
  question: string;
  /** What the user typed, when it differs (a follow-up). */
  typed: string | null;
  outcome: Outcome;
  reason: string | null;
  confidence: number;
}

export interface QuestionLog {
  logQuestion(entry: QuestionLogEntry): Promise<void>;
  /** Newest first. */
  recentQuestions(limit: number): Promise<QuestionLogEntry[]>;
}

export interface PruneCounts {
  questions: number;
  answers: number;
  threads: number;
  /** Votes whose voter id was dropped (kept as counts on their answer). */
  voters: number;
}

/** One key's share of an action in a budget window: `cost` added to its count, which may not pass `limit`. */
export interface BudgetCharge {
  key: string;
  cost: number;
  limit: number;
}

/** Counts per (key, window), shared by every process using the store (src/limits/budget.ts). */
export interface BudgetCounters {
  /**
   * All or none, atomically however many processes take at once: adds each charge's cost to its key's
   * count in the window starting at `windowStart` (ms since the epoch) — unless one count would pass
   * its limit; then nothing is added. `counts`: each key's count after (refused: as it would have been).
   */
  takeBudget(charges: readonly BudgetCharge[], windowStart: number): Promise<{ taken: boolean; counts: number[] }>;
  /** Deletes the counts of windows that started before `windowStart`; returns how many. */
  dropBudgetWindows(windowStart: number): Promise<number>;
}

export interface Store extends DigestStore, AskChannelStore, ThreadStore, FeedbackStore, QuestionLog, BudgetCounters {
  /**
   * Deletes log entries, answers nobody voted on and thread contexts older than `before`, and drops the
   * voter ids of votes cast before it, keeping them as counts on their answer.
   */
  prune(before: Date): Promise<PruneCounts>;
  close(): Promise<void>;
}
