// The budgets' window arithmetic, pure: fixed one-minute windows shared by every key (so a window that
// ended can be dropped whole), which charges an action makes (its user, channel and server), and
// whether they fit. Used by the in-memory counters and by both stores, so all three decide alike.
import type { BudgetCharge } from '../state/store.js';

export const WINDOW_MS = 60_000;

/** The start (ms since the epoch) of the window holding `now`. */
export const windowStart = (now: number, ms = WINDOW_MS): number => Math.floor(now / ms) * ms;

/** Whole seconds until the window holding `now` ends: at least 1. */
export const secondsLeft = (now: number, ms = WINDOW_MS): number => Math.max(1, Math.ceil((windowStart(now, ms) + ms - now) / 1000));

/**
 * The index of the first charge whose cost would carry its count past its limit, or -1 when every one
 * fits. `before`: each key's count in the window so far.
 */
export function firstOver(before: readonly number[], charges: readonly BudgetCharge[]): number {
  return charges.findIndex((c, i) => (before[i] ?? 0) + c.cost > c.limit);
}

/**
 * The first charge already known to be refused: `full` holds, per key, the smallest cost refused in
 * this window. Counts only grow within a window, so a cost as large is refused too.
 */
export function knownFull<C extends BudgetCharge>(full: ReadonlyMap<string, number>, charges: readonly C[]): C | undefined {
  return charges.find((c) => (full.get(c.key) ?? Infinity) <= c.cost);
}

export type Scope = 'user' | 'channel' | 'server';

/** Who is acting, and where: a thread counts as its parent channel. */
export interface Asker {
  userId: string;
  channelId: string | null;
  guildId: string | null;
}

/** Limits per window, in cost units (see budget.ts). */
export type ScopeLimits = Record<Scope, number>;

/** The charges of one action: the user's, the channel's and the server's (none outside a server), in that order. */
export function chargesFor(asker: Asker, cost: number, limits: ScopeLimits): (BudgetCharge & { scope: Scope })[] {
  const ids: [Scope, string | null][] = [['user', asker.userId], ['channel', asker.channelId], ['server', asker.guildId]];
  return ids.filter((e): e is [Scope, string] => e[1] !== null).map(([scope, id]) => ({ scope, key: `${scope}:${id}`, cost, limit: limits[scope] }));
}

/** The one charge that counts a user's refusals in a window: its count is 1 for the first, which alone is told. */
export const refusalCharge = (userId: string): BudgetCharge => ({ key: `refused:${userId}`, cost: 1, limit: Number.MAX_SAFE_INTEGER });
