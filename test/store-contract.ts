// The Store's contract (src/state/store.ts), run over every implementation: SQLite
// (sqlite-store.test.ts) and PostgreSQL (postgres-store.test.ts). The once-only operations are tested
// from several connections at once — the view of several processes or machines — so only the
// database's constraints can make them pass.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store, StoredAnswer } from '../src/state/store.js';
import { craftAnswer } from './helpers.js';

export interface StoreBackend {
  /** A new, empty database; `connect` opens another connection to it (another process's view). */
  fresh(): Promise<{ connect(): Promise<Store> }>;
}

export const storedAnswer = (id: string, at = '2026-12-01T00:00:00.000Z'): StoredAnswer => {
  const answer = craftAnswer({}, [{ chunkId: 'p12' }, { chunkId: 'p13' }]);
  return { id, at, source: 'slash', question: answer.question, outcome: 'answered', lang: 'zh', chunkIds: ['p12', 'p13'], answer };
};

const claim = (owner: string, nonce = `n-${owner}`, date = '2026-12-01') => ({ channelId: 'c1', date, nonce, owner });
const at = new Date('2026-12-01T01:00:00Z');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

export function storeContract(backend: StoreBackend) {
  const open: Store[] = [];
  const connections = async (n: number) => {
    const db = await backend.fresh();
    const stores = await Promise.all(Array.from({ length: n }, () => db.connect()));
    open.push(...stores);
    return stores;
  };
  const one = async () => (await connections(1))[0]!;
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  describe('digest claims: one winner per channel and date, decided by the database', () => {
    it('the first claim wins; later ones, from any connection, get it with its nonce', async () => {
      const [a, b] = await connections(2);
      expect(await a!.claimDigest(claim('A'), at)).toMatchObject({ won: true, claim: { nonce: 'n-A', status: 'sending', owner: 'A' } });
      expect(await b!.claimDigest(claim('B'), at)).toMatchObject({ won: false, claim: { nonce: 'n-A', status: 'sending', owner: 'A' } });
      await b!.markDigestPosted('c1', '2026-12-01', at);
      expect(await a!.claimDigest(claim('C'), at)).toMatchObject({ won: false, claim: { status: 'posted' } });
      expect((await a!.claimDigest(claim('C', 'next', '2026-12-02'), at)).won).toBe(true);
    });

    it('twelve claims at once from four connections: exactly one wins', async () => {
      const stores = await connections(4);
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => stores[i % 4]!.claimDigest(claim(`P${i}`), at)));
      expect(results.filter((r) => r.won)).toHaveLength(1);
      expect(new Set(results.map((r) => r.claim.owner)).size).toBe(1);
    });

    it('a claim left sending is stale after the lease; eight take-overs at once: exactly one succeeds', async () => {
      const stores = await connections(4);
      await stores[0]!.claimDigest(claim('dead'), at);
      expect(await stores[1]!.staleDigestClaims(later(-1))).toEqual([]);
      const [stale] = await stores[1]!.staleDigestClaims(later(30));
      expect(stale).toMatchObject({ channelId: 'c1', date: '2026-12-01', owner: 'dead', claimedAt: at.toISOString() });
      const taken = await Promise.all(Array.from({ length: 8 }, (_, i) => stores[i % 4]!.takeOverDigest('c1', '2026-12-01', `T${i}`, later(30), later(20))));
      expect(taken.filter(Boolean)).toHaveLength(1);
      expect(await stores[2]!.staleDigestClaims(later(30))).toEqual([]);
    });

    it('a missed day is recorded skipped once; skipping settles only the owner\'s own sending claim', async () => {
      const [a, b] = await connections(2);
      expect(await a!.skipDigest(claim('A', 'x', '2026-11-30'), at)).toBe(true);
      expect(await b!.skipDigest(claim('B', 'x', '2026-11-30'), at)).toBe(false);
      expect(await b!.claimDigest(claim('B', 'y', '2026-11-30'), at)).toMatchObject({ won: false, claim: { status: 'skipped' } });
      await a!.claimDigest(claim('A'), at);
      expect(await b!.skipDigest(claim('B'), at)).toBe(false);
      expect(await a!.skipDigest(claim('A'), at)).toBe(true);
      expect((await b!.claimDigest(claim('B'), at)).claim.status).toBe('skipped');
    });
  });

  describe('subscriptions', () => {
    it('subscribing twice keeps the first; unsubscribing says whether there was one', async () => {
      const s = await one();
      expect(await s.subscribe({ channelId: 'c1', guildId: 'g', since: 'first' })).toBe(true);
      expect(await s.subscribe({ channelId: 'c1', guildId: 'g', since: 'second' })).toBe(false);
      expect(await s.subscriptions()).toEqual([{ channelId: 'c1', guildId: 'g', since: 'first' }]);
      expect(await s.unsubscribe('c1')).toBe(true);
      expect(await s.unsubscribe('c1')).toBe(false);
    });
  });

  describe('ask channels and threads', () => {
    it('adds ask channels per guild and removes one or all of a guild\'s', async () => {
      const s = await one();
      for (const [channelId, guildId] of [['a1', 'g1'], ['a2', 'g1'], ['b1', 'g2']] as const) {
        expect(await s.addAskChannel({ channelId, guildId, setBy: 'u', since: 't' })).toBe(true);
      }
      expect(await s.addAskChannel({ channelId: 'a1', guildId: 'g1', setBy: 'u', since: 't' })).toBe(false);
      expect(await s.removeAskChannels('g1', 'a2')).toEqual(['a2']);
      expect(await s.isAskChannel('g1', 'a1')).toBe(true);
      expect(await s.removeAskChannels('g1')).toEqual(['a1']);
      expect((await s.askChannels()).map((c) => c.channelId)).toEqual(['b1']);
      expect(await s.askChannels('g2')).toEqual([{ channelId: 'b1', guildId: 'g2', setBy: 'u', since: 't' }]);
    });

    it('an ask channel is its guild\'s: another guild naming the same channel id neither takes it over nor turns it on there', async () => {
      const s = await one();
      expect(await s.addAskChannel({ channelId: 'x1', guildId: 'forger', setBy: 'u', since: 't' })).toBe(true);
      expect(await s.isAskChannel('owner', 'x1')).toBe(false);
      expect(await s.addAskChannel({ channelId: 'x1', guildId: 'owner', setBy: 'v', since: 't' })).toBe(true);
      expect(await s.removeAskChannels('owner')).toEqual(['x1']);
      expect(await s.isAskChannel('owner', 'x1')).toBe(false);
      expect(await s.isAskChannel('forger', 'x1')).toBe(true);
    });

    it('keeps the last question of a thread, replacing the one before', async () => {
      const s = await one();
      const t = { threadId: 't1', guildId: 'g', parentId: 'a1', lastQuestion: '研发经费支出2020年是多少？', lastAnswerId: 'm1', updatedAt: '2026-12-01T00:00:00Z' };
      await s.saveThread(t);
      await s.saveThread({ ...t, lastQuestion: '研发经费支出2025年是多少？', lastAnswerId: 'm2' });
      expect(await s.thread('t1')).toEqual({ ...t, lastQuestion: '研发经费支出2025年是多少？', lastAnswerId: 'm2' });
      expect(await s.thread('t2')).toBeNull();
    });
  });

  describe('answers and votes', () => {
    it('stores an answer once, with its question, outcome and quoted chunk ids', async () => {
      const s = await one();
      await s.saveAnswer(storedAnswer('1'));
      await s.saveAnswer({ ...storedAnswer('1'), question: 'changed' });
      expect(await s.answer('1')).toEqual(storedAnswer('1'));
    });

    it('one vote per user per answer, changeable; counted per answer', async () => {
      const s = await one();
      await s.saveAnswer(storedAnswer('1'));
      const when = new Date();
      expect(await s.vote({ answerId: '1', userId: 'u1', vote: 1, at: when })).toBeNull();
      expect(await s.vote({ answerId: '1', userId: 'u1', vote: -1, at: when })).toBe(1);
      expect(await s.vote({ answerId: '1', userId: 'u2', vote: -1, at: when })).toBeNull();
      const [voted] = await s.votedAnswers();
      expect(voted).toMatchObject({ up: 0, down: 2 });
      expect(voted!.answer.chunkIds).toEqual(['p12', 'p13']);
    });

    it('ten votes by one user at once from several connections count once', async () => {
      const stores = await connections(3);
      await stores[0]!.saveAnswer(storedAnswer('1'));
      await Promise.all(Array.from({ length: 10 }, (_, i) => stores[i % 3]!.vote({ answerId: '1', userId: 'u1', vote: i % 2 ? 1 : -1, at })));
      const [voted] = await stores[1]!.votedAnswers();
      expect(voted!.up + voted!.down).toBe(1);
    });

    it('rejects a vote on an answer it does not hold', async () => {
      await expect((await one()).vote({ answerId: 'nope', userId: 'u1', vote: 1, at: new Date() })).rejects.toThrow(/foreign key/i);
    });
  });

  describe('retention', () => {
    it('deletes old log entries, unvoted answers and threads; keeps voted answers and recent records', async () => {
      const s = await one();
      const entry = { source: 'slash' as const, guildId: null, question: 'q', typed: null, outcome: 'answered' as const, reason: null, confidence: 0.5 };
      await s.logQuestion({ ...entry, at: '2026-10-01T00:00:00.000Z' });
      await s.logQuestion({ ...entry, at: '2026-12-01T00:00:00.000Z', confidence: 0.123456789 });
      await s.saveAnswer(storedAnswer('old', '2026-10-01T00:00:00.000Z'));
      await s.saveAnswer(storedAnswer('voted', '2026-10-01T00:00:00.000Z'));
      await s.vote({ answerId: 'voted', userId: 'u', vote: 1, at: new Date() });
      await s.saveThread({ threadId: 't', guildId: null, parentId: null, lastQuestion: 'q', lastAnswerId: null, updatedAt: '2026-10-01T00:00:00.000Z' });
      expect(await s.prune(new Date('2026-11-01T00:00:00Z'))).toEqual({ questions: 1, answers: 1, threads: 1, voters: 0 });
      expect(await s.recentQuestions(10)).toEqual([{ ...entry, at: '2026-12-01T00:00:00.000Z', confidence: 0.123456789 }]);
      expect(await s.answer('voted')).not.toBeNull();
      expect(await s.answer('old')).toBeNull();
    });

    it('drops the voter ids of votes older than the cutoff, keeping their counts; their answers stay', async () => {
      const s = await one();
      const cutoff = new Date('2026-11-01T00:00:00Z');
      const before = new Date('2026-10-15T00:00:00Z');
      await s.saveAnswer(storedAnswer('a', '2026-10-01T00:00:00.000Z'));
      await s.saveAnswer(storedAnswer('b', '2026-10-01T00:00:00.000Z'));
      await s.vote({ answerId: 'a', userId: 'u1', vote: 1, at: before });
      await s.vote({ answerId: 'a', userId: 'u2', vote: -1, at: before });
      await s.vote({ answerId: 'a', userId: 'u3', vote: 1, at: new Date('2026-11-15T00:00:00Z') });
      await s.vote({ answerId: 'b', userId: 'u1', vote: -1, at: before });
      expect(await s.prune(cutoff)).toEqual({ questions: 0, answers: 0, threads: 0, voters: 3 });
      expect((await s.votedAnswers()).map((v) => [v.answer.id, v.up, v.down])).toEqual([['a', 2, 1], ['b', 0, 1]]);
      // u1's old vote is no longer theirs: a new one is a first vote; u3's recent vote is still theirs.
      expect(await s.vote({ answerId: 'a', userId: 'u1', vote: 1, at: new Date('2026-11-20T00:00:00Z') })).toBeNull();
      expect(await s.vote({ answerId: 'a', userId: 'u3', vote: -1, at: new Date('2026-11-20T00:00:00Z') })).toBe(1);
      expect(await s.prune(cutoff)).toEqual({ questions: 0, answers: 0, threads: 0, voters: 0 });
      expect((await s.votedAnswers()).map((v) => [v.answer.id, v.up, v.down])).toEqual([['a', 2, 2], ['b', 0, 1]]);
    });
  });

  describe('budget counters: all or none, shared by every connection', () => {
    const W = 1_764_547_200_000; // a window's start, ms
    const charges = (user: string, cost = 10) => [
      { key: `user:${user}`, cost, limit: 30 }, { key: 'channel:c', cost, limit: 50 }, { key: 'server:g', cost, limit: 1000 },
    ];

    it('adds each cost to its key; refused when one would pass its limit, and then adds to none', async () => {
      const s = await one();
      expect(await s.takeBudget(charges('a'), W)).toEqual({ taken: true, counts: [10, 10, 10] });
      expect(await s.takeBudget(charges('a', 20), W)).toEqual({ taken: true, counts: [30, 30, 30] });
      expect(await s.takeBudget(charges('a', 1), W)).toEqual({ taken: false, counts: [31, 31, 31] });
      expect(await s.takeBudget(charges('b', 20), W)).toEqual({ taken: true, counts: [20, 50, 50] });
      expect(await s.takeBudget(charges('c', 5), W)).toEqual({ taken: false, counts: [5, 55, 55] });
      expect(await s.takeBudget(charges('c', 5), W + 60_000)).toEqual({ taken: true, counts: [5, 5, 5] });
    });

    it('forty takes at once from four connections against a limit of 12: exactly 12 taken, the count stops there', async () => {
      const stores = await connections(4);
      const take = (i: number) => stores[i % 4]!.takeBudget([{ key: `user:u${i}`, cost: 1, limit: 5 }, { key: 'server:g', cost: 1, limit: 12 }], W);
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => take(i)));
      expect(results.filter((r) => r.taken)).toHaveLength(12);
      expect((await stores[0]!.takeBudget([{ key: 'server:g', cost: 0, limit: 12 }], W)).counts).toEqual([12]);
    });

    it('drops the windows that started before a given one, and only those', async () => {
      const s = await one();
      await s.takeBudget(charges('a'), W);
      await s.takeBudget(charges('a'), W + 60_000);
      expect(await s.dropBudgetWindows(W + 60_000)).toBe(3);
      expect(await s.dropBudgetWindows(W + 60_000)).toBe(0);
      expect((await s.takeBudget(charges('a'), W + 60_000)).counts).toEqual([20, 20, 20]);
      expect((await s.takeBudget(charges('a'), W)).counts).toEqual([10, 10, 10]);
    });
  });

  describe('state across restarts', () => {
    it('everything written is there when the database is opened again', async () => {
      const db = await backend.fresh();
      const first = await db.connect();
      await first.subscribe({ channelId: 'c1', guildId: 'g', since: 't' });
      await first.addAskChannel({ channelId: 'a1', guildId: 'g', setBy: 'u', since: 't' });
      await first.saveAnswer(storedAnswer('1'));
      await first.vote({ answerId: '1', userId: 'u', vote: 1, at: new Date() });
      await first.claimDigest(claim('A'), at);
      await first.close();
      const again = await db.connect();
      open.push(again);
      expect((await again.subscriptions()).map((x) => x.channelId)).toEqual(['c1']);
      expect(await again.isAskChannel('g', 'a1')).toBe(true);
      expect(await again.vote({ answerId: '1', userId: 'u', vote: -1, at: new Date() })).toBe(1);
      expect((await again.claimDigest(claim('B'), at)).claim.owner).toBe('A');
    });
  });
}
