import { describe, expect, it } from 'vitest';
import { MAX_STRUCTURE_ITEMS, opening, structureAnswer } from '../src/answer/structure.js';
import { renderAnswerText } from '../src/answer/render-text.js';
import { findSections, resolveStructure, sectionLabel, sectionTexts } from '../src/plan/browse.js';
import { pageCount, renderAnswer } from '../src/discord/render-answer.js';
import { LIMITS } from '../src/discord/render.js';
import { numeral, structureAsk } from '../src/understand/structure.js';
import { chunks, plan } from './helpers.js';

const boxTitle = (n: number) => plan.sections.find((p) => p.at(-1)?.level === 'box' && p.at(-1)?.number === n)!.at(-1)!.label;
const answer = (q: string) => structureAnswer(q, plan, chunks);

describe('structureAsk: a block asked for by name or number', () => {
  it.each([
    ['专栏19是什么内容？', { kind: 'box', number: 19 }],
    ['专栏5', { kind: 'box', number: 5 }],
    ['@everyone 专栏二十三讲了什么', { kind: 'box', number: 23 }],
    ['请给我看看专栏 7 的全文', { kind: 'box', number: 7 }],
    ['第三篇', { kind: 'numbers', numbers: [3] }],
    ['第十篇第一章是什么内容', { kind: 'numbers', numbers: [10, 1] }],
    ['第三篇第二章第一节讲了什么？', { kind: 'numbers', numbers: [3, 2, 1] }],
    ['3.2.1', { kind: 'numbers', numbers: [3, 2, 1], dotted: true }],
    ['3.2.1是什么内容', { kind: 'numbers', numbers: [3, 2, 1], dotted: true }],
    ['十四五规划主要指标有哪些', { kind: 'table', period: '十四五' }],
    ['主要指标表', { kind: 'table', period: '十四五' }],
    ['“十三五”规划主要指标完成情况表', { kind: 'table', period: '十三五' }],
    ['what is in box 7?', { kind: 'box', number: 7 }],
    ['show me part 3 chapter 2', { kind: 'numbers', numbers: [3, 2] }],
  ])('%s', (q, ref) => {
    expect(structureAsk(q)).toEqual({ ref, rest: '' });
  });

  it.each(['吉安GDP目标是多少？', 'GDP增长3.2%', '到2025年增长7.6%左右', '那2025年呢？', '第二章讲什么', '专栏', '中心城区人口规模'])('%s is no block reference', (q) => {
    expect(structureAsk(q)).toBeNull();
  });

  it('keeps what else the message says, for the answer to check against the title', () => {
    expect(structureAsk('专栏5里开发区的目标是多少')?.rest).toBe('开发区目标多少');
    expect(structureAsk('专栏19就业促进重大行动计划有哪些')?.rest).toBe('就业促进重大行动计划');
  });

  it('reads Chinese numerals', () => {
    expect(['一', '十', '十九', '二十三', '二十', '19'].map(numeral)).toEqual([1, 10, 19, 23, 20, 19]);
    expect(['十十', '百', ''].map(numeral)).toEqual([null, null, null]);
  });
});

describe('structureAnswer: answered with that block', () => {
  it('专栏N gives box N for every box of the plan, by figures or Chinese numerals (专栏5 and 专栏23 were the wrong box)', () => {
    const boxes = plan.sections.filter((p) => p.at(-1)?.level === 'box');
    expect(boxes).toHaveLength(28);
    for (const path of boxes) {
      const n = path.at(-1)!.number;
      for (const q of [`专栏${n}是什么内容？`, `专栏${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? n}`]) {
        const a = answer(q)!;
        expect(a.outcome, q).toBe('answered');
        expect(a.answers[0]!.citation.path.at(-1), q).toBe(boxTitle(n));
        expect(a.answers.every((x) => x.citation.path.includes(boxTitle(n)) && plan.text.includes(x.text)), q).toBe(true);
      }
    }
  });

  it('its text verbatim in reading order, at most ten blocks, long ones cut at a sentence end; the count said', () => {
    const a = answer('专栏5')!;
    const path = resolveStructure(plan, { kind: 'box', number: 5 })!;
    const texts = sectionTexts(plan, path);
    expect(a.answers).toHaveLength(MAX_STRUCTURE_ITEMS);
    a.answers.forEach((x, i) => expect(texts[i]!.startsWith(x.text)).toBe(true));
    expect(a.notices[0]).toBe(`${sectionLabel(path)}：共${texts.length}段，这里列出前10段。`);
    expect(a.answers.every((x) => x.chunkId)).toBe(true);
    const long = '甲'.repeat(300) + '。' + '乙'.repeat(300) + '。';
    expect(opening(long)).toBe('甲'.repeat(300) + '。');
  });

  it('a 篇 or 章 names what it holds; 3.2.1 and 第三篇第二章第一节 are the same section', () => {
    const part = answer('第十篇第一章是什么内容')!;
    expect(part.answers[0]!.citation.path.slice(0, 2)).toEqual(['第十篇 持续增进人民生活福祉', '第一章 提高就业质量和收入水平']);
    expect(part.notices[1]).toMatch(/包括：第一节 强化就业优先政策；第二节 完善就业创业服务体系；第三节 优化收入分配结构/);
    expect(answer('3.2.1')!.answers).toEqual(answer('第三篇第二章第一节讲了什么？')!.answers);
  });

  it('the indicator tables by name: their rows with every column', () => {
    const now = answer('十四五规划主要指标有哪些')!;
    expect(now.answers[0]!.citation.path.at(-1)).toBe('市“十四五”规划《纲要》主要指标表');
    expect(now.answers[0]!.columns?.find((c) => /2025/.test(c.label))?.value).toBe('3130');
    expect(answer('十三五规划主要指标完成情况表')!.answers[0]!.citation.path.at(-1)).toBe('市“十三五”规划主要指标完成情况表');
  });

  it('a number the plan has not: says so, with the numbers it has', () => {
    const a = answer('专栏40是什么内容')!;
    expect(a.outcome).toBe('not_covered');
    expect(a.notices).toEqual(['规划的专栏为专栏1—专栏28，没有专栏40。']);
    expect(answer('第十五篇')!.notices[0]).toMatch(/共12篇/);
    expect(answer('58.25')).toBeNull(); // a figure, not a section: left to search
  });

  it('a question within a block, or none at all, is left to search', () => {
    expect(answer('专栏5里开发区的目标是多少')).toBeNull();
    expect(answer('吉安GDP目标是多少？')).toBeNull();
    expect(answer('专栏19就业促进重大行动计划有哪些')?.outcome).toBe('answered');
  });

  it('every box and 篇 fits Discord: one message a page, within the limits', () => {
    const asks = [...Array.from({ length: 28 }, (_, i) => `专栏${i + 1}`), ...Array.from({ length: 12 }, (_, i) => `第${i + 1}篇`), '主要指标表'];
    for (const q of asks) {
      const a = answer(q)!;
      for (let page = 0; page < pageCount(a); page++) {
        const payloads = renderAnswer(a, { page, footnotes: () => [] });
        expect(payloads, q).toHaveLength(1);
        const embeds = payloads[0]!.embeds;
        expect(embeds.every((e) => e.description.length <= LIMITS.embedDescription), q).toBe(true);
        expect(embeds.reduce((n, e) => n + e.description.length + (e.title?.length ?? 0) + (e.footer?.text.length ?? 0), 0), q).toBeLessThanOrEqual(LIMITS.embedsTotal);
      }
      expect(renderAnswerText(a)).toContain(a.answers[0]!.citation.label);
    }
  });
});

describe('/section by number in words', () => {
  it('专栏十九, 第三篇第二章 and part 3 find their sections', () => {
    expect(findSections(plan, '专栏十九').map(sectionLabel)).toEqual([expect.stringMatching(/专栏19 就业促进重大行动计划$/)]);
    expect(findSections(plan, '第三篇第二章').map(sectionLabel)).toEqual(['第三篇 构建提升现代产业体系 › 第二章 形成主导产业特色优势']);
    expect(findSections(plan, 'part 3').map(sectionLabel)).toEqual(['第三篇 构建提升现代产业体系']);
    expect(findSections(plan, '专栏5')[0]!.at(-1)!.label).toBe(boxTitle(5));
  });
});
