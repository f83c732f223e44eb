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

  it('reads questions as people here ask them, and bare topics, as questions', () => {
    for (const q of ['赣江里头以后还能打鱼不', '长护险吉安搞不搞', '厂里想跟职校搞校中厂厂中校 规划支不支持', '十三五森林覆盖率定的68%，最后达到了没',
      '充电桩到2025年要搞几多座', '吉安有冇打算修地铁', '家里承包的田到期了咋整', '吉安房价以后会大涨还是大跌', '生物医药大健康那块，五年后产值要冲到几千亿',
      '空气好的天数占比目标', '农村自来水普及率到2025年', '大气治理里的四尘三烟三气分别是', 'rural tap water coverage target ji\'an 2025',
      'export target for ji\'an 2025? in RMB', '吉安要建动物园不 带伢崽去玩', '社会民生类重大项目投资规模']) expect([q, formOf(q)]).toEqual([q, 'question']);
    for (const c of ['吉安要提高农村自来水普及率', '吉安十四五要培育10家以上独角兽企业？！😮', "Ji'an's central urban area aims for a population of about 1.1 million by 2025.",
      "Ji'an hosted a Jinggangshan sub-venue of CCTV's 2018 Spring Festival Gala, the plan recalls.", '吉安农村自来水普及率到2025年达到90%']) expect([c, formOf(c)]).toEqual([c, 'claim']);
  });

  // The project's own question sets (test/fixtures: everyday-own*, written-questions, figures-own): measured
  // 26 of 4385 read as claims after understanding (most "听说…真的假的", which ask for a check), 378 before.
  it('reads hardly any of the own question sets as claims', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => /everyday-own|written-questions|figures-own/.test(f));
    const questions = files.flatMap((f) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { question?: unknown }).question).filter((q): q is string => typeof q === 'string'));
    expect(questions.length).toBeGreaterThan(4000);
    expect(questions.filter((q) => formOf(q) === 'claim').length / questions.length).toBeLessThanOrEqual(0.02);
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
