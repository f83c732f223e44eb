import { describe, expect, it } from 'vitest';
import { minimise } from '../src/fit/lbfgs.js';
import { adapterList, fitQueryAdapter } from '../src/fit/query-adapter-fit.js';
import { adaptQuery, decodeAdapter, encodeAdapter, type QueryAdapter } from '../src/search/query-adapter.js';

/** A deterministic pseudo-random stream (no Math.random: the test must not vary between runs). */
function stream(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const unit = (v: number[]) => {
  const n = Math.hypot(...v);
  return Float32Array.from(v.map((x) => x / n));
};

const identity = (d: number): QueryAdapter => ({
  model: 'test-model',
  dims: d,
  matrix: Float32Array.from({ length: d * d }, (_, k) => (k % (d + 1) === 0 ? 1 : 0)),
});

describe('adaptQuery', () => {
  it('maps a vector by the matrix and returns a unit vector', () => {
    const swap: QueryAdapter = { model: 'm', dims: 2, matrix: Float32Array.from([0, 2, 2, 0]) };
    expect([...adaptQuery(swap, Float32Array.from([1, 0]))]).toEqual([0, 1]);
    expect([...adaptQuery(identity(3), Float32Array.from([3, 0, 4]))].map((x) => Number(x.toFixed(6)))).toEqual([0.6, 0, 0.8]);
  });

  it('refuses a vector of another size', () => {
    expect(() => adaptQuery(identity(3), Float32Array.from([1, 0]))).toThrow(/3 dimensions, got 2/);
  });

  it('survives storing: encode then decode gives the same matrix; a truncated matrix is an error', () => {
    const a: QueryAdapter = { model: 'm', dims: 2, matrix: Float32Array.from([0.5, -1.25, 3, 1e-3]) };
    const stored = encodeAdapter(a, { questions: 4 });
    expect(decodeAdapter(stored)).toEqual(a);
    expect(() => decodeAdapter({ ...stored, dims: 3 })).toThrow(/not 3×3 float32/);
  });
});

describe('minimise (L-BFGS)', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const { x } = minimise((p) => {
      const [a, b] = [p[0]!, p[1]!];
      return {
        value: (1 - a) ** 2 + 100 * (b - a * a) ** 2,
        gradient: Float64Array.from([-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)]),
      };
    }, Float64Array.from([-1.2, 1]), { iterations: 200 });
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(1, 3);
  });
});

describe('fitQueryAdapter', () => {
  // Six passages (the unit axes). Each question about passage t points mostly at passage t+1, as an
  // everyday phrasing lands nearer a neighbouring passage; one linear map (a rotation of the axes) fixes all.
  const d = 6;
  const passages = Array.from({ length: d }, (_, i) => unit(Array.from({ length: d }, (_, j) => (i === j ? 1 : 0))));
  const questions = (n: number, seed: number) => {
    const next = stream(seed);
    return Array.from({ length: n }, (_, k) => {
      const t = k % d;
      const v = Array.from({ length: d }, (_, j) => (j === (t + 1) % d ? 0.8 : j === t ? 0.5 : 0) + 0.2 * (next() - 0.5));
      return { t, query: unit(v) };
    });
  };
  const top1 = (qs: { t: number; query: Float32Array }[], adapter: QueryAdapter) =>
    qs.filter(({ t, query }) => {
      const v = adaptQuery(adapter, query);
      const sims = passages.map((p) => p.reduce((s, x, j) => s + x * v[j]!, 0));
      return sims.indexOf(Math.max(...sims)) === t;
    }).length / qs.length;

  it('learns the map from training questions so that new questions find their passage first', () => {
    const train = questions(120, 7);
    const test = questions(60, 99);
    const cases = train.map(({ t, query }) => ({ query, lists: [adapterList(query, passages, (r) => r === t, 3)] }));
    const matrix = fitQueryAdapter({ dims: d, tables: [passages], cases }, { scale: 10, lambda: 0.001, iterations: 100 });
    expect(top1(test, identity(d))).toBe(0);
    expect(top1(test, { model: 'm', dims: d, matrix })).toBeGreaterThan(0.9);
  });

  it('stays at the identity when the penalty dominates', () => {
    const cases = questions(30, 3).map(({ t, query }) => ({ query, lists: [adapterList(query, passages, (r) => r === t, 3)] }));
    const matrix = fitQueryAdapter({ dims: d, tables: [passages], cases }, { scale: 10, lambda: 1e6, iterations: 20 });
    identity(d).matrix.forEach((v, k) => expect(matrix[k]).toBeCloseTo(v, 3));
  });

  it('lists the nearest rows and every right row, however far', () => {
    const q = unit([1, 0.5, 0, 0, 0, 0]);
    const list = adapterList(q, passages, (r) => r === 5, 2);
    expect(list.candidates).toEqual([0, 1, 5]);
    expect(list.right).toEqual([false, false, true]);
  });
});
