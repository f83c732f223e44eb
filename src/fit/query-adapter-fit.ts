// Fitting the query adapter (src/search/query-adapter.ts): the matrix W that makes, for each labelled
// question, the passages and sentences holding its evidence most probable under a softmax over the
// cosine similarities of W·question to its candidates (the nearest ones under the unadapted vector,
// plus the right ones), with an L2 pull of W toward the identity. Minimised with L-BFGS. Pure.
import { minimise } from './lbfgs.js';
import { mapVector } from '../search/query-adapter.js';
import { dot } from '../adapters/dense.js';

/** One list a question is ranked against (passages, or sentences): candidate rows of a table and which are right. */
export interface AdapterList {
  candidates: number[];
  right: boolean[];
}

export interface AdapterCase {
  query: Float32Array;
  /** One entry per table in AdapterFitInput.tables, in the same order. */
  lists: AdapterList[];
}

export interface AdapterFitInput {
  dims: number;
  /** Unit vectors the questions are ranked against: [passages, sentences]. */
  tables: Float32Array[][];
  cases: AdapterCase[];
}

export interface AdapterFitOptions {
  /** Softmax sharpness: logits are scale × cosine. */
  scale: number;
  /** Weight of |W − I|² (on the loss averaged over questions). */
  lambda: number;
  iterations: number;
  onIteration?: (iteration: number, value: number) => void;
}

/** The candidates of a list: the `depth` nearest rows to the unadapted query, and every right row. */
export function adapterList(query: Float32Array, table: readonly Float32Array[], isRight: (row: number) => boolean, depth: number): AdapterList {
  const sims = table.map((v, i) => ({ i, s: dot(v, query) }));
  const near = sims.sort((a, b) => b.s - a.s).slice(0, depth).map((x) => x.i);
  const candidates = [...new Set([...near, ...table.flatMap((_, i) => (isRight(i) ? [i] : []))])];
  return { candidates, right: candidates.map(isRight) };
}

function objective(input: AdapterFitInput, options: AdapterFitOptions) {
  const d = input.dims;
  const cases = input.cases.filter((c) => c.lists.some((l) => l.right.some(Boolean)));
  const n = cases.length || 1;
  const x = new Float64Array(d);
  const u = new Float64Array(d);
  const du = new Float64Array(d);
  return (w: Float64Array) => {
    const gradient = new Float64Array(d * d);
    let value = 0;
    for (const c of cases) {
      const q = c.query;
      const norm = mapVector(w, q, x);
      for (let i = 0; i < d; i++) u[i] = x[i]! / norm;
      du.fill(0);
      c.lists.forEach((list, t) => {
        if (!list.right.some(Boolean)) return;
        const table = input.tables[t]!;
        const z = list.candidates.map((r) => {
          const v = table[r]!;
          let s = 0;
          for (let j = 0; j < d; j++) s += u[j]! * v[j]!;
          return options.scale * s;
        });
        const top = Math.max(...z);
        const e = z.map((v) => Math.exp(v - top));
        const all = e.reduce((a, b) => a + b, 0);
        const right = e.reduce((a, b, k) => a + (list.right[k] ? b : 0), 0);
        value += Math.log(all) - Math.log(right);
        list.candidates.forEach((r, k) => {
          const g = options.scale * (e[k]! / all - (list.right[k] ? e[k]! / right : 0));
          if (g === 0) return;
          const v = table[r]!;
          for (let j = 0; j < d; j++) du[j]! += g * v[j]!;
        });
      });
      // Through the normalisation: dx = (du − (du·u)u)/|x|; dW += dx·qᵀ.
      let along = 0;
      for (let i = 0; i < d; i++) along += du[i]! * u[i]!;
      for (let i = 0; i < d; i++) {
        const dx = (du[i]! - along * u[i]!) / norm;
        if (dx === 0) continue;
        const row = i * d;
        for (let j = 0; j < d; j++) gradient[row + j]! += dx * q[j]!;
      }
    }
    value /= n;
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        const k = i * d + j;
        const off = w[k]! - (i === j ? 1 : 0);
        gradient[k] = gradient[k]! / n + 2 * options.lambda * off;
        value += options.lambda * off * off;
      }
    }
    return { value, gradient };
  };
}

/** The fitted matrix (row-major dims × dims), starting from the identity. */
export function fitQueryAdapter(input: AdapterFitInput, options: AdapterFitOptions): Float32Array {
  const d = input.dims;
  const start = new Float64Array(d * d);
  for (let i = 0; i < d; i++) start[i * d + i] = 1;
  const { x } = minimise(objective(input, options), start, { iterations: options.iterations, onIteration: options.onIteration });
  return Float32Array.from(x);
}
