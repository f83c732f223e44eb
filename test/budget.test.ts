// The budgets (src/limits/): the pure window arithmetic, the in-memory counters (forgetting the window
// that ended), and the budget over them — all or none across user, channel and server, and one notice
// per user per window.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import { COSTS, createBudget, type Verdict } from '../src/limits/budget.js';
import { memoryCounters } from '../src/limits/memory-counters.js';
import { chargesFor, firstOver, knownFull, secondsLeft, windowStart, WINDOW_MS } from '../src/limits/window.js';

const T = 1_764_547_200_000; // 2025-12-01T00:00:00Z, a window's start
const asker = (userId: string, channelId: string | null = 'c1', guildId: string | null = 'g1') => ({ userId, channelId, guildId });

describe('window arithmetic', () => {
  it('fixed one-minute windows; the seconds left round up and are never 0', () => {
    expect(windowStart(T)).toBe(T);
    expect(windowStart(T + 59_999)).toBe(T);
    expect(windowStart(T + 60_000)).toBe(T + WINDOW_MS);
    expect(secondsLeft(T)).toBe(60);
    expect(secondsLeft(T + 58_500)).toBe(2);
    expect(secondsLeft(T + 59_999)).toBe(1);
  });

  it('charges the user, the channel and the server; none for a server outside one', () => {
    const limits = { user: 60, channel: 300, server: 600 };
    expect(chargesFor(asker('u'), 10, limits)).toEqual([
      { scope: 'user', key: 'user:u', cost: 10, limit: 60 },
      { scope: 'channel', key: 'channel:c1', cost: 10, limit: 300 },
      { scope: 'server', key: 'server:g1', cost: 10, limit: 600 },
    ]);
    expect(chargesFor(asker('u', 'dm', null), 1, limits).map((c) => c.key)).toEqual(['user:u', 'channel:dm']);
  });

  it('the first charge that would pass its limit, or -1; reaching the limit exactly fits', () => {
    const charges = [{ key: 'a', cost: 10, limit: 60 }, { key: 'b', cost: 10, limit: 30 }];
    expect(firstOver([50, 20], charges)).toBe(-1);
    expect(firstOver([51, 20], charges)).toBe(0);
    expect(firstOver([0, 21], charges)).toBe(1);
    expect(firstOver([], charges)).toBe(-1);
  });
});

describe('what is known full', () => {
  it('a key refused at a cost refuses that cost and more, not less', () => {
    const full = new Map([['channel:c1', 10]]);
    const charges = (cost: number) => [{ key: 'user:u', cost, limit: 60 }, { key: 'channel:c1', cost, limit: 300 }];
    expect(knownFull(full, charges(10))?.key).toBe('channel:c1');
    expect(knownFull(full, charges(20))?.key).toBe('channel:c1');
    expect(knownFull(full, charges(5))).toBeUndefined();
    expect(knownFull(new Map(), charges(10))).toBeUndefined();
  });
});

describe('memory counters', () => {
  it('all or none; the window that ended is dropped, and the map shrinks', async () => {
    const c = memoryCounters();
    for (let u = 0; u < 50; u++) await c.takeBudget([{ key: `user:${u}`, cost: 1, limit: 5 }, { key: 'server:g', cost: 1, limit: 1000 }], T);
    expect(c.size()).toBe(51);
    expect(await c.takeBudget([{ key: 'user:x', cost: 1, limit: 5 }, { key: 'server:g', cost: 1, limit: 50 }], T)).toEqual({ taken: false, counts: [1, 51] });
    expect(c.size()).toBe(51); // the refused take added no key
    expect(await c.takeBudget([{ key: 'user:0', cost: 1, limit: 5 }], T + WINDOW_MS)).toEqual({ taken: true, counts: [1] });
    expect(c.size()).toBe(1);
    expect(await c.dropBudgetWindows(T + 2 * WINDOW_MS)).toBe(1);
    expect(c.size()).toBe(0);
  });
});

describe('the budget', () => {
  const setup = (limits = { user: 6, channel: 30, server: 60 }) => {
    let now = T + 1000;
    const counters = memoryCounters();
    const budget = createBudget({ counters, limits, now: () => now });
    return { budget, counters, at: (ms: number) => (now = T + ms) };
  };
  const refused = (v: Verdict) => (v.ok ? null : { scope: v.scope, notice: v.notice, refusals: v.refusals });

  it('a user has 6 questions a minute; the first refusal is told, the next ones are not, and the next window starts afresh', async () => {
    const { budget, at } = setup();
    for (let n = 0; n < 6; n++) expect(await budget.take(asker('u'), 'question')).toEqual({ ok: true });
    at(20_000);
    expect(await budget.take(asker('u'), 'question')).toEqual({ ok: false, scope: 'user', seconds: 40, notice: true, refusals: 1 });
    expect(refused(await budget.take(asker('u'), 'command'))).toEqual({ scope: 'user', notice: false, refusals: 2 });
    expect(refused(await budget.take(asker('u'), 'light'))).toEqual({ scope: 'user', notice: false, refusals: 3 });
    expect(await budget.take(asker('other'), 'question')).toEqual({ ok: true });
    at(WINDOW_MS);
    expect(await budget.take(asker('u'), 'question')).toEqual({ ok: true });
  });

  it('cheaper actions fit more: 12 /section or 30 /help or 60 autocompletes in a user\'s minute', async () => {
    for (const [cost, fits] of [['command', 12], ['light', 30], ['autocomplete', 60]] as const) {
      const { budget } = setup();
      const verdicts = [];
      for (let n = 0; n < fits + 3; n++) verdicts.push(await budget.take(asker('u'), cost));
      expect(verdicts.filter((v) => v.ok)).toHaveLength(fits);
      expect(COSTS[cost] * fits).toBe(COSTS.question * 6);
    }
  });

  it('a full channel, then a full server, refuse everyone there — one notice per user — and nothing refused is counted', async () => {
    const { budget } = setup({ user: 6, channel: 10, server: 15 });
    const verdicts = [];
    for (let u = 0; u < 20; u++) verdicts.push(await budget.take(asker(`u${u}`, 'c1'), 'question'));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(10);
    expect(refused(verdicts[10]!)).toEqual({ scope: 'channel', notice: true, refusals: 1 });
    expect(refused(await budget.take(asker('u10', 'c1'), 'question'))).toEqual({ scope: 'channel', notice: false, refusals: 2 });
    for (let u = 0; u < 5; u++) expect(await budget.take(asker(`v${u}`, 'c2'), 'question')).toEqual({ ok: true });
    expect(refused(await budget.take(asker('v9', 'c3'), 'question'))).toEqual({ scope: 'server', notice: true, refusals: 1 });
    expect(await budget.take(asker('v9', 'c3', 'g2'), 'question')).toEqual({ ok: true });
  });

  it('a quiet refusal (autocomplete) is neither told nor counted as one', async () => {
    const { budget } = setup({ user: 1, channel: 30, server: 60 });
    await budget.take(asker('u'), 'question');
    expect(refused(await budget.take(asker('u'), 'autocomplete', { quiet: true }))).toEqual({ scope: 'user', notice: false, refusals: 0 });
    expect(refused(await budget.take(asker('u'), 'question'))).toEqual({ scope: 'user', notice: true, refusals: 1 });
  });

  it('drops the ended window once per window, and a failed drop does not refuse the action', async () => {
    let drops = 0;
    const failing = { ...memoryCounters(), dropBudgetWindows: async () => { drops++; throw new Error('db down'); } };
    const errors: unknown[] = [];
    let now = T;
    const budget = createBudget({ counters: failing, limits: { user: 6, channel: 30, server: 60 }, now: () => now, onDropError: (e) => errors.push(e) });
    expect(await budget.take(asker('u'), 'question')).toEqual({ ok: true });
    expect(await budget.take(asker('u'), 'question')).toEqual({ ok: true });
    now += WINDOW_MS;
    await budget.take(asker('u'), 'question');
    expect([drops, errors.length]).toEqual([2, 2]);
  });
});

describe('a flood and the counters', () => {
  const refused = (v: Verdict) => (v.ok ? null : { scope: v.scope, notice: v.notice, refusals: v.refusals });
  it('50 questions by one member cost the counters 8 calls; 40 members in a full channel one each; and the verdicts stay exact', async () => {
    const inner = memoryCounters();
    let calls = 0;
    const counters = { ...inner, takeBudget: (...a: Parameters<typeof inner.takeBudget>) => (calls++, inner.takeBudget(...a)) };
    const budget = createBudget({ counters, limits: { user: 6, channel: 30, server: 60 }, now: () => T + 1000 });
    const flood = [];
    for (let n = 0; n < 50; n++) flood.push(await budget.take(asker('u'), 'question'));
    expect([flood.filter((v) => v.ok).length, flood.filter((v) => !v.ok && v.notice).length, calls]).toEqual([6, 1, 8]);
    for (let n = 0; n < 5; n++) await budget.take(asker('v'), 'question');
    await budget.take(asker('v'), 'command');
    calls = 0;
    expect(refused(await budget.take(asker('v'), 'question'))).toEqual({ scope: 'user', notice: true, refusals: 1 });
    expect(await budget.take(asker('v'), 'command')).toEqual({ ok: true }); // cheaper: asked, and it fits
    expect(calls).toBe(3);
    for (let n = 0; n < 18; n++) await budget.take(asker(`m${n}`), 'question');
    calls = 0;
    const crowd = [];
    for (let n = 0; n < 40; n++) crowd.push(await budget.take(asker(`late${n}`), 'question'));
    expect(crowd.map((v) => (v.ok ? 'ok' : `${v.scope} ${v.notice}`))).toEqual(crowd.map(() => 'channel true'));
    expect(calls).toBe(41); // the first asks and is refused; then each member's one notice is counted
  });
});

describe('the budget over a shared store', () => {
  it('two processes on one database share the user\'s budget and its one notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planbot-budget-'));
    const stores = [openSqliteStore(join(dir, 'planbot.db')), openSqliteStore(join(dir, 'planbot.db'))];
    try {
      const [a, b] = stores.map((counters) => createBudget({ counters, limits: { user: 6, channel: 30, server: 60 }, now: () => T + 5000 }));
      const verdicts = [];
      for (let n = 0; n < 10; n++) verdicts.push(await (n % 2 ? a! : b!).take(asker('u'), 'question'));
      expect(verdicts.filter((v) => v.ok)).toHaveLength(6);
      expect(verdicts.filter((v) => !v.ok && v.notice)).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
