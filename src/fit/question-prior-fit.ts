// Fitting the question priors (src/answer/question-prior.ts): L2-regularised logistic regression,
// answered vs not, over the wording units of the labelled tuning questions and over their vectors,
// by L-BFGS. Pure.
import { wordingUnits, type VectorPrior, type WordingPrior } from '../answer/question-prior.js';
import { minimise } from './lbfgs.js';

/** One row of a sparse design: the positions of its non-zero features and their values. */
export interface SparseRow {
  index: readonly number[];
  value: readonly number[];
}

/**
 * Fits p(y = 1 | row) = σ(bias + w·row), minimising the summed log-loss plus lambda/2·|w|² (the bias
 * is not penalised), from zero: deterministic.
 */
export function fitSparseLogistic(rows: readonly SparseRow[], y: readonly number[], dims: number, lambda: number, iterations = 300): { weights: Float64Array; bias: number } {
  const objective = (x: Float64Array) => {
    const gradient = new Float64Array(dims + 1);
    let value = 0;
    rows.forEach((row, i) => {
      let z = x[dims]!;
      row.index.forEach((j, k) => (z += x[j]! * row.value[k]!));
      // log(1 + e^z) − y·z, computed without overflow.
      value += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i]! * z;
      const g = 1 / (1 + Math.exp(-z)) - y[i]!;
      row.index.forEach((j, k) => (gradient[j]! += g * row.value[k]!));
      gradient[dims]! += g;
    });
    for (let j = 0; j < dims; j++) {
      value += (lambda / 2) * x[j]! ** 2;
      gradient[j]! += lambda * x[j]!;
    }
    return { value, gradient };
  };
  const { x } = minimise(objective, new Float64Array(dims + 1), { iterations, tolerance: 1e-10 });
  return { weights: x.subarray(0, dims), bias: x[dims]! };
}

export interface WordingFitOptions {
  lambda: number;
  /** Units seen in fewer questions than this get no weight (a writer's one-off turn of phrase). */
  minCount: number;
}

export function fitWordingPrior(texts: readonly string[], y: readonly number[], options: WordingFitOptions): WordingPrior {
  const unitsOf = texts.map(wordingUnits);
  const counts = new Map<string, number>();
  for (const units of unitsOf) for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([u]) => u).sort();
  const position = new Map(vocabulary.map((u, j) => [u, j]));
  const rows = unitsOf.map((units) => {
    const index = units.flatMap((u) => (position.has(u) ? [position.get(u)!] : []));
    return { index, value: index.map(() => 1) };
  });
  const fit = fitSparseLogistic(rows, y, vocabulary.length, options.lambda);
  return { weights: Object.fromEntries(vocabulary.map((u, j) => [u, fit.weights[j]!])), bias: fit.bias };
}

export function fitVectorPrior(vectors: readonly Float32Array[], y: readonly number[], model: string, lambda: number): VectorPrior {
  const dims = vectors[0]?.length ?? 0;
  const all = Array.from({ length: dims }, (_, j) => j);
  const rows = vectors.map((v) => ({ index: all, value: Array.from(v) }));
  const fit = fitSparseLogistic(rows, y, dims, lambda);
  return { model, weights: Array.from(fit.weights), bias: fit.bias };
}

/**
 * The models fitted without each fold (0 … folds − 1): item i is scored out of fold by
 * models[foldOf(item i)], which never saw it. An item in no fold is an error.
 */
export function foldModels<T, M>(items: readonly T[], foldOf: (item: T) => number, folds: number, fit: (train: readonly T[]) => M): M[] {
  const stray = items.findIndex((item) => !(foldOf(item) >= 0 && foldOf(item) < folds));
  if (stray >= 0) throw new Error(`item ${stray} is in no fold`);
  return Array.from({ length: folds }, (_, k) => fit(items.filter((item) => foldOf(item) !== k)));
}
