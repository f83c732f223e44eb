// Canonical questions about Ji'an's GDP (its 2025 total, 3130亿元, and its growth, 7.6 % a year), put
// the many ways residents and reporters put them, in Chinese and English: the plan answers every one,
// so they must be answered, and clearly, not just over the judge's threshold (issue 21: "吉安经济一年要
// 涨多少？" once scraped through at 0.448 against 0.446). Answered with the real model and index
// (test/real-engineNow().ts). The model's floats differ a little between CPUs, so no single score is
// asserted: the share answered with a margin over the threshold is, over the set (with the cap alone, 18 of
// the 20 cleared it, "吉安经济一年要涨多少？" at 0.448; with decisive evidence kept from the priors, 20).
import { describe, expect, it } from 'vitest';
import { useRealEngine } from './real-engine.js';
import { settings } from './helpers.js';

const engineNow = useRealEngine();

export const CANONICAL_GDP = [
  '吉安经济一年要涨多少？',
  '吉安GDP目标是多少？',
  '吉安gdp2025多少',
  '吉安地区生产总值2025年目标是多少',
  '十四五期间吉安GDP年均增长多少',
  '吉安经济增速目标是多少',
  '到2025年吉安地区生产总值要达到多少亿元',
  '吉安经济每年增长多少',
  '吉安GDP每年增长百分之几',
  '规划里吉安经济总量目标多少',
  '吉安经济规模到2025年多大',
  '吉安市生产总值年均增速预期',
  '吉安人均GDP2025年目标多少',
  '吉安经济一年打算涨几个点？',
  '吉安的经济总量2025年能到多少',
  "What is Ji'an's GDP target for 2025?",
  "How fast will Ji'an's economy grow each year?",
  "What is the annual GDP growth target for Ji'an?",
  "How big will Ji'an's GDP be by 2025?",
  "Ji'an GDP growth rate target",
];

/** How far over the threshold a clear answer's confidence is. */
const CLEAR_BY = 0.15;

describe('canonical GDP questions', () => {
  it(`answers at least 19 of ${CANONICAL_GDP.length} with confidence ${CLEAR_BY} over the threshold, and every one`, async () => {
    const above = settings.judge.dense.answerAbove;
    const got = [];
    for (const q of CANONICAL_GDP) {
      const a = await engineNow().ask(q);
      got.push({ q, outcome: a.outcome, confidence: a.confidence, quoted: a.answers.slice(0, 3).some((x) => /3130|7\.6|10000美元/.test(x.text)) });
    }
    const list = got.map((g) => `${g.outcome} ${g.confidence} ${g.quoted ? '' : '(no GDP quote) '}${g.q}`).join('\n');
    expect(got.filter((g) => g.outcome === 'answered' && g.quoted).length, list).toBe(CANONICAL_GDP.length);
    expect(got.filter((g) => g.confidence >= above + CLEAR_BY).length, list).toBeGreaterThanOrEqual(19);
  }, 120_000);
});
