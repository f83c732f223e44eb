// Budget counters in this process's memory (one process with SQLite): only the current window's counts
// are kept; the first take in a new window drops the one that ended, so the map never outgrows one
// minute of askers.
import type { BudgetCounters, BudgetCharge } from '../state/store.js';
import { firstOver } from './window.js';

export function memoryCounters(): BudgetCounters & { size(): number } {
  let current = -Infinity;
  const counts = new Map<string, number>();
  const dropBefore = (start: number) => {
    if (start <= current) return 0;
    const dropped = counts.size;
    counts.clear();
    current = start;
    return dropped;
  };
  return {
    async takeBudget(charges: readonly BudgetCharge[], windowStart: number) {
      dropBefore(windowStart);
      const before = charges.map((c) => counts.get(c.key) ?? 0);
      const taken = firstOver(before, charges) < 0;
      if (taken) charges.forEach((c, i) => counts.set(c.key, before[i]! + c.cost));
      return { taken, counts: charges.map((c, i) => before[i]! + c.cost) };
    },
    async dropBudgetWindows(before: number) {
      return dropBefore(before);
    },
    /** Keys counted in the current window. */
    size: () => counts.size,
  };
}
