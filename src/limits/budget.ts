// The budgets: every command, button, autocomplete and question costs units, charged at once to the
// user, the channel and the server (all or none), per one-minute window. A refused action says which
// budget was full and whether the user is to be told: only their first refusal in the window is, the
// rest are dropped quietly. The counters are memory (one process) or the store (shared by shards and
// machines through PostgreSQL), chosen in src/main.ts; what this process has seen refused in the
// window is remembered, so a flood costs the counters one call per key and user, not one per message.
import type { BudgetCounters } from '../state/store.js';
import { chargesFor, knownFull, refusalCharge, secondsLeft, windowStart, type Asker, type Scope } from './window.js';

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
  /** This window: per key, the smallest cost refused; per user, their refusals as last counted. */
  const full = new Map<string, number>();
  const refusalsOf = new Map<string, number>();
  /** A refused action's count of the user's refusals: from the counters for their first here, so one process tells them once in all. */
  const countRefusal = async (userId: string, start: number) => {
    const known = refusalsOf.get(userId);
    const n = known !== undefined ? known + 1 : (await counters.takeBudget([refusalCharge(userId)], start)).counts[0]!;
    refusalsOf.set(userId, n);
    return n;
  };
  return {
    async take(asker, cost, options = {}) {
      const t = now();
      const start = windowStart(t);
      if (start > lastStart) {
        lastStart = start;
        full.clear();
        refusalsOf.clear();
        // Not awaited: the first action of a window would otherwise be charged after the ones behind it.
        void counters.dropBudgetWindows(start).catch(onDropError);
      }
      const charges = chargesFor(asker, COSTS[cost], units);
      // A flood is refused here without asking the counters again (a database, with PostgreSQL).
      let over = knownFull(full, charges);
      if (!over) {
        const { taken, counts } = await counters.takeBudget(charges, start);
        if (taken) return { ok: true };
        over = charges.find((c, i) => counts[i]! > c.limit)!;
        full.set(over.key, Math.min(full.get(over.key) ?? Infinity, over.cost));
      }
      const refusals = options.quiet ? 0 : await countRefusal(asker.userId, start);
      return { ok: false, scope: over.scope, seconds: secondsLeft(t), notice: refusals === 1, refusals };
    },
  };
}
