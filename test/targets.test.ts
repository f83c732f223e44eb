import { describe, expect, it } from 'vitest';
import { cycleOrder, dayNumber, selectDigest } from '../src/targets/digest.js';
import { extractTargets, figuresIn, measureOf } from '../src/targets/extract.js';
import { renderDigestText } from '../src/targets/render.js';
import { plan, squash } from './helpers.js';

const targets = extractTargets(plan);

describe('extractTargets', () => {
  it('finds well over 100 targets, every quote verbatim', () => {
    expect(targets.length).toBeGreaterThan(150);
    for (const t of targets) expect(plan.text.includes(t.quote), t.quote).toBe(true);
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });

  it('takes both indicator tables row by row', () => {
    expect(targets.filter((t) => t.kind === 'indicator')).toHaveLength(32);
    expect(targets.filter((t) => t.kind === 'completion')).toHaveLength(36);
    const rd = targets.find((t) => t.kind === 'indicator' && t.measure === '研发经费支出(亿元)')!;
    expect(rd).toMatchObject({ year: 2025, binding: '预期性', figures: [{ value: '72', unit: '亿元', qualifier: null }] });
    expect(rd.citation.label).toContain('（第14页起）');
    const grain = targets.find((t) => t.measure === '粮食综合生产能力(亿斤)')!;
    expect(grain.binding).toBe('约束性');
    expect(grain.figures[0]).toMatchObject({ value: '75', qualifier: '左右' });
  });

  it('takes the 到2025年 sentences of the text and the 专栏', () => {
    const by2025 = plan.blocks.filter((b) => b.kind !== 'table_row' && /到\s*2025\s*年[^。；]*\d/.test(b.text)).length;
    const sentences = targets.filter((t) => (t.kind === 'text' || t.kind === 'box') && t.year === 2025);
    expect(sentences.length).toBeGreaterThanOrEqual(by2025 * 0.8);
    expect(targets.some((t) => t.quote.includes('全市电子信息产业主营业务收入突破5000亿元'))).toBe(true);
    expect(targets.some((t) => squash(t.quote).includes('井冈蜜柚种植规模达到60万亩'))).toBe(true);
  });

  it('leaves out the retrospective 发展基础 achievements', () => {
    expect(targets.some((t) => t.kind === 'text' && t.quote.includes('累计实际利用外资 58.26 亿美元'))).toBe(false);
  });

  it('reads figures with unit and qualifier, and what is measured', () => {
    expect(figuresIn('培育独角兽企业3 家以上，高新技术企业突破 1200 家')).toEqual([
      { value: '3', unit: '家', qualifier: '以上' },
      { value: '1200', unit: '家', qualifier: '突破' },
    ]);
    expect(figuresIn('到2025年')).toEqual([]);
    expect(measureOf('到2025年，全市电子信息产业主营业务收入突破5000亿元。')).toBe('全市电子信息产业主营业务收入');
  });
});

describe('daily digest', () => {
  it('counts days from the epoch and rejects bad dates', () => {
    expect(dayNumber('2026-01-01')).toBe(0);
    expect(dayNumber('2026-12-01')).toBe(334);
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('tomorrow')).toThrow(RangeError);
  });

  it('is deterministic for a date', () => {
    expect(selectDigest(targets, '2026-12-01', 4)).toEqual(selectDigest(targets, '2026-12-01', 4));
  });

  it('rotates through every target before repeating', () => {
    const size = 4;
    const days = Math.ceil(targets.length / size);
    const first = selectDigest(targets, '2026-01-01', size);
    const start = Date.parse('2026-01-01T00:00:00Z') - first.day * 86_400_000 + first.cycle * 0;
    const seen: string[] = [];
    for (let d = 0; d < days; d++) {
      const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      seen.push(...selectDigest(targets, date, size).targets.map((t) => t.id));
    }
    expect(seen).toHaveLength(targets.length);
    expect(new Set(seen).size).toBe(targets.length);
  });

  it('mixes themes within a day', () => {
    const order = cycleOrder(targets, 3);
    for (let i = 0; i + 3 < 40; i += 4) expect(new Set(order.slice(i, i + 4).map((t) => t.theme)).size).toBeGreaterThan(1);
  });

  it('renders a digest of quotes with citations', () => {
    const text = renderDigestText(selectDigest(targets, '2026-12-01', 4));
    expect(text).toContain('2026-12-01');
    expect(text.match(/——/g)).toHaveLength(4);
  });
});
