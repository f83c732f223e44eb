// The direct line: a figure question's answer in one line, composed only from what is quoted.
import { describe, expect, it } from 'vitest';
import { directLine, NO_FIGURE_LINE, rowLine, sentenceLine } from '../src/answer/direct.js';
import { chunks } from './helpers.js';

const row = (name: string) => chunks.find((c) => c.table?.cells[0]?.value.replace(/\s+/g, '').startsWith(name))!.table!.cells;
const concept = (word: string, forms = [word]) => ({ word, weight: 1, forms, inFocus: true, inPlan: true });

describe('rowLine', () => {
  it('leads with the target, each value with its column label and unit, the attribute last', () => {
    expect(rowLine(row('地区生产总值(GDP)'), null)).toBe('地区生产总值(GDP)：2025年目标值3130亿元；2020年基期值2168.83亿元；年均/累计增长7.6%左右（预期性）');
  });
  it('leads with the asked year\'s cell, and skips empty cells', () => {
    expect(rowLine(row('居民人均可支配收入'), 2020).split('；')[0]).toMatch(/^居民人均可支配收入\s*：2020年基期值27311元$/);
    expect(rowLine(row('城镇调查失业率'), null)).not.toContain('—');
  });
  it('reads a “十三五” row as a result: what 2020 reached against the plan, and whether it was done', () => {
    const line = rowLine(row('农村居民人均可支配收入'), null);
    expect(line).toContain('2020年预期值16491元');
    expect(line).toContain('2020年规划目标17450元');
    expect(line.endsWith('基本完成或接近完成')).toBe(true);
  });
});

describe('sentenceLine and directLine', () => {
  const gdp = '——经济综合实力跃上新台阶。经济保持中高速增长。到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右，人均GDP突破10000美元。';
  it('takes the clause with the figure, keeping the sentence\'s time clause', () => {
    expect(sentenceLine(gdp, { kinds: ['percent'] }, [concept('地区生产总值')])?.line).toBe('到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右');
  });
  it('prefers the quote that names what was asked, and a table row on a tie', () => {
    const quotes = [{ text: gdp }, { text: '居民人均可支配收入\t27311\t38065', columns: row('居民人均可支配收入') }];
    expect(directLine({ kinds: ['money'] }, 2025, [concept('收入', ['居民人均可支配收入'])], quotes)).toMatch(/^居民人均可支配收入\s*：2025年目标值38065元/);
  });
  it('says the plan gives no figure when no quote carries one, and nothing when none is asked', () => {
    expect(directLine({ kinds: ['money'] }, null, [], [{ text: '新建、提升改造高标准农田70万亩' }])).toBe(NO_FIGURE_LINE);
    expect(directLine(null, null, [], [{ text: gdp }])).toBeNull();
  });
});
