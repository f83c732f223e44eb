// Judging answerability: the features read from the question and its passages, the fitted model's
// verdict with its reason, and the logistic fit itself.
import { describe, expect, it } from 'vitest';
import { decisiveEvidence, evidenceGap, evidenceLogOdds, FEATURE_NAMES, judgeFeatures, modelOutcome, PRIOR_REACH, priorLogOdds, RELATED_WITH_MODEL, verdictOf, type JudgeFeatures, type JudgeModel } from '../src/answer/judge.js';
import { caughtOutOfFold, fitLogistic, outOfFold, selectColumns } from '../src/fit/logistic.js';
import type { Hit } from '../src/search/retrieve.js';
import { understand } from '../src/understand/question.js';
import { chunks, lexicalAnswerPorts, settings } from './helpers.js';

const ports = lexicalAnswerPorts();
const context = { idf: ports.idf, inPlan: ports.vocabulary.inPlan, sentences: ports.sentences };
const signals = { lexical: 1, passage: 0, sentence: 0, figure: 0, indicator: 0, year: 0, covered: 0, defines: 0 };
const hitOn = (needle: string, score = 1): Hit => {
  const chunk = chunks.findIndex((c) => c.text.includes(needle));
  return { chunk, passage: chunks[chunk]!, score, signals, passageSimilarity: null, sentenceSimilarity: null, bestSentence: null };
};
const features = (q: string, ...needles: string[]) => judgeFeatures(understand(q, ports.vocabulary), needles.map((n) => hitOn(n)), context);

describe('judge features', () => {
  it('finds the asked figure in a passage that names what was asked', () => {
    const f = features('到2025年井冈蜜柚种植规模要达到多少万亩？', '井冈蜜柚种植规模达到');
    expect(f.figureAsked).toBe(1);
    expect(f.figureAnswered).toBeGreaterThan(0.5);
  });

  it('marks a specific figure asked that the passages do not give', () => {
    const f = features('建高标准农田，政府每亩补助多少钱？', '高标准农田70万亩');
    expect(f.specificAsked).toBe(1);
    expect(f.specificMissing).toBeGreaterThan(0.5);
  });

  it('marks a unit the plan never uses, a year beyond its horizon and a request for names', () => {
    expect(features('PM2.5年均浓度要降到多少微克？', '细颗粒物').unitAbsent).toBe(1);
    expect(features('到2040年吉安GDP能达到多少？', '地区生产总值').periodOutside).toBe(1);
    expect(features('到2035年吉安GDP能达到多少？', '地区生产总值').periodOutside).toBe(0);
    expect(features('“院士走进吉安”请的是哪几位院士？', '院士走进吉安').asksPerson).toBe(1);
  });

  it('finds no figure for a year other than 2025 in passages that give only the 2025 one', () => {
    const later = features('吉安2030年GDP要达到多少？', '地区生产总值突破3130亿元');
    expect(later.yearFigureMissing).toBe(1);
    expect(later.figureAnswered).toBe(0);
    const target = features('2025年吉安GDP要达到多少？', '地区生产总值突破3130亿元');
    expect(target.yearFigureMissing).toBe(0);
    expect(target.figureAnswered).toBeGreaterThan(0.5);
    // Two years name a period (2021–2025), not a year whose figure is missing.
    expect(features('2021到2025年吉安GDP年均增长多少？', '地区生产总值突破3130亿元').yearFigureMissing).toBe(0);
  });

  it('marks a topic the plan never names, and covers it not at all', () => {
    const f = features('吉安打算在哪里建动物园？', '体育公园');
    expect(f.mainAbsent).toBe(1);
    expect(f.focusCovered).toBe(0);
  });
});

describe('verdict', () => {
  const zero = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as JudgeFeatures;
  const model: JudgeModel = {
    features: ['focusCovered', 'specificMissing'], mean: [0, 0], scale: [1, 1], weights: [4, -6], bias: -1, answerAbove: 0.5, related: { feature: 'focusCovered', above: 0.5 },
  };
  const q = understand('建高标准农田，政府每亩补助多少钱？', ports.vocabulary);

  it('answers, relates or declines by the probability, with the reason a reader is told', () => {
    expect(verdictOf(q, { ...zero, focusCovered: 1 }, model).outcome).toBe('answered');
    const related = verdictOf(q, { ...zero, focusCovered: 0.6, specificAsked: 1, figureAsked: 1, specificMissing: 0.4 }, model);
    expect(related).toMatchObject({ outcome: 'related', reason: 'no_figure' });
    expect(verdictOf(q, { ...zero, focusCovered: 0.4, specificMissing: 1 }, model).outcome).toBe('not_covered');
  });

  it("tells another place's own affairs asked beside Ji'an's as about another place", () => {
    const beside = understand('我表哥在深圳 他说深圳十四五定的GDP比吉安高 深圳定的是多少', ports.vocabulary);
    expect(beside.placeAlongside).toBe('深圳市');
    const f = { ...zero, figureAsked: 1, placeAlongside: 1 };
    expect(verdictOf(beside, f, model)).toMatchObject({ outcome: 'not_covered', reason: 'place_elsewhere' });
  });

  it('declines a place outside Ji\'an by rule, whatever the features', () => {
    const elsewhere = understand('南昌市“十四五”规划的GDP目标是多少？', ports.vocabulary);
    expect(verdictOf(elsewhere, { ...zero, focusCovered: 1 }, model)).toMatchObject({ outcome: 'not_covered', reason: 'place_elsewhere' });
  });
});

describe('logistic fit', () => {
  it('separates two groups and puts the weight on the feature that does it', () => {
    const x = Array.from({ length: 40 }, (_, i) => [i % 2, (i * 7) % 5]);
    const y = x.map(([a]) => a!);
    const fit = fitLogistic(x, y, 0.1);
    expect(Math.abs(fit.weights[0]!)).toBeGreaterThan(3 * Math.abs(fit.weights[1]!));
    expect(fit.weights[0]).toBeGreaterThan(0);
  });
  it('keeps, by cross-validation, the column that separates and drops the noise', () => {
    const x = Array.from({ length: 60 }, (_, i) => [i % 2, (i * 7919) % 13, (i * 104729) % 7]);
    const y = x.map(([a]) => a!);
    expect(selectColumns(x, y, 1, (p) => p.reduce((s, v, i) => s - (v - y[i]!) ** 2, 0))).toEqual([0]);
    const p = outOfFold(x, y, 1);
    expect(caughtOutOfFold(p, y, 0)).toBeGreaterThanOrEqual(25);
  });
  it('refuses a constant feature column with a clear error', () => {
    expect(() => fitLogistic([[1, 1], [1, 0], [1, 1]], [1, 0, 1], 0)).toThrow(/constant or duplicated/);
  });
});

describe('how far the question priors reach', () => {
  const zero = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as JudgeFeatures;
  const wording = { weights: { mining: -3, 多少钱: -2, 补贴: -2, 矿山: 1 }, bias: 1 };
  const model: JudgeModel = {
    features: ['focusCovered', 'wordingPrior', 'vectorPrior'], mean: [0, 1, 0], scale: [1, 1, 1], weights: [4, 1, 1], bias: -2,
    answerAbove: 0.5, related: { feature: 'focusCovered', above: 0.5 }, priors: { wording },
  };
  /** Well-covered evidence with no gap (see evidenceGap): the closest sentence close in meaning. */
  const covered = { ...zero, focusCovered: 1, sentenceSimilarity: 0.5 };

  it('as fitted, lets a wording alone turn well-covered evidence away', () => {
    // evidence +2, wording −3 − (−0) → z = −1: the word "mining" alone declines it.
    expect(modelOutcome({ ...covered, wordingPrior: -2 }, model).outcome).not.toBe('answered');
    expect(priorLogOdds({ ...covered, wordingPrior: -2 }, model)).toBeCloseTo(-3, 9);
  });

  it('capped, cannot overrule evidence beyond the cap on its own, either way', () => {
    const capped = { ...model, reach: { ...PRIOR_REACH, cap: 1.5 } };
    expect(evidenceLogOdds(covered, capped)).toBeCloseTo(2, 9);
    for (const prior of [-2, -10, -100]) {
      expect(priorLogOdds({ ...covered, wordingPrior: prior, vectorPrior: prior }, capped)).toBeGreaterThanOrEqual(-1.5);
      expect(modelOutcome({ ...covered, wordingPrior: prior, vectorPrior: prior }, capped).outcome).toBe('answered');
    }
    // Evidence of −2 (nothing covered) stays declined whatever the priors say.
    expect(modelOutcome({ ...zero, wordingPrior: 100, vectorPrior: 100 }, capped).outcome).not.toBe('answered');
    // Within the cap the priors still count.
    expect(priorLogOdds({ ...covered, wordingPrior: 1.5 }, capped)).toBeCloseTo(0.5, 9);
  });

  it('reading the asking form only, weighs what is asked and not the topic, centred on the bias', () => {
    const f = (q: string) => judgeFeatures(understand(q, ports.vocabulary), [hitOn('废弃矿山')], { ...context, priors: { wording }, reach: { wording: 'form', vector: 'all', cap: Infinity } });
    const form = { ...model, reach: { wording: 'form' as const, vector: 'all' as const, cap: Infinity } };
    expect(priorLogOdds(f('How many abandoned mining sites will be restored?'), form)).toBe(0);
    expect(priorLogOdds(f('废弃矿山修复有补贴吗'), form)).toBeCloseTo(-2, 9);
    expect(priorLogOdds(f('废弃矿山修复有补贴吗'), { ...form, reach: { ...form.reach, wording: 'none' } })).toBe(0);
  });

  it('when the evidence is decisive, takes away no more than the decisive reach, and still adds', () => {
    const reach = { ...PRIOR_REACH, cap: 1.5, decisive: 0, gap: undefined };
    const capped = { ...model, reach };
    const decisive = { ...covered, figureAsked: 1, figureAnswered: 1 };
    expect(decisiveEvidence(decisive)).toBe(true);
    expect(priorLogOdds({ ...decisive, wordingPrior: -10 }, capped)).toBeCloseTo(0, 9);
    expect(priorLogOdds({ ...decisive, wordingPrior: 10 }, capped)).toBeCloseTo(1.5, 9);
    expect(priorLogOdds({ ...decisive, wordingPrior: -10 }, { ...model, reach: { ...reach, decisive: 0.5 } })).toBeCloseTo(-0.5, 9);
    // Not decisive: a word of the asking clause the plan never uses, another period, a figure not found.
    for (const f of [{ ...decisive, focusAbsent: 0.2 }, { ...decisive, periodOutside: 1 }, { ...decisive, figureAnswered: 0.6 }, covered]) {
      expect(decisiveEvidence(f)).toBe(false);
      expect(priorLogOdds({ ...f, wordingPrior: -10 }, capped)).toBeCloseTo(-1.5, 9);
    }
  });

  it('when the evidence shows a gap, takes away up to the gap reach, and still adds no more than the cap', () => {
    const reach = { ...PRIOR_REACH, cap: 1.5, decisive: 0, gap: 3 };
    const capped = { ...model, reach };
    const gaps = [
      { ...covered, figureAsked: 1, figureAnswered: 0.6 }, // a figure asked, not found with what was asked
      { ...covered, figureAsked: 1, figureAnswered: 1, focusAbsent: 0.2, indicatorEmpty: 1 }, // the row asked for has no value
      { ...covered, asksProcedure: 1 },
      { ...covered, sentenceSimilarity: 0.2 }, // the closest sentence is not close in meaning
    ];
    for (const f of gaps) {
      expect(evidenceGap(f)).toBe(true);
      expect(priorLogOdds({ ...f, wordingPrior: -10 }, capped)).toBeCloseTo(-3, 9);
      expect(priorLogOdds({ ...f, wordingPrior: -2 }, capped)).toBeCloseTo(-3, 9);
      expect(priorLogOdds({ ...f, wordingPrior: 10 }, capped)).toBeCloseTo(1.5, 9);
    }
    expect(evidenceGap(covered)).toBe(false);
    expect(priorLogOdds({ ...covered, wordingPrior: -10 }, capped)).toBeCloseTo(-1.5, 9);
    // Decisive evidence wins over a gap: the priors take nothing away.
    const decisive = { ...covered, figureAsked: 1, figureAnswered: 1, indicatorEmpty: 1 };
    expect(decisiveEvidence(decisive) && evidenceGap(decisive)).toBe(true);
    expect(priorLogOdds({ ...decisive, wordingPrior: -10 }, capped)).toBeCloseTo(0, 9);
  });

  it('is what answers use: the cap chosen on the tuning halves; without the model, no gap is read', () => {
    expect(settings.judge.dense.reach).toEqual(PRIOR_REACH);
    expect(settings.judge.lexical.reach).toEqual({ ...PRIOR_REACH, gap: undefined });
    expect(PRIOR_REACH.cap).toBeLessThan(Infinity);
    expect(PRIOR_REACH.gap).toBeGreaterThanOrEqual(PRIOR_REACH.cap);
  });
});

describe('the reason of a related answer', () => {
  const zero = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as JudgeFeatures;
  const model: JudgeModel = { features: ['allCovered'], mean: [0], scale: [1], weights: [1], bias: -5, answerAbove: 0.5, related: { feature: 'allCovered', above: 0.3 } };
  const q = understand('吉安啥时候通高铁去长沙啊？', ports.vocabulary);
  it('does not say the topic is absent above the passages it shows on it', () => {
    expect(verdictOf(q, { ...zero, allCovered: 0.5, mainAbsent: 1 }, model)).toMatchObject({ outcome: 'related', reason: 'low_evidence' });
    expect(verdictOf(q, { ...zero, allCovered: 0.1, mainAbsent: 1 }, model)).toMatchObject({ outcome: 'not_covered', reason: 'topic_absent' });
  });

  it('is related only when every bar of the related rule is met, when one is given', () => {
    const ruled = { ...model, relatedRule: RELATED_WITH_MODEL };
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.5 }, ruled).outcome).toBe('related');
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.1 }, ruled).outcome).toBe('not_covered');
    expect(modelOutcome({ ...zero, allCovered: 0.1, sentenceSimilarity: 0.5 }, ruled).outcome).toBe('not_covered');
    // One person's errand, or what is going on now, is not covered even where the plan names its topic.
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.5, asksProcedure: 1 }, ruled).outcome).toBe('not_covered');
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.5, asksNow: 1 }, ruled).outcome).toBe('not_covered');
    // An English question's closest sentence is further in the Chinese model: its bar is lower.
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.22 }, ruled).outcome).toBe('not_covered');
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.22, english: 1 }, ruled).outcome).toBe('related');
    // The fitted bar alone: the words covered decide.
    expect(modelOutcome({ ...zero, allCovered: 1, sentenceSimilarity: 0.1 }, model).outcome).toBe('related');
    expect(settings.judge.dense.relatedRule).toEqual(RELATED_WITH_MODEL);
    // Without the model there is no sentence similarity: the fitted bar stays.
    expect(settings.judge.lexical.relatedRule).toBeUndefined();
  });
});
