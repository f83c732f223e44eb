// Positive evidence for a supported verdict (src/check/evidence.ts, compare.ts PositiveParts): every
// content word shown by the stating sentences, English only through glossary terms and never through a
// quoted slogan; a claimed figure only as the same measure's; a firm verb only against a firm verb.
import { describe, expect, it } from 'vitest';
import { compareParts, NO_POSITIVE, type PlanSentence } from '../src/check/compare.js';
import { unverifiedWords, type EvidenceRule } from '../src/check/evidence.js';
import { subjectText, subjectWeights } from '../src/check/match.js';
import { DEFAULT_CHECK_SETTINGS } from '../src/check/check.js';
import { claimParts } from '../src/understand/claim.js';
import { yearForms } from '../src/plan/facts.js';
import { understand, type Bridge } from '../src/understand/question.js';
import { lexicalAnswerPorts } from './helpers.js';

const ports = lexicalAnswerPorts();
const rule: EvidenceRule = DEFAULT_CHECK_SETTINGS.evidence!;
const unverified = (claim: string, texts: string[], over: Partial<EvidenceRule> = {}, bridges?: Bridge[]) => {
  const parts = claimParts(claim);
  const asked = understand(parts.subject, ports.vocabulary);
  return unverifiedWords(bridges ? { ...asked, bridges } : asked, parts, texts, { ...rule, ...over });
};
// CC-CEDICT's one sense of "subway" (the test ports carry no dictionary): it lands on a slogan of the plan.
const subway: Bridge[] = [{ said: 'subway', terms: ['捷运'], source: 'dictionary', inFocus: true }];
const sentence = (text: string): PlanSentence => ({ text, before: '', context: '', past: false });
const compare = (claim: string, plan: PlanSentence, positive = rule.parts) => {
  const parts = claimParts(claim);
  return compareParts(parts, plan, plan.text, subjectWeights(subjectText(parts), [], ports.idf), (y) => yearForms(y).some(ports.vocabulary.inPlan), positive);
};

describe('unverifiedWords', () => {
  it('asks every Chinese content word of the subject to be shown, through the thesaurus too', () => {
    const plan = '到2025年，全市电子信息产业主营业务收入突破5000亿元。';
    expect(unverified('到2025年，吉安电子信息产业营收突破5000亿元', [plan])).toEqual([]);
    expect(unverified('到2025年，吉安电子信息产业营收突破5000亿元', ['到2025年，全市生物医药产业主营业务收入突破5000亿元。'])).toContain('电子');
  });

  it('counts an English word only through a glossary term, not a dictionary sense in a quoted slogan', () => {
    const slogan = '实施“优品、兴市、强商、旺客、捷运”行动。';
    expect(unverified("Ji'an will build a subway.", [slogan], { englishDictionary: true }, subway)).toContain('subway');
    expect(unverified("Ji'an will build a subway.", [slogan], { englishDictionary: false }, subway)).toContain('subway');
    // Outside quotes a dictionary sense counts when the rule allows it, and not when it does not.
    expect(unverified("Ji'an will build a subway.", ['发展捷运系统。'], { englishDictionary: true }, subway)).not.toContain('subway');
    expect(unverified("Ji'an will build a subway.", ['发展捷运系统。'], { englishDictionary: false }, subway)).toContain('subway');
  });
});

describe('positive parts', () => {
  it('holds a claimed figure only as the figure of the measure it names', () => {
    const plan = sentence('到2025年，空气质量优良天数比例达到95%以上，农村卫生厕所普及率达到90%。');
    expect(compare('到2025年，吉安森林覆盖率达到95%以上', plan).holds).not.toContain('figure');
    expect(compare('到2025年，吉安森林覆盖率达到95%以上', plan, NO_POSITIVE).holds).toContain('figure');
    expect(compare('到2025年，空气质量优良天数比例达到95%以上', plan).holds).toContain('figure');
  });

  it('holds a firm verb only where the plan commits as firmly', () => {
    const plan = sentence('配合推进赣粤运河工程建设，开展赣江主要支流与赣粤运河连通规划研究工作。');
    expect(compare('吉安将建成赣粤运河吉安段连通工程', plan).absent).toContain('commitment');
    expect(compare('吉安将建成赣粤运河吉安段连通工程', plan, NO_POSITIVE).holds).toContain('commitment');
    expect(compare('吉安将建成井冈山航电枢纽', sentence('建成赣江井冈山航电枢纽、万安枢纽二线船闸工程。')).holds).toContain('commitment');
  });
});
