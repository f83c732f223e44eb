// The budgets: every command, button, autocomplete and question costs units, charged at once to the
// user, the channel and the server (all or none), per one-minute window. A refused action says which
// budget was full and whether the user is to be told: only their first refusal in the window is, the
// rest are dropped quietly. The counters are memory (one process) or the store (shared by shards and
// machines through PostgreSQL), chosen in src/main.ts.
import type { BudgetCounters } from '../state/store.js';
import { chargesFor, refusalCharge, secondsLeft, windowStart, type Asker, type Scope } from './window.js';

export type { Asker, Scope } from './window.js';

/** What an action costs, in tenths of a question: a limit of 6 questions a minute is 60 units. */
export const COSTS = { question: 10, command: 5, light: 2, autocomplete: 1 } as const;
export type Cost = keyof typeof COSTS;

/** Questions (of cost `question`) per window for each scope; cheaper actions fit more. */
export interface BudgetLimits {
  user: number;
  channel: number;
  server: number;
}

export type Verdict =
  | { ok: true }
  /** `notice`: this is the user's first refusal in the window; `refusals`: how many they have had in it. */
  | { ok: false; scope: Scope; seconds: number; notice: boolean; refusals: number };

export interface Budget {
  /** Charges the action; `quiet` (autocomplete) refusals are never told and not counted as refusals. */
  take(asker: Asker, cost: Cost, options?: { quiet?: boolean }): Promise<Verdict>;
}

export interface BudgetOptions {
  counters: BudgetCounters;
  limits: BudgetLimits;
  now: () => number;
  /** Told when dropping the ended window's counters failed (they are dropped at the next window). */
  onDropError?: (err: unknown) => void;
}

export function createBudget({ counters, limits, now, onDropError = () => {} }: BudgetOptions): Budget {
  const units = { user: limits.user * COSTS.question, channel: limits.channel * COSTS.question, server: limits.server * COSTS.question };
  let lastStart = -Infinity;
  return {
    async take(asker, cost, options = {}) {
      const t = now();
      const start = windowStart(t);
      if (start > lastStart) {
        lastStart = start;
        // Not awaited: the first action of a window would otherwise be charged after the ones behind it.
        void counters.dropBudgetWindows(start).catch(onDropError);
      }
      const charges = chargesFor(asker, COSTS[cost], units);
      const { taken, counts } = await counters.takeBudget(charges, start);
      if (taken) return { ok: true };
      const over = charges.find((c, i) => counts[i]! > c.limit)!;
      const refusals = options.quiet ? 0 : (await counters.takeBudget([refusalCharge(asker.userId)], start)).counts[0]!;
      return { ok: false, scope: over.scope, seconds: secondsLeft(t), notice: refusals === 1, refusals };
    },
  };
}
