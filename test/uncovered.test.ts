// Refusing questions about topics the plan never speaks of: absent-term detection, the ablation
// judgement with a fake embedding probe, English words the dictionary knows but the plan lacks, and
// the refusal reaching the answer.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import {
  absentTerms, findUncoveredTopic, isUncoveredTopic, MAX_SCREENED_TERMS, meanEvidence, QUESTION_VIEWS, termEvidence, UNCOVERED_THRESHOLDS,
  type DenseProbe, type ProbeReading,
} from '../src/answer/uncovered.js';
import { buildLexicon, translateQuery, unspokenEnglishWords } from '../src/understand/english.js';
import { lexicalAnswerPorts, plan, squash } from './helpers.js';

const compact = squash(plan.text);
const inPlan = (t: string) => compact.includes(t);

/** A unit vector at angle θ from the x axis: cos between two of them is cos(θ1 − θ2). */
const unit = (theta: number) => Float32Array.from([Math.cos(theta), Math.sin(theta)]);

/**
 * A fake probe: texts containing `term` sit at angle θ (importance 1 − cos θ from the text without
 * it) and read `withTerm`; the others read `withoutTerm`. Records what it was asked to embed.
 */
function fakeProbe(term: string, theta: number, withTerm: Omit<ProbeReading, 'vector'>, withoutTerm: Omit<ProbeReading, 'vector'>) {
  const asked: string[] = [];
  const probe: DenseProbe = async (t) => {
    asked.push(t);
    return t.includes(term) ? { vector: unit(theta), ...withTerm } : { vector: unit(0), ...withoutTerm };
  };
  return { probe, asked };
}

describe('absent terms', () => {
  it('finds the words of a question the plan never uses, with the question minus each', () => {
    expect(absentTerms('吉安市“十四五”期间规划建设几条地铁线路？', inPlan)).toEqual([
      { term: '地铁', without: '吉安市“十四五”期间规划建设几条线路？' },
    ]);
    expect(absentTerms('吉安市城区养犬登记和管理有什么新规定？', inPlan).map((t) => t.term)).toEqual(['犬']);
  });

  it('skips question words, pronouns and words the plan uses', () => {
    expect(absentTerms('那些企业到底有没有研发经费支出？', inPlan)).toEqual([]);
  });

  it('skips a segmentation artefact whose edge pair is a plan word (多少家|境内外)', () => {
    expect(absentTerms('2025年吉安计划新增多少家境内外上市企业？', inPlan).map((t) => t.term)).not.toContain('家境');
  });
});

describe('judging an absent term', () => {
  const passages = [7];

  it('flags a word that carries the question but brings no passage closer', async () => {
    const { probe } = fakeProbe('地铁', 0.35, { nearest: 0.6, toPassages: [0.5] }, { nearest: 0.62, toPassages: [0.51] });
    const terms = absentTerms('吉安市规划建设几条地铁线路？', inPlan);
    expect(await findUncoveredTopic('吉安市规划建设几条地铁线路？', terms, passages, probe)).toBe('地铁');
  });

  it('keeps a reworded word that brings the answering passage closer', async () => {
    const { probe } = fakeProbe('走路', 0.4, { nearest: 0.6, toPassages: [0.58] }, { nearest: 0.62, toPassages: [0.5] });
    const q = '走路一刻钟就能满足日常采购的配套吗？';
    expect(await findUncoveredTopic(q, absentTerms(q, inPlan), passages, probe)).toBeNull();
  });

  it('screens out a word that barely matters after one reading, without embedding the other views', async () => {
    const { probe, asked } = fakeProbe('地铁', 0.1, { nearest: 0.6, toPassages: [0.5] }, { nearest: 0.62, toPassages: [0.51] });
    const q = '吉安市规划建设几条地铁线路？';
    expect(await findUncoveredTopic(q, absentTerms(q, inPlan), passages, probe)).toBeNull();
    expect(asked).toEqual([q, '吉安市规划建设几条线路？']);
  });

  it('averages the evidence over every view of the question', async () => {
    const { probe, asked } = fakeProbe('地铁', 0.35, { nearest: 0.6, toPassages: [0.5] }, { nearest: 0.62, toPassages: [0.51] });
    const q = '吉安市“十四五”规划建设几条地铁线路?'; // as cleanQuestion leaves it (NFKC: ？ → ?)
    await findUncoveredTopic(q, absentTerms(q, inPlan), passages, probe);
    for (const view of QUESTION_VIEWS) expect(asked).toContain(view(q));
    expect(new Set(asked).size).toBe(2 * QUESTION_VIEWS.length);
  });

  it('reads at most MAX_SCREENED_TERMS terms, the longest first, however long the question', async () => {
    const { probe, asked } = fakeProbe('无关', 0.1, { nearest: 0.6, toPassages: [0.5] }, { nearest: 0.6, toPassages: [0.5] });
    const terms = Array.from({ length: 20 }, (_, i) => ({ term: '词'.repeat(1 + (i % 4)), without: `问题${i}` }));
    expect(await findUncoveredTopic('问题', terms, passages, probe)).toBeNull();
    expect(asked.length).toBe(1 + MAX_SCREENED_TERMS);
    expect(asked.slice(1).every((t) => ['问题3', '问题7', '问题11', '问题15', '问题19', '问题2'].includes(t))).toBe(true);
  });

  it('computes importance and gains from two readings', () => {
    const full = { vector: unit(0.3), nearest: 0.6, toPassages: [0.5, 0.4] };
    const without = { vector: unit(0), nearest: 0.63, toPassages: [0.52, 0.38] };
    const e = termEvidence(full, without);
    expect(e.importance).toBeCloseTo(1 - Math.cos(0.3), 6);
    expect(e.gainNearest).toBeCloseTo(-0.03, 6);
    expect(e.gainAnswers).toBeCloseTo(0.02, 6);
    expect(meanEvidence([e, { importance: 0, gainNearest: 0, gainAnswers: 0 }]).gainNearest).toBeCloseTo(-0.015, 6);
    expect(isUncoveredTopic({ importance: 0.06, gainNearest: -0.02, gainAnswers: 0 })).toBe(true);
    expect(isUncoveredTopic({ importance: UNCOVERED_THRESHOLDS.minImportance / 2, gainNearest: -0.02, gainAnswers: 0 })).toBe(false);
    expect(isUncoveredTopic({ importance: 0.06, gainNearest: -0.02, gainAnswers: 0.05 })).toBe(false);
  });
});

describe('English words the plan never speaks of', () => {
  const lexicon = buildLexicon([
    { simplified: '奥运会', english: 'Olympic Games' },
    { simplified: '森林覆盖率', english: 'forest coverage rate' },
  ], plan.text);

  it('are words the dictionary knows whose translations are all absent', () => {
    expect(lexicon.olymp).toEqual([]);
    expect(unspokenEnglishWords('Will Ji\'an host the Olympic Games?', lexicon)).toEqual(['olympic', 'games']);
    expect(unspokenEnglishWords('What is the forest coverage rate target?', lexicon)).toEqual([]);
  });

  it('do not look keys up on Object.prototype', () => {
    expect(unspokenEnglishWords('constructor toString', lexicon)).toEqual([]);
    expect(translateQuery('constructor toString', lexicon)).toEqual([]);
  });
});

describe('refusal in the answer', () => {
  it('refuses, names the missing topic and suggests sections', async () => {
    const { probe } = fakeProbe('地铁', 0.35, { nearest: 0.6, toPassages: [0.5, 0.5, 0.5] }, { nearest: 0.62, toPassages: [0.51, 0.51, 0.51] });
    const a = await answerQuestion('吉安市“十四五”期间规划建设几条地铁线路？', lexicalAnswerPorts({ probe }));
    expect(a.refused).toBe(true);
    expect(a.answers).toEqual([]);
    expect(a.notices.join()).toContain('地铁');
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('answers when the probe finds the word addressed', async () => {
    const { probe } = fakeProbe('研发', 0.35, { nearest: 0.7, toPassages: [0.7, 0.6, 0.6] }, { nearest: 0.6, toPassages: [0.5, 0.5, 0.5] });
    const a = await answerQuestion('2025年研发经费支出要达到多少？', lexicalAnswerPorts({ probe }));
    expect(a.refused).toBe(false);
  });
});
