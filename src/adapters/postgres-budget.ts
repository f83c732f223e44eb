// The budget counters' take in PostgreSQL (the Store's takeBudget, src/state/store.ts): one call of the
// take_budget function (migration 2), in key order — two takes at once lock rows in the same order,
// never in a deadlock — all or none. One round trip, and the rows of a busy channel or server are
// locked only while the function runs: a transaction held open across round trips made every take
// of a channel wait for the one before it. 40 /ask at once at a real process (test/abuse-flood):
// acknowledgement p99 1.1–2.3 s that way, 0.67–1.07 s this way (0.27 s once the pool's connections
// are open), 0.14–0.21 s with the counters in memory.
import type pg from 'pg';
import type { BudgetCharge } from '../state/store.js';

export async function takeBudget(pool: pg.Pool, charges: readonly BudgetCharge[], windowStart: number) {
  const order = charges.map((_, i) => i).sort((a, b) => (charges[a]!.key < charges[b]!.key ? -1 : 1));
  const { rows } = await pool.query('SELECT take_budget($1::text[], $2::int[], $3::bigint[], $4) AS counts', [
    order.map((i) => charges[i]!.key), order.map((i) => charges[i]!.cost), order.map((i) => charges[i]!.limit), windowStart,
  ]);
  const sorted = (rows[0] as { counts: number[] }).counts.map(Number);
  const counts = new Array<number>(charges.length);
  order.forEach((i, at) => (counts[i] = sorted[at]!));
  return { taken: counts.every((n, i) => n <= charges[i]!.limit), counts };
}
