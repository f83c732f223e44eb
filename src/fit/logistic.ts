// L2-regularised logistic regression on standardised features, fitted by Newton's method (a handful
// of features, a few hundred questions: exact and deterministic). Pure.

export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A small and symmetric positive definite). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new Error('logistic fit: singular system (a feature is constant or duplicated)');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits p(y = 1 | x); lambda penalises the (standardised) weights, not the bias. */
export function fitLogistic(x: number[][], y: number[], lambda = 1, iterations = 50): LogisticFit {
  const d = x[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / x.length);
  const scale = mean.map((mu, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mu) ** 2, 0) / x.length) || 1);
  const z = x.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  let beta = new Array(d + 1).fill(0) as number[];
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(d + 1).fill(0) as number[];
    const hess = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0) as number[]);
    z.forEach((row, i) => {
      const p = sigmoid(row.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = p * (1 - p);
      row.forEach((v, j) => {
        grad[j]! += (p - y[i]!) * v;
        row.forEach((u, k) => (hess[j]![k]! += w * v * u));
      });
    });
    for (let j = 1; j <= d; j++) {
      grad[j]! += lambda * beta[j]!;
      hess[j]![j]! += lambda;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0]! };
}

const predict = (fit: LogisticFit, row: readonly number[]) =>
  sigmoid(fit.bias + fit.weights.reduce((z, w, j) => z + w * (((row[j] ?? 0) - (fit.mean[j] ?? 0)) / (fit.scale[j] || 1)), 0));

/** Out-of-fold probabilities: each row predicted by a model fitted on the other folds (row i in fold i mod k). */
export function outOfFold(x: number[][], y: number[], lambda: number, folds = 5): number[] {
  const out = new Array<number>(x.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const train = x.flatMap((row, i) => (i % folds !== k ? [i] : []));
    const fit = fitLogistic(train.map((i) => x[i]!), train.map((i) => y[i]!), lambda);
    x.forEach((row, i) => {
      if (i % folds === k) out[i] = predict(fit, row);
    });
  }
  return out;
}

/**
 * How many negatives (y = 0) fall below the threshold that turns away `share` of the positives, with
 * out-of-fold probabilities: what a model would catch on questions it was not fitted on.
 */
export function caughtOutOfFold(p: readonly number[], y: readonly number[], share: number): number {
  const threshold = thresholdTurningAway(p.filter((_, i) => y[i] === 1), share);
  return p.filter((v, i) => y[i] === 0 && v < threshold).length;
}

/** The highest threshold on the positives' probabilities that turns away at most `share` of them (0.5 when there are none). */
export function thresholdTurningAway(positives: readonly number[], share: number): number {
  const sorted = [...positives].sort((a, b) => a - b);
  return sorted[Math.floor(share * sorted.length)] ?? 0.5;
}

/**
 * Backward elimination: drop, one at a time, the column whose removal most raises `score` (of the
 * out-of-fold probabilities), while it does not fall. Returns the kept columns' positions.
 */
export function selectColumns(x: number[][], y: number[], lambda: number, score: (p: number[]) => number): number[] {
  let kept = x[0]?.map((_, j) => j) ?? [];
  const columns = (cols: number[]) => x.map((row) => cols.map((j) => row[j] ?? 0));
  let best = score(outOfFold(columns(kept), y, lambda));
  for (;;) {
    let next: { cols: number[]; s: number } | null = null;
    for (const drop of kept) {
      const cols = kept.filter((j) => j !== drop);
      const s = score(outOfFold(columns(cols), y, lambda));
      if (!next || s > next.s) next = { cols, s };
    }
    if (!next || next.s < best || next.cols.length === 0) return kept;
    best = next.s;
    kept = next.cols;
  }
}
