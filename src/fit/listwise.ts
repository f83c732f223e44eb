// Listwise ranking fit: the weights of a linear score over each candidate's features that make the
// right candidates most probable under a softmax over each question's candidates (L2-regularised),
// fitted by preconditioned descent. Used to fit retrieval's signal weights (scripts/fit.ts). Pure.
import { solve } from './logistic.js';

/** One question's candidates: their feature rows, and which of them are right (any of them will do). */
export interface RankingCase {
  features: number[][];
  right: boolean[];
}

const logSumExp = (xs: readonly number[]): number => {
  const m = Math.max(...xs);
  return m + Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0));
};

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, j) => s + v * (b[j] ?? 0), 0);

/**
 * The loss, summed over questions with a right candidate: −log of the softmax probability of the right
 * candidates (log Σ_all e^s − log Σ_right e^s), plus lambda·|w|²; its gradient; and the covariance of
 * the features under the softmax plus 2·lambda·I, which bounds the Hessian from above (the right
 * candidates' own covariance is subtracted from it) and so makes a safe Newton-like step.
 */
function lossAt(cases: readonly RankingCase[], w: readonly number[], lambda: number) {
  const d = w.length;
  let loss = lambda * dot(w, w);
  const grad = w.map((v) => 2 * lambda * v);
  const bound = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? 2 * lambda : 0)));
  for (const c of cases) {
    const s = c.features.map((row) => dot(row, w));
    const all = logSumExp(s);
    const right = logSumExp(s.filter((_, i) => c.right[i]));
    loss += all - right;
    const p = s.map((v) => Math.exp(v - all));
    const mean = new Array<number>(d).fill(0);
    c.features.forEach((row, i) => {
      const pr = c.right[i] ? Math.exp(s[i]! - right) : 0;
      row.forEach((v, j) => {
        grad[j]! += (p[i]! - pr) * v;
        mean[j]! += p[i]! * v;
      });
    });
    c.features.forEach((row, i) => {
      for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) bound[j]![k]! += p[i]! * (row[j]! - mean[j]!) * (row[k]! - mean[k]!);
    });
  }
  return { loss, grad, bound };
}

/** Fits the weights (one per feature) from zero; questions without a right candidate are left out. */
export function fitListwise(cases: readonly RankingCase[], lambda: number, iterations = 100): number[] {
  const usable = cases.filter((c) => c.right.some(Boolean) && c.features.length);
  const d = usable[0]?.features[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const { loss, grad, bound } = lossAt(usable, w, lambda);
    const step = solve(bound, grad);
    // Backtrack until the loss falls (the bound makes the full step safe near the optimum).
    let t = 1;
    let next = w.map((v, j) => v - t * step[j]!);
    while (t > 1e-6 && lossAt(usable, next, lambda).loss > loss) {
      t /= 2;
      next = w.map((v, j) => v - t * step[j]!);
    }
    const moved = Math.max(...next.map((v, j) => Math.abs(v - w[j]!)));
    w = next;
    if (moved < 1e-7) break;
  }
  return w;
}
