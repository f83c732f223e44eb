// A pasted paragraph checked sentence by sentence: how it is cut, the verdict of the whole, its Discord
// rendering and its JSON (ask --json's `claim`). Pure: checks are made up.
import { describe, expect, it } from 'vitest';
import { checkAnswerJson } from '../src/answer/json.js';
import type { ClaimCheck } from '../src/check/check.js';
import { checkPasted, claimSentences, MAX_CLAIM_SENTENCES, overallVerdict } from '../src/check/paragraph.js';
import { renderPastedText } from '../src/check/render.js';
import { renderCheck } from '../src/discord/render-check.js';
import { craftAnswer } from './helpers.js';

const quote = craftAnswer().answers[0]!;
const made = (claim: string, over: Partial<ClaimCheck> = {}): ClaimCheck =>
  ({ claim, language: 'zh', verdict: 'supported', differs: [], absent: [], quotes: [{ ...quote, text: `原文：${claim}` }], stated: 1, ...over });

describe('claimSentences', () => {
  it('cuts after Chinese and English sentence ends, not inside figures or abbreviations', () => {
    expect(claimSentences('吉安电子信息产业营收突破4000亿元。吉安到2025年将有4条高铁通车！听说吉安县明年要撤县设区了？')).toEqual([
      '吉安电子信息产业营收突破4000亿元。', '吉安到2025年将有4条高铁通车！', '听说吉安县明年要撤县设区了？']);
    expect(claimSentences("Ji'an's GDP will grow 6.5% a year. No. 1 in Jiangxi, it will also double R&D spending.")).toEqual([
      "Ji'an's GDP will grow 6.5% a year.", 'No. 1 in Jiangxi, it will also double R&D spending.']);
    // A sentence ending in a year ends there (it was read with the next as one claim).
    expect(claimSentences("The city's GDP will exceed 400 billion yuan by 2025. Ji'an will start building the Changsha-Ganzhou high-speed railway.")).toEqual([
      "The city's GDP will exceed 400 billion yuan by 2025.", "Ji'an will start building the Changsha-Ganzhou high-speed railway."]);
  });

  it('keeps a fragment too short to assert anything with its neighbour', () => {
    expect(claimSentences('网上说吉安要建地铁。是真的吗？')).toEqual(['网上说吉安要建地铁。是真的吗？']);
    expect(claimSentences('据报道：吉安将有4条高铁')).toEqual(['据报道：吉安将有4条高铁']);
    expect(claimSentences('吉安将有4条高铁')).toEqual(['吉安将有4条高铁']);
    // A comment on the claim is no claim of its own.
    expect(claimSentences('井冈山机场临空经济区已经获批了！以后机场边上就热闹了✈️')).toEqual(['井冈山机场临空经济区已经获批了！以后机场边上就热闹了✈️']);
    expect(claimSentences('吉安要申办2027年江西省运会？规划里写了的🏃')).toHaveLength(1);
    expect(claimSentences('吉安到2025年GDP要破4000亿。还是5000亿？')).toHaveLength(1);
  });

  it('checks a short Chinese sentence apart when it names a thing with its own figure or commitment, or what a place of the city does', () => {
    expect(claimSentences('吉安电子信息产业营收突破4000亿元。长赣高铁已开工。')).toEqual(['吉安电子信息产业营收突破4000亿元。', '长赣高铁已开工。']);
    expect(claimSentences('吉安电子信息产业营收突破4000亿元。GDP破4000亿。')).toEqual(['吉安电子信息产业营收突破4000亿元。', 'GDP破4000亿。']);
    expect(claimSentences('吉安将有4条高铁。吉安县要撤县设区了。')).toEqual(['吉安将有4条高铁。', '吉安县要撤县设区了。']);
  });
});

describe('overallVerdict', () => {
  it('is supported only when every sentence is, contradicted when any is', () => {
    expect(overallVerdict(['supported', 'supported'])).toBe('supported');
    expect(overallVerdict(['supported', 'contradicted', 'not_in_plan'])).toBe('contradicted');
    expect(overallVerdict(['supported', 'not_in_plan'])).toBe('partly');
    expect(overallVerdict(['not_in_plan', 'not_in_plan'])).toBe('not_in_plan');
  });
});

describe('checkPasted', () => {
  it('checks one claim whole, a paragraph sentence by sentence up to the limit', async () => {
    const asked: string[] = [];
    const fake = async (c: string) => (asked.push(c), made(c, { verdict: c.includes('4000') ? 'contradicted' : 'supported' }));
    expect((await checkPasted('吉安电子信息产业营收突破4000亿元', fake)).checks).toHaveLength(1);
    const many = Array.from({ length: 12 }, (_, i) => `吉安到2025年第${i + 1}条说法所说的都成立。`).join('');
    const p = await checkPasted(many, fake);
    expect([p.checks.length, p.unchecked, p.verdict]).toEqual([MAX_CLAIM_SENTENCES, 2, 'supported']);
    expect(renderPastedText(p)).toContain('（另有 2 句未核对：一次最多核对 10 句）');
  });
});

describe('a check in Discord and in JSON', () => {
  const differs = [{ what: 'figure' as const, claim: '4000亿元', plan: '突破5000亿元' }];
  const paragraph = {
    text: '吉安电子信息产业营收突破4000亿元。吉安所有行政村都要具备千兆光网覆盖能力。', unchecked: 0, verdict: 'contradicted' as const,
    checks: [made('吉安电子信息产业营收突破4000亿元。', { verdict: 'contradicted', differs }), made('吉安所有行政村都要具备千兆光网覆盖能力。')],
  };

  it('a single claim: the verdict line above its quotes; not in the plan: the nearest passages, said not to be evidence', () => {
    const one = renderCheck({ ...paragraph, checks: [paragraph.checks[0]!] }, () => [])[0]!.embeds[0]!.description;
    expect(one.startsWith('**⚠️ 与规划不符：规划写的是「突破5000亿元」，不是「4000亿元」**')).toBe(true);
    expect(one).toContain('> 原文：吉安电子信息产业营收突破4000亿元。');
    expect(one).toContain(`— ${quote.citation.label}`);
    const none = renderCheck({ ...paragraph, verdict: 'not_in_plan', checks: [made('吉安将建地铁', { verdict: 'not_in_plan' })] }, () => [])[0]!.embeds[0]!.description;
    expect(none).toContain('**❓ 规划中没有这一说法**\n\n最接近的规划原文（不是依据）：');
  });

  it('a paragraph: one line a sentence, then each sentence\'s leading quote', () => {
    const shown = renderCheck(paragraph, () => [])[0]!.embeds[0]!.description;
    expect(shown).toContain('**1.** 「吉安电子信息产业营收突破4000亿元。」\n⚠️ 与规划不符：规划写的是「突破5000亿元」，不是「4000亿元」');
    expect(shown).toContain('**2.** 「吉安所有行政村都要具备千兆光网覆盖能力。」\n✅ 规划原文支持');
    expect(shown.indexOf('**[1]**')).toBeLessThan(shown.indexOf('**[2]**'));
  });

  it('ask --json carries the verdict and what differs, and each sentence\'s', () => {
    const one = checkAnswerJson({ ...paragraph, checks: [paragraph.checks[0]!] }, 'c1');
    expect(one).toMatchObject({ id: 'c1', form: 'claim', claim: { verdict: 'contradicted', differs } });
    expect(one.answers[0]).toMatchObject({ text: '原文：吉安电子信息产业营收突破4000亿元。', citation: quote.citation });
    const both = checkAnswerJson(paragraph);
    expect(both.claim.sentences?.map((s) => s.verdict)).toEqual(['contradicted', 'supported']);
    expect(both.claim.differs).toEqual(differs);
  });
});
