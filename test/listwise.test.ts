import { describe, expect, it } from 'vitest';
import { fitListwise, type RankingCase } from '../src/fit/listwise.js';

/** A deterministic pseudo-random stream (no Math.random: the test must not vary between runs). */
function stream(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Questions whose right candidate is the one with the highest 2·a + b, c pure noise. */
function cases(n: number, seed: number): RankingCase[] {
  const next = stream(seed);
  return Array.from({ length: n }, () => {
    const features = Array.from({ length: 8 }, () => [next(), next(), next()]);
    const truth = features.map(([a, b]) => 2 * a! + b!);
    const best = truth.indexOf(Math.max(...truth));
    return { features, right: features.map((_, i) => i === best) };
  });
}

const top1 = (cs: RankingCase[], w: number[]) =>
  cs.filter((c) => {
    const s = c.features.map((row) => row.reduce((t, v, j) => t + v * w[j]!, 0));
    return c.right[s.indexOf(Math.max(...s))];
  }).length / cs.length;

describe('fitListwise', () => {
  it('learns which features make a candidate right, and how much each counts', () => {
    const w = fitListwise(cases(300, 1), 0.01);
    expect(w[0]! / w[1]!).toBeGreaterThan(1.3);
    expect(w[0]! / w[1]!).toBeLessThan(3);
    expect(Math.abs(w[2]!)).toBeLessThan(0.25 * w[1]!);
    expect(top1(cases(300, 2), w)).toBeGreaterThan(0.8);
  });

  it('shrinks the weights as the penalty grows, and ignores questions with no right candidate', () => {
    const data = cases(100, 3);
    const loose = fitListwise(data, 0.01);
    const tight = fitListwise(data, 100);
    expect(Math.hypot(...tight)).toBeLessThan(Math.hypot(...loose));
    const withUnanswerable = [...data, { features: [[1, 1, 1], [0, 0, 0]], right: [false, false] }];
    expect(fitListwise(withUnanswerable, 0.01)).toEqual(loose);
  });
});
