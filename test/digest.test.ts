import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import { DigestSendError, runDueDigests, startDigestScheduler, type DigestRunner } from '../src/digest/runner.js';
import { digestNonce, isDue, localTime } from '../src/digest/schedule.js';
import { extractTargets } from '../src/targets/extract.js';
import { plan } from './helpers.js';

const targets = extractTargets(plan);

/** 09:00 Asia/Shanghai on 2026-12-01 is 01:00 UTC. */
const at = (iso: string) => new Date(iso);

async function harness(opts: { fail?: (n: number) => Error | null } = {}) {
  const store = openSqliteStore(':memory:');
  await store.subscribe({ channelId: '111111111111111111', guildId: '1', since: '2026-11-01' });
  const sent: { channel: string; date: string; nonce: string }[] = [];
  let clock = at('2026-12-01T00:59:00Z');
  let calls = 0;
  const runner: DigestRunner = {
    targets,
    store,
    send: async (channel, digest, nonce) => {
      const err = opts.fail?.(++calls);
      if (err) throw err;
      sent.push({ channel, date: digest.date, nonce });
    },
    now: () => clock,
    sleep: async () => {},
    postAt: '09:00',
    timeZone: 'Asia/Shanghai',
    size: 4,
    log: { info() {}, warn() {} },
  };
  return { runner, sent, setClock: (iso: string) => (clock = at(iso)), store };
}

describe('when a digest is due', () => {
  it('reads the local date and time in the configured zone', () => {
    expect(localTime(at('2026-12-01T01:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-12-01', minutes: 540 });
    expect(localTime(at('2026-11-30T23:30:00Z'), 'Asia/Shanghai').date).toBe('2026-12-01');
  });

  it('is not due before the posting time, due from it on', () => {
    expect(isDue({ date: '2026-12-01', minutes: 539 }, '09:00')).toBe(false);
    expect(isDue({ date: '2026-12-01', minutes: 540 }, '09:00')).toBe(true);
    expect(isDue({ date: '2026-12-01', minutes: 1439 }, '09:00')).toBe(true);
  });

  it('sends with a nonce of at most 25 characters, one per channel and date', () => {
    const a = digestNonce('111111111111111111', '2026-12-01');
    expect(a.length).toBeLessThanOrEqual(25);
    expect(new Set([a, digestNonce('111111111111111112', '2026-12-01'), digestNonce('111111111111111111', '2026-12-02')]).size).toBe(3);
  });
});

describe('runDueDigests: exactly once per channel per day', () => {
  it('restart at 08:59, then 09:00, then again the same day: one post', async () => {
    const h = await harness();
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-01T01:00:00Z');
    expect(await runDueDigests(h.runner)).toHaveLength(1);
    h.setClock('2026-12-01T01:00:30Z');
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-01T09:00:00Z');
    expect(await runDueDigests(h.runner)).toEqual([]);
    expect(h.sent).toHaveLength(1);
  });

  it('a crash during the send resends with the same nonce (Discord drops the duplicate)', async () => {
    const h = await harness();
    h.setClock('2026-12-01T01:00:00Z');
    const crashing = { ...h.runner, send: async () => { throw new Error('process killed'); }, retries: 0 };
    await runDueDigests(crashing);
    const claim = await h.store.claimDigest({ channelId: '111111111111111111', date: '2026-12-01', nonce: 'another' }, new Date());
    expect(claim.status).toBe('sending');
    const { nonce } = claim;
    expect(nonce).not.toBe('another');
    await runDueDigests(h.runner);
    expect(h.sent).toEqual([{ channel: '111111111111111111', date: '2026-12-01', nonce }]);
  });

  it('down at 09:00: posts on return the same day, never yesterday\'s the next day', async () => {
    const h = await harness();
    h.setClock('2026-12-01T06:00:00Z'); // 14:00 local: back after the posting time, posts today's
    await runDueDigests(h.runner);
    expect(h.sent.map((s) => s.date)).toEqual(['2026-12-01']);
    h.setClock('2026-12-02T00:30:00Z'); // 08:30 local on 12-02: nothing for 12-01 or 12-02 yet
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-02T01:30:00Z'); // 09:30 local on 12-02: today's, once
    await runDueDigests(h.runner);
    expect(h.sent.map((s) => s.date)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('down all of one day: the next day posts that day\'s digest only, never the missed one', async () => {
    const h = await harness();
    h.setClock('2026-12-02T00:30:00Z'); // first run at 08:30 local on 12-02, after missing all of 12-01
    expect(await runDueDigests(h.runner)).toEqual([]);
    h.setClock('2026-12-02T01:00:00Z');
    await runDueDigests(h.runner);
    h.setClock('2026-12-02T02:00:00Z');
    await runDueDigests(h.runner);
    expect(h.sent.map((s) => s.date)).toEqual(['2026-12-02']);
  });

  it('retries failures with backoff, then posts', async () => {
    const waits: number[] = [];
    const h = await harness({ fail: (n) => (n < 3 ? new Error('503') : null) });
    h.setClock('2026-12-01T01:00:00Z');
    await runDueDigests({ ...h.runner, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([1000, 2000]);
    expect(h.sent).toHaveLength(1);
  });

  it('a deleted channel unsubscribes itself', async () => {
    const h = await harness({ fail: () => new DigestSendError('Unknown Channel', true) });
    h.setClock('2026-12-01T01:00:00Z');
    await runDueDigests(h.runner);
    expect(await h.store.subscriptions()).toEqual([]);
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
