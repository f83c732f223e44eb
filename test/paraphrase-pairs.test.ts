// Paraphrase pairs (test/fixtures/paraphrase-pairs.jsonl, written blind from the plan): the same
// question in other words — synonyms, 吉安 / 咱们市, 请问, a mention or a link, traditional script,
// another order, English — must get the same outcome. Answered with the real model and the built index
// (test/real-engineNow().ts); the same-outcome rate is asserted over the set, the differing pairs listed in
// the message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDiffering, holdsPairs, pairAgreement, parsePairs, type PairOutcome } from '../src/eval/pairs.js';
import { useRealEngine } from './real-engine.js';

const FILE = new URL('./fixtures/paraphrase-pairs.jsonl', import.meta.url);
const engineNow = useRealEngine();

describe('paraphrase pairs', () => {
  const text = readFileSync(FILE, 'utf8');

  it('reads the pairs file, and tells it from a question file', () => {
    const pairs = parsePairs(text);
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(holdsPairs(text)).toBe(true);
    expect(holdsPairs('{"id":"q1","question":"GDP?","evidence":[]}\n')).toBe(false);
    expect(() => parsePairs('{"id":"x","a":"GDP?"}\n')).toThrow(/"a" and "b"/);
  });

  it('scores the share of pairs with the same outcome, listing the others', () => {
    const pair = (id: string) => ({ id, a: 'a', b: 'b' });
    const s = pairAgreement([
      { pair: pair('1'), a: 'answered', b: 'answered' },
      { pair: { ...pair('2'), change: 'noise' }, a: 'answered', b: 'related' },
      { pair: pair('3'), a: 'not_covered', b: 'not_covered' },
      { pair: pair('4'), a: 'related', b: 'related' },
    ]);
    expect([s.pairs, s.same, s.rate]).toEqual([4, 3, 0.75]);
    expect(s.differing.map((d) => d.pair.id)).toEqual(['2']);
    expect(s.byChange.noise).toEqual({ pairs: 1, same: 0 });
  });

  // A courtesy says how politely something is asked, not what: the outcome and the figure line of a
  // question are those of the bare question (the figure line's reading of what is asked had read the
  // courtesy too: "Please, what was …?" answered with no line where the bare question was related).
  it.each([
    ["Please, what was Ji'an's forest coverage in 2030?", "What was Ji'an's forest coverage in 2030?"],
    ["Hi, what was the urbanization rate of Ji'an in 2023? Thanks", "What was the urbanization rate of Ji'an in 2023?"],
    ["Please, what was Ji'an's GDP in 2020?", "What was Ji'an's GDP in 2020?"],
  ])('%j gets the outcome and the figure line of %j', async (polite, bare) => {
    const [a, b] = [await engineNow().ask(polite), await engineNow().ask(bare)];
    expect([a.outcome, a.direct ?? a.reason?.message]).toEqual([b.outcome, b.direct ?? b.reason?.message]);
  }, 60_000);

  // The model's floats differ a little between CPUs, so no single pair is asserted: the rate over each
  // set is. Issue 21 asks for 97 %; until the judge gets there each set keeps what it has, with a margin
  // of five pairs (raise it as pairs are won). npx tsx scripts/measure-pairs.ts FILE gives each half and
  // lists the tuning half's differing pairs.
  // - paraphrase-pairs.jsonl (194): 184 of 194 (94.8 %) at round 5's end; tuning 100 of 101.
  // - paraphrase-pairs-2.jsonl (170, written blind in round 3): 158 of 170 (92.9 %) measured once blind;
  //   split by sha256(id) since round 4; 164 of 170 (96.5 %) at round 5's end.
  // - paraphrase-pairs-3.jsonl (170, written blind at the start of round 4): 153 of 170 (90.0 %) measured
  //   once blind; split by sha256(id) since round 5; 155 of 170 (91.2 %) at round 5's end.
  // - paraphrase-pairs-4.jsonl (170, written blind at the end of round 4): 155 of 170 (91.2 %)
  //   measured once, after round 5's last tuning change; split by sha256(id) since; 159 of 170 (93.5 %)
  //   in round 6 (tuning 87 → 91 of 95: errands read alike in Chinese and English, courtesies out of the
  //   figure line, 电子产品), so its floor rises to 0.9.
  //   Round 6 also names the city one way (吉安市, 本市, 我们市 → 吉安): paraphrase-pairs.jsonl's tuning
  //   half 100 → 99 of 101 (one pair on the related / not covered boundary), 183 of 194 in all.
  // - paraphrase-pairs-5.jsonl (170, written blind after round 5): 153 of 170 (90.0 %) measured once, after
  //   round 6's last tuning change; split by sha256(id) since. Round 7 (tuning 82 → 88 of 89: a place's
  //   bare name that is an ordinary word, 树林; a price asked is money and a price now is today's; 职普比,
  //   "better off", 三次产业比例 in the thesaurus; an English place as the subject) measured it once
  //   after: 160 of 170 (94.1 %; held-out half 71 → 72 of 81), so its floor rises to 0.91. The same round:
  //   paraphrase-pairs-3 155 → 156, -4 159 → 160 of 170, the others unchanged.
  it.each([
    ['paraphrase-pairs.jsonl', 0.915],
    ['paraphrase-pairs-2.jsonl', 0.93],
    ['paraphrase-pairs-3.jsonl', 0.88],
    ['paraphrase-pairs-4.jsonl', 0.9],
    ['paraphrase-pairs-5.jsonl', 0.91],
  ])('%s: at least %s of the pairs keep their outcome (the issue asks 0.97)', async (file, floor) => {
    const results: PairOutcome[] = [];
    for (const pair of parsePairs(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'))) {
      results.push({ pair, a: (await engineNow().ask(pair.a)).outcome, b: (await engineNow().ask(pair.b)).outcome });
    }
    const s = pairAgreement(results);
    expect(s.pairs).toBeGreaterThanOrEqual(160);
    expect(s.rate, `${s.same} of ${s.pairs} keep their outcome; differing:\n${s.differing.map(describeDiffering).join('\n')}`).toBeGreaterThanOrEqual(floor);
  }, 240_000);
});
