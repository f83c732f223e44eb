// formOf: questions stay questions, claims (statements, headlines, 听说…是真的吗, Is it true that…) are claims.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formOf } from '../src/understand/form.js';
import { halfOf } from '../src/eval/split.js';

const tuning = (file: string): Record<string, string>[] => readFileSync(new URL(file, import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>).filter((r) => halfOf(r.id!) === 'tuning');

describe('formOf', () => {
  it('reads the brief\'s examples', () => {
    expect(formOf('到2025年，吉安电子信息产业营收突破4000亿元')).toBe('claim');
    expect(formOf('吉安将有4条高铁')).toBe('claim');
    expect(formOf('听说吉安县要撤县设区了？')).toBe('claim');
    expect(formOf("Ji'an aims to double R&D spending")).toBe('claim');
    expect(formOf('Is it true that Ji\'an will build a metro?')).toBe('claim');
    expect(formOf('网上说吉安要建地铁，是真的吗？')).toBe('claim');
    expect(formOf('吉安GDP目标是多少？')).toBe('question');
    expect(formOf('吉安GDP目标')).toBe('question');
    expect(formOf('吉安要建地铁吗？')).toBe('question');
    expect(formOf('What is the GDP target for 2025?')).toBe('question');
    expect(formOf('请问吉安的高铁规划')).toBe('question');
  });

  it('keeps a question that asks besides what it passes on', () => {
    expect(formOf('听说吉安的垃圾以后不埋了，都拿去烧？一天能烧多少？')).toBe('question');
    expect(formOf('吉安高新区呢，就是要打造那个“中部声谷”，到2025年进千亿园区')).toBe('claim');
  });

  // Tuning halves (split.ts by id): measured 91/91 questions and 172/173 claims.
  it('keeps the question sets questions and reads the claim sets as claims', () => {
    const questions = [...tuning('../../shared/eval/everyday.jsonl'), ...tuning('../../shared/eval/dev.jsonl')];
    const claims = [...tuning('../../shared/eval/claims.jsonl'), ...tuning('./fixtures/claims-own-1.jsonl')];
    const rate = (xs: string[], form: string) => xs.filter((x) => formOf(x) === form).length / xs.length;
    expect(questions.length).toBeGreaterThan(80);
    expect(rate(questions.map((q) => q.question!), 'question')).toBeGreaterThanOrEqual(0.98);
    expect(rate(claims.map((c) => c.claim!), 'claim')).toBeGreaterThanOrEqual(0.95);
  });
});
