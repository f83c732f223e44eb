import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import { DigestSendError, runDueDigests, startDigestScheduler, type DigestRunner, type DigestSender } from '../src/digest/runner.js';
import { digestNonce, digestWindow, localTime, windowOpens } from '../src/digest/schedule.js';
import type { Store } from '../src/state/store.js';
import { extractTargets } from '../src/targets/extract.js';
import { plan } from './helpers.js';

const targets = extractTargets(plan);
const CHANNEL = '111111111111111111';

/** 09:00 Asia/Shanghai on 2026-12-01 is 01:00 UTC. */
const at = (iso: string) => new Date(iso);

interface Post { channel: string; date: string; nonce: string; at: Date }

/** A channel that keeps what was posted and when; `send` may fail (n = call number), post then fail, or hang (a process killed mid-send); reading it may fail. */
function fakeChannel(clock: () => Date, opts: { fail?: (n: number) => Error | null; hang?: (n: number) => 'before' | 'after' | null; unreadable?: () => boolean; postThenFail?: boolean } = {}) {
  const posts: Post[] = [];
  let calls = 0;
  const postedSince = (channel: string, date: string, after: Date) => posts.some((p) => p.channel === channel && p.date === date && p.at >= after);
  const sender: DigestSender = {
    async send(channel, digest, nonce, after) {
      const n = ++calls;
      const err = opts.fail?.(n);
      if (err) throw err;
      const hang = opts.hang?.(n);
      if (hang === 'before') return new Promise<void>(() => {});
      if (!(after && postedSince(channel, digest.date, after))) posts.push({ channel, date: digest.date, nonce, at: clock() });
      if (hang === 'after') return new Promise<void>(() => {});
      if (opts.postThenFail) throw new DigestSendError('HTTPError 502 POST /channels/:id/messages: Bad Gateway', false);
    },
    async isPosted(channel, digest, after) {
      if (opts.unreadable?.()) throw new DigestSendError('HTTPError 502 GET /channels/:id/messages: Bad Gateway', false);
      return postedSince(channel, digest.date, after);
    },
  };
  return { posts, sender };
}

function harness(opts: Parameters<typeof fakeChannel>[1] & { store?: Store; owner?: string; clock?: { now: Date } } = {}) {
  const store = opts.store ?? openSqliteStore(':memory:');
  const clock = opts.clock ?? { now: at('2026-12-01T00:59:00Z') };
  const channel = fakeChannel(() => clock.now, opts);
  const logs: string[] = [];
  const runner: DigestRunner = {
    targets, store, sender: channel.sender, now: () => clock.now, sleep: async () => {},
    postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4, graceMinutes: 120, owner: opts.owner ?? 'A',
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m) },
  };
  return { runner, posts: channel.posts, store, logs, clock, setClock: (iso: string) => (clock.now = at(iso)) };
}

async function subscribed(store = openSqliteStore(':memory:'), since = '2026-11-01T00:00:00.000Z') {
  await store.subscribe({ channelId: CHANNEL, guildId: '1', since });
  return store;
}

describe('when a digest is due', () => {
  it('reads the local date and time in the configured zone', () => {
    expect(localTime(at('2026-12-01T01:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-12-01', minutes: 540 });
    expect(localTime(at('2026-11-30T23:30:00Z'), 'Asia/Shanghai').date).toBe('2026-12-01');
  });

  it('is early before the posting time, open until the grace has passed, missed after it and on later days', () => {
    const day = '2026-12-01';
    expect(digestWindow({ date: day, minutes: 539 }, day, '09:00', 120)).toBe('early');
    expect(digestWindow({ date: day, minutes: 540 }, day, '09:00', 120)).toBe('open');
    expect(digestWindow({ date: day, minutes: 660 }, day, '09:00', 120)).toBe('open');
    expect(digestWindow({ date: day, minutes: 661 }, day, '09:00', 120)).toBe('missed');
    expect(digestWindow({ date: '2026-12-02', minutes: 545 }, day, '09:00', 120)).toBe('missed');
    expect(digestWindow({ date: '2026-11-30', minutes: 545 }, day, '09:00', 120)).toBe('early');
  });

  it('opens at the posting time in the zone, whichever side of UTC midnight it falls', () => {
    expect(windowOpens('2026-12-01', '09:00', 'Asia/Shanghai').toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(windowOpens('2026-12-01', '07:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T23:30:00.000Z');
    expect(windowOpens('2026-07-01', '23:30', 'America/Los_Angeles').toISOString()).toBe('2026-07-02T06:30:00.000Z');
    expect(windowOpens('2026-12-01', '00:00', 'UTC').toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('sends with a nonce of at most 25 characters, one per channel and date', () => {
    const a = digestNonce(CHANNEL, '2026-12-01');
    expect(a.length).toBeLessThanOrEqual(25);
    expect(new Set([a, digestNonce('111111111111111112', '2026-12-01'), digestNonce(CHANNEL, '2026-12-02')]).size).toBe(3);
  });
});

describe('runDueDigests: exactly once per channel per day', () => {
  it('restart at 08:59, then 09:00, then again the same day: one post', async () => {
    const h = harness({ store: await subscribed() });
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-01T01:00:00Z');
    expect(await runDueDigests(h.runner)).toHaveLength(1);
    h.setClock('2026-12-01T01:00:30Z');
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-01T09:00:00Z');
    expect(await runDueDigests(h.runner)).toEqual([]);
    expect(h.posts).toHaveLength(1);
    expect(h.logs).toEqual([`digest 2026-12-01 to channel ${CHANNEL}: posted`]);
  });

  it('two processes on one store at the same moment: one post', async () => {
    const store = await subscribed();
    const clock = { now: at('2026-12-01T01:00:00Z') };
    const [a, b] = [harness({ store, clock, owner: 'A' }), harness({ store, clock, owner: 'B' })];
    const posted = await Promise.all([runDueDigests(a.runner), runDueDigests(b.runner)]);
    expect(posted.flat()).toEqual([CHANNEL]);
    expect(a.posts.length + b.posts.length).toBe(1);
  });

  it('back within the grace: posts; back after it: skipped, logged once, never posted late', async () => {
    const early = harness({ store: await subscribed() });
    early.setClock('2026-12-01T02:30:00Z'); // 10:30 local, grace until 11:00
    await runDueDigests(early.runner);
    expect(early.posts.map((p) => p.date)).toEqual(['2026-12-01']);
    const late = harness({ store: await subscribed() });
    late.setClock('2026-12-01T06:00:00Z'); // 14:00 local
    expect(await runDueDigests(late.runner)).toEqual([]);
    await runDueDigests(late.runner);
    expect(late.posts).toEqual([]);
    expect(late.logs).toEqual([expect.stringMatching(/^digest 2026-12-01 for channel 1{18} skipped: it was due at 09:00 \(Asia\/Shanghai\) and the grace of 120 minutes \(DIGEST_GRACE_MINUTES\) has passed/)]);
  });

  it('a channel subscribed after the day\'s window closed has nothing skipped to log', async () => {
    const h = harness({ store: await subscribed(undefined, '2026-12-01T05:00:00.000Z') });
    h.setClock('2026-12-01T06:00:00Z');
    await runDueDigests(h.runner);
    expect(h.logs).toEqual([]);
  });

  it('down all of one day: the next day posts that day\'s digest only, never the missed one', async () => {
    const h = harness({ store: await subscribed() });
    h.setClock('2026-12-02T00:30:00Z'); // first run at 08:30 local on 12-02, after missing all of 12-01
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-02T01:00:00Z');
    await runDueDigests(h.runner);
    h.setClock('2026-12-02T02:00:00Z');
    await runDueDigests(h.runner);
    expect(h.posts.map((p) => p.date)).toEqual(['2026-12-02']);
  });

  it('retries failures with backoff, then posts', async () => {
    const waits: number[] = [];
    const h = harness({ store: await subscribed(), fail: (n) => (n < 3 ? new Error('503') : null) });
    h.setClock('2026-12-01T01:00:00Z');
    await runDueDigests({ ...h.runner, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([1000, 2000]);
    expect(h.posts).toHaveLength(1);
  });

  it('a deleted channel unsubscribes itself', async () => {
    const h = harness({ store: await subscribed(), fail: () => new DigestSendError('Unknown Channel', true) });
    h.setClock('2026-12-01T01:00:00Z');
    await runDueDigests(h.runner);
    expect(await h.store.subscriptions()).toEqual([]);
  });
});

describe('a process killed mid-send, another started later (the store says "sending")', () => {
  /** Process A claims at 09:00 and is killed during the send, `arrived` saying whether its message reached the channel. */
  async function killedAt0900(arrived: boolean) {
    const store = await subscribed();
    const clock = { now: at('2026-12-01T01:00:00Z') };
    const a = harness({ store, clock, owner: 'A', hang: () => (arrived ? 'after' : 'before') });
    void runDueDigests(a.runner); // never returns: A is dead
    await new Promise((r) => setTimeout(r, 10));
    const b = harness({ store, clock, owner: 'B' });
    b.posts.push(...a.posts); // one channel, seen by both
    return { a, b, clock };
  }

  it('within the lease, the new process leaves the claim alone', async () => {
    const { b } = await killedAt0900(false);
    b.setClock('2026-12-01T01:05:00Z');
    await runDueDigests(b.runner);
    expect(b.posts).toEqual([]);
  });

  it('the digest had arrived: restarted 30 minutes later, it is found in the channel and not sent again', async () => {
    const { b } = await killedAt0900(true);
    b.setClock('2026-12-01T01:30:00Z');
    await runDueDigests(b.runner);
    await runDueDigests(b.runner);
    expect(b.posts).toHaveLength(1);
    expect((await b.store.claimDigest({ channelId: CHANNEL, date: '2026-12-01', nonce: 'x', owner: 'C' }, new Date())).claim.status).toBe('posted');
    expect(b.logs).toContain(`digest 2026-12-01 to channel ${CHANNEL} was already in the channel (its sender stopped mid-send): marked posted, not sent again`);
  });

  it('it had not arrived: restarted 30 minutes later, within the grace, it is sent once with the claim\'s nonce', async () => {
    const { b } = await killedAt0900(false);
    b.setClock('2026-12-01T01:30:00Z');
    await runDueDigests(b.runner);
    await runDueDigests(b.runner);
    expect(b.posts).toEqual([expect.objectContaining({ date: '2026-12-01', nonce: digestNonce(CHANNEL, '2026-12-01') })]);
    expect(b.logs).toContain(`digest 2026-12-01 to channel ${CHANNEL}: not in the channel after its sender stopped, and the window is still open: posted now`);
  });

  it('it had not arrived and the grace has passed: skipped and logged, never posted late', async () => {
    const { b } = await killedAt0900(false);
    b.setClock('2026-12-02T00:00:00Z');
    await runDueDigests(b.runner);
    expect(b.posts).toEqual([]);
    expect(b.logs.at(-1)).toMatch(/digest 2026-12-01 to channel 1{18} was not in the channel after its sender stopped, and the grace of 120 minutes .* skipped, never posted late/);
  });
});

describe('restarted past the grace, the channel cannot be read (the store says "sending")', () => {
  it('"trying again later" only, nothing recorded; readable after the lease: found, marked posted', async () => {
    const store = await subscribed();
    const clock = { now: at('2026-12-01T01:00:00Z') };
    const a = harness({ store, clock, owner: 'A', hang: () => 'after' });
    void runDueDigests(a.runner); // A posts, then dies before recording it
    await new Promise((r) => setTimeout(r, 10));
    let unreadable = true;
    const b = harness({ store, clock, owner: 'B', unreadable: () => unreadable });
    b.posts.push(...a.posts);
    b.setClock('2026-12-01T06:00:00Z'); // 14:00 local: the grace ended at 11:00
    await runDueDigests(b.runner);
    await runDueDigests(b.runner);
    expect(b.logs.filter((l) => l.includes('trying again later'))).toHaveLength(1);
    expect(b.logs.filter((l) => l.includes('skipped'))).toEqual([]);
    expect(await store.staleDigestClaims(at('2026-12-01T07:00:00Z'))).toEqual([expect.objectContaining({ status: 'sending', owner: 'B' })]);
    unreadable = false;
    b.setClock('2026-12-01T06:11:00Z'); // past the lease of B's own take-over
    await runDueDigests(b.runner);
    expect(b.logs.at(-1)).toBe(`digest 2026-12-01 to channel ${CHANNEL} was already in the channel (its sender stopped mid-send): marked posted, not sent again`);
    expect((await store.claimDigest({ channelId: CHANNEL, date: '2026-12-01', nonce: 'x', owner: 'C' }, new Date())).claim.status).toBe('posted');
    expect(b.posts).toHaveLength(1);
  });

  it('a send that posted but answered with an error, the grace then passing: not recorded skipped; looked for after the lease, marked posted', async () => {
    const h = harness({ store: await subscribed(), postThenFail: true });
    h.setClock('2026-12-01T02:55:00Z'); // 10:55 local, 5 minutes before the grace ends
    await runDueDigests(h.runner); // every attempt answers with an error: the claim stays 'sending'
    h.setClock('2026-12-01T03:01:00Z'); // 11:01: past the grace, within the lease
    await runDueDigests(h.runner);
    expect(h.logs.filter((l) => l.includes('skipped'))).toEqual([]);
    h.setClock('2026-12-01T03:06:00Z'); // past the lease
    await runDueDigests(h.runner);
    expect(h.logs.at(-1)).toBe(`digest 2026-12-01 to channel ${CHANNEL} was already in the channel (its sender stopped mid-send): marked posted, not sent again`);
    expect(h.posts).toHaveLength(1);
  });
});

describe('startDigestScheduler', () => {
  it('ticks on the injected timer and never overlaps runs', async () => {
    let tick: (() => void) | null = null;
    let runs = 0;
    let release!: () => void;
    const stop = startDigestScheduler(
      () => { runs++; return new Promise<void>((r) => { release = r; }); },
      30_000,
      { setInterval: ((fn: () => void) => { tick = fn; return 1; }) as never, clearInterval: () => {} },
    );
    expect(runs).toBe(1);
    tick!();
    expect(runs).toBe(1);
    release();
    await new Promise((r) => setImmediate(r));
    tick!();
    expect(runs).toBe(2);
    stop();
  });
});
