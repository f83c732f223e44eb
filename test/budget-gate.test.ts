// Where the handlers meet the budgets (src/discord/budget-gate.ts): who is charged — a thread as its
// parent channel — and what a refusal becomes: the window's one notice as a coded error, naming the
// full budget, or a drop logged at the 2nd, 4th, 8th… refusal with ids and the count, never the text.
import type { Interaction, Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { admit, admitAutocomplete, askerOf } from '../src/discord/budget-gate.js';
import { UserError } from '../src/discord/errors.js';
import type { Budget, Verdict } from '../src/limits/budget.js';

const channel = (thread: boolean) => ({ isThread: () => thread, parentId: thread ? 'parent' : null });

describe('askerOf', () => {
  it('an interaction\'s user, channel and server; a message in a thread counts as the thread\'s parent channel', () => {
    const i = { user: { id: 'u1' }, channel: channel(false), channelId: 'c1', guildId: 'g1' } as unknown as Interaction;
    expect(askerOf(i)).toEqual({ userId: 'u1', channelId: 'c1', guildId: 'g1' });
    const m = { author: { id: 'u2' }, channel: channel(true), channelId: 'thread', guildId: 'g1' } as unknown as Message;
    expect(askerOf(m)).toEqual({ userId: 'u2', channelId: 'parent', guildId: 'g1' });
    const dm = { user: { id: 'u3' }, channel: null, channelId: 'dm', guildId: null } as unknown as Interaction;
    expect(askerOf(dm)).toEqual({ userId: 'u3', channelId: 'dm', guildId: null });
  });
});

describe('admit', () => {
  const budgetSaying = (...verdicts: Verdict[]): Budget => ({ take: async () => verdicts.shift()! });
  const refused = (scope: 'user' | 'channel' | 'server', refusals: number): Verdict => ({ ok: false, scope, seconds: 42, notice: refusals === 1, refusals });
  const asker = { userId: 'u', channelId: 'c', guildId: 'g' };

  it('goes on when the budget takes it; the first refusal is the notice naming the full budget', async () => {
    const log = { info() {}, warn() {}, error() {} };
    expect(await admit(budgetSaying({ ok: true }), asker, 'question', log, 'ref')).toBe('go');
    for (const [scope, code, says] of [['user', 'rate_limited', '提问太频繁'], ['channel', 'channel_busy', 'This channel is busy'], ['server', 'server_busy', 'This server is busy']] as const) {
      const told = await admit(budgetSaying(refused(scope, 1)), asker, 'question', log, 'ref');
      expect(told).toBeInstanceOf(UserError);
      expect([(told as UserError).code, (told as UserError).message]).toEqual([code, expect.stringContaining(says)]);
      expect((told as UserError).message).toContain('42');
    }
  });

  it('later refusals are dropped, logged at the 2nd, 4th and 8th with ids and the count', async () => {
    const lines: object[] = [];
    const log = { info: (o: object) => lines.push(o), warn() {}, error() {} };
    const budget = budgetSaying(...Array.from({ length: 9 }, (_, n) => refused('channel', n + 2)));
    const results = [];
    for (let n = 0; n < 9; n++) results.push(await admit(budget, asker, 'command', log, `m${n}`));
    expect(results).toEqual(Array(9).fill('drop'));
    expect(lines).toEqual([2, 4, 8].map((refusals) => ({ user: 'u', channel: 'c', guild: 'g', scope: 'channel', refusals, ref: `m${refusals - 2}` })));
  });

  it('an autocomplete over budget is only told no', async () => {
    let quiet: boolean | undefined;
    const budget: Budget = { take: async (_a, cost, o) => ((quiet = o?.quiet), cost === 'autocomplete' ? refused('user', 0) : { ok: true }) };
    expect(await admitAutocomplete(budget, asker)).toBe(false);
    expect(quiet).toBe(true);
  });
});
