// The question priors: the units the wording prior reads, the scores, their fits, out-of-fold scoring,
// and their place among the judge's features.
import { describe, expect, it } from 'vitest';
import { judgeFeatures } from '../src/answer/judge.js';
import { vectorScore, wordingScore, wordingUnits, type VectorPrior, type WordingPrior } from '../src/answer/question-prior.js';
import { fitLogistic } from '../src/fit/logistic.js';
import { fitSparseLogistic, fitVectorPrior, fitWordingPrior, foldModels } from '../src/fit/question-prior-fit.js';
import { understand } from '../src/understand/question.js';
import { lexicalAnswerPorts } from './helpers.js';

describe('wordingUnits', () => {
  it('reads Han characters and adjacent pairs, and Latin or digit runs as words, lower-cased', () => {
    expect(wordingUnits('补贴多少').sort()).toEqual(['多', '多少', '少', '补', '补贴', '贴', '贴多'].sort());
    expect(wordingUnits('Ji’an GDP 2035').sort()).toEqual(['2035', 'an', 'gdp', 'ji'].sort());
  });

  it('is not moved by punctuation or spaces, which only separate runs', () => {
    const a = wordingScore({ weights: { 补贴: -2, 多少: 0.5, gdp: 1 }, bias: 0.3 }, '老小区加装电梯，补贴多少？GDP');
    const b = wordingScore({ weights: { 补贴: -2, 多少: 0.5, gdp: 1 }, bias: 0.3 }, '老小区加装电梯 补贴多少 gdp!!');
    expect(a).toBe(b);
    expect(a).toBeCloseTo(0.3 - 2 + 0.5 + 1, 9);
  });
});

describe('vectorScore', () => {
  const prior: VectorPrior = { model: 'm', weights: [1, -2], bias: 0.5 };
  it('is the bias plus the weights · the vector', () => {
    expect(vectorScore(prior, { vector: Float32Array.from([0.5, 0.25]), model: 'm' })).toBeCloseTo(0.5, 6);
  });
  it('gives nothing for another model, or a vector of another size', () => {
    expect(vectorScore(prior, { vector: Float32Array.from([0.5, 0.25]), model: 'other' })).toBeNull();
    expect(vectorScore(prior, { vector: Float32Array.from([0.5, 0.25, 0]), model: 'm' })).toBeNull();
  });
});

describe('fitting the priors', () => {
  it('fitSparseLogistic agrees with the Newton fit on the same dense problem', () => {
    const raw = [[0, 1], [1, 0], [1, 1], [0, 0], [2, 1], [1, 2], [0.5, 0.5], [2, 0]];
    const y = [0, 1, 1, 0, 1, 0, 0, 1];
    // Standardised columns, so the Newton fit's own standardising changes nothing and the penalties agree.
    const mean = [0, 1].map((j) => raw.reduce((s, r) => s + r[j]!, 0) / raw.length);
    const sd = [0, 1].map((j) => Math.sqrt(raw.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / raw.length));
    const x = raw.map((r) => r.map((v, j) => (v - mean[j]!) / sd[j]!));
    const sparse = fitSparseLogistic(x.map((r) => ({ index: [0, 1], value: r })), y, 2, 1);
    const newton = fitLogistic(x, y, 1);
    expect(sparse.bias).toBeCloseTo(newton.bias, 4);
    expect(Array.from(sparse.weights)[0]).toBeCloseTo(newton.weights[0]!, 4);
    expect(Array.from(sparse.weights)[1]).toBeCloseTo(newton.weights[1]!, 4);
    // The penalty shrinks the weights.
    const strong = fitSparseLogistic(x.map((r) => ({ index: [0, 1], value: r })), y, 2, 20);
    expect(Math.abs(strong.weights[0]!)).toBeLessThan(Math.abs(sparse.weights[0]!));
  });

  // Questions asking how much a subsidy is are not answered; those asking about a plan's goals are.
  const subjects = ['电梯', '农机', '新能源车', '养老', '家电', '种粮', '学费', '租房', '创业', '装修'];
  const asks = (s: string) => [`${s}补贴多少钱`, `${s}的目标是什么`];
  const texts = subjects.flatMap(asks);
  const y = subjects.flatMap(() => [0, 1]);

  it('learns the wording that marks a question the plan does not answer, and scores new questions by it', () => {
    const prior = fitWordingPrior(texts, y, { lambda: 1, minCount: 3 });
    // A unit seen fewer than three times gets no weight.
    expect(prior.weights['电梯']).toBeUndefined();
    expect(prior.weights['补贴']).toBeLessThan(0);
    expect(wordingScore(prior, '光伏补贴多少钱')).toBeLessThan(0);
    expect(wordingScore(prior, '光伏的目标是什么')).toBeGreaterThan(0);
  });

  it('fits a vector prior for its model only', () => {
    const vectors = y.map((v, i) => Float32Array.from([v ? 1 : -1, (i % 3) - 1]));
    const prior = fitVectorPrior(vectors, y, 'm', 0.1);
    expect(vectorScore(prior, { vector: Float32Array.from([1, 0]), model: 'm' })).toBeGreaterThan(0);
    expect(vectorScore(prior, { vector: Float32Array.from([-1, 0]), model: 'm' })).toBeLessThan(0);
  });

  it('fits one model without each fold, so each item is scored by a model that never saw it', () => {
    const items = [0, 1, 2, 3, 4, 5, 6, 7];
    const models = foldModels(items, (i) => i % 4, 4, (train) => new Set(train));
    expect(models).toHaveLength(4);
    items.forEach((i) => expect(models[i % 4]!.has(i)).toBe(false));
    expect(models[0]!.size).toBe(6);
    expect(() => foldModels(items, (i) => (i === 3 ? -1 : 0), 4, () => 0)).toThrow(/item 3 is in no fold/);
  });
});

describe('the priors among the judge features', () => {
  const ports = lexicalAnswerPorts();
  const context = { idf: ports.idf, inPlan: ports.vocabulary.inPlan, sentences: ports.sentences };
  const wording: WordingPrior = { weights: { 补贴: -3 }, bias: 1 };
  const vector: VectorPrior = { model: 'm', weights: [2, 0], bias: 0 };

  it('reads the question as understood (Simplified script): 補貼 weighs as 补贴', () => {
    const q = understand('加装电梯補貼多少钱？', ports.vocabulary);
    const f = judgeFeatures(q, [], { ...context, priors: { wording, vector }, question: { vector: Float32Array.from([0.5, 1]), model: 'm' } });
    expect(f.wordingPrior).toBe(-2);
    expect(f.vectorPrior).toBe(1);
  });

  it('gives 0 without priors, without a question vector, or for another model’s vector', () => {
    const q = understand('加装电梯补贴多少钱？', ports.vocabulary);
    expect(judgeFeatures(q, [], context)).toMatchObject({ wordingPrior: 0, vectorPrior: 0 });
    expect(judgeFeatures(q, [], { ...context, priors: { vector }, question: null }).vectorPrior).toBe(0);
    expect(judgeFeatures(q, [], { ...context, priors: { vector }, question: { vector: Float32Array.from([1, 1]), model: 'x' } }).vectorPrior).toBe(0);
  });
});
