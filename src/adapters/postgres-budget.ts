// The budget counters' take in PostgreSQL (the Store's takeBudget, src/state/store.ts): one upsert for
// every key, in key order — two takes at once lock rows in the same order, never in a deadlock — inside
// a transaction rolled back when a count passes its limit, so a refused take adds nothing anywhere.
import type pg from 'pg';
import type { BudgetCharge } from '../state/store.js';

export async function takeBudget(pool: pg.Pool, charges: readonly BudgetCharge[], windowStart: number) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(`INSERT INTO budget_counters (key, window_start, count)
       SELECT k, $2, c FROM unnest($1::text[], $3::int[]) AS t(k, c) ORDER BY k
       ON CONFLICT (key, window_start) DO UPDATE SET count = budget_counters.count + excluded.count RETURNING key, count`,
    [charges.map((c) => c.key), windowStart, charges.map((c) => c.cost)]);
    const after = new Map(rows.map((r: { key: string; count: string | number }) => [r.key, Number(r.count)]));
    const counts = charges.map((c) => after.get(c.key) ?? 0);
    const taken = counts.every((n, i) => n <= charges[i]!.limit);
    await client.query(taken ? 'COMMIT' : 'ROLLBACK');
    return { taken, counts };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
