// The claim check's rules for a rounded floor (58%以上 for 58.25%) and for the words before a figure that
// say when rather than what (src/check/compare.ts).
import { describe, expect, it } from 'vitest';
import { compareParts, type PlanSentence } from '../src/check/compare.js';
import { floorOf, measureStretch } from '../src/check/figures.js';
import { subjectText, subjectWeights } from '../src/check/match.js';
import { amountsIn } from '../src/understand/amounts.js';
import { claimParts } from '../src/understand/claim.js';
import { yearForms } from '../src/plan/facts.js';
import { lexicalAnswerPorts } from './helpers.js';

const ports = lexicalAnswerPorts();
const inPlan = (y: number) => yearForms(y).some(ports.vocabulary.inPlan);
const sentence = (text: string): PlanSentence => ({ text, before: '', context: '', past: false });
const compare = (claim: string, plan: PlanSentence, positive?: { figureMeasure: boolean; commitment: boolean }) => {
  const parts = claimParts(claim);
  return compareParts(parts, plan, plan.text, subjectWeights(subjectText(parts), [], ports.idf), inPlan, positive);
};

describe('floorOf', () => {
  const [claimed] = amountsIn('58%以上');
  it('holds a floor the plan\'s figure is rounded down to', () => {
    expect(floorOf(claimed!, amountsIn('达到 58.25%')[0]!)).toBe(true);
    expect(floorOf(amountsIn('超过1.2万人')[0]!, amountsIn('1.25万人')[0]!)).toBe(true);
  });
  it('does not hold a floor of another size, a ceiling or an exact figure', () => {
    expect(floorOf(amountsIn('突破4000亿元')[0]!, amountsIn('突破5000亿元')[0]!)).toBe(false);
    expect(floorOf(claimed!, amountsIn('59.5%')[0]!)).toBe(false);
    expect(floorOf(claimed!, amountsIn('58.25%以内')[0]!)).toBe(false);
    expect(floorOf(amountsIn('58%')[0]!, amountsIn('58.25%')[0]!)).toBe(false);
  });
  it('lets a rounded floor hold in the comparison', () => {
    const c = compare('吉安要把常住人口城镇化率提到58%以上', sentence('到 2025 年，全市常住人口城镇化率达到 58.25%。'));
    expect(c.differs).toEqual([]);
    expect(c.holds).toContain('figure');
  });
});

describe('measureStretch', () => {
  it('leaves out when a target is for and a bare 过 or 破 before the figure', () => {
    expect(measureStretch('全市开发区营收2025年要破')).toBe('市开发区营收');
    expect(measureStretch('吉安人均GDP到2025年要过')).toBe('安人均GDP');
    expect(measureStretch('全市开发区营业收入“十四五”末要突破')).toBe('发区营业收入');
    expect(measureStretch('绿色食品产业五年后营收目标是')).toBe('食品产业营收');
  });
  it('finds the plan\'s figure of the measure named before such words', () => {
    expect(compare('规划说吉安人均GDP到2025年要过1.2万美元', sentence('到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右，人均GDP突破10000美元。')).differs)
      .toEqual([{ what: 'figure', claim: '1.2万美元', plan: '突破10000美元' }]);
    expect(compare('全市开发区营业收入“十四五”末要突破7000亿元', sentence('全市开发区营业收入突破7000亿元，其中，超1000亿元开发区2家。')).holds).toContain('figure');
  });
});

describe('a change\'s verb before the figure', () => {
  it('finds the measure named before 要再提高 and a bare “十四五”: the figure holds as that measure\'s', () => {
    const plan = sentence('到2025年，全市常住人口城镇化率达到58.25%，吉泰走廊经济总量占全市比重提高3个百分点。');
    const c = compare('吉泰走廊的经济总量占全市比重，“十四五”要再提高3个百分点。', plan, { figureMeasure: true, commitment: true });
    expect(c.holds).toContain('figure');
    expect(c.absent).not.toContain('figure');
    // Another measure's figure before the same verb still differs from the plan's.
    expect(compare('吉泰走廊的经济总量占全市比重，“十四五”要再提高5个百分点。', plan, { figureMeasure: true, commitment: true }).differs)
      .toEqual([{ what: 'figure', claim: '5个百分点', plan: '3个百分点' }]);
  });
});
