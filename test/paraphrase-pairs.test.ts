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

  // The model's floats differ a little between CPUs, so no single pair is asserted: the rate over the
  // set is. Issue 21 asks for 97 %; measured here 183 of 194 (94.3 %; 182 before errands and what is
  // going on now were made not covered, errands read in more words and questions read without their
  // courtesies; npx tsx scripts/measure-pairs.ts gives each half, tuning 98 → 100 of 101, held-out 84 →
  // 83 of 93, and lists the tuning half's differing pairs: one, related against not covered). Until the
  // judge gets there this guards what it has, with a margin of five pairs; raise it as pairs are won.
  it('keeps the outcome for at least 91.5 % of the pairs (the issue asks 97 %)', async () => {
    const results: PairOutcome[] = [];
    for (const pair of parsePairs(text)) results.push({ pair, a: (await engineNow().ask(pair.a)).outcome, b: (await engineNow().ask(pair.b)).outcome });
    const s = pairAgreement(results);
    expect(s.rate, `${s.same} of ${s.pairs} keep their outcome; differing:\n${s.differing.map(describeDiffering).join('\n')}`).toBeGreaterThanOrEqual(0.915);
  }, 240_000);

  // The second pair set (paraphrase-pairs-2.jsonl, 170 pairs written blind in round 3; held out), measured
  // once after round 3's last tuning change: 158 of 170 keep their outcome (92.9 %; crosslingual 32 of
  // 35, synonym 30 of 34, politeness 18 of 21). Since round 4 the file is split by sha256(id) (its tuning
  // half tunes); this keeps the whole file. Now 164 of 170 (96.5 %; tuning 79 → 84 of 86, held-out 79 →
  // 80 of 84) with errands and what is going on now not covered, errands read in more words and 年龄
  // named as a topic asking no age. Floor: 93 % (five pairs of margin); the 97 % is not met.
  it('keeps the outcome for at least 93 % of the second pair set (the issue asks 97 %)', async () => {
    const pairs2 = parsePairs(readFileSync(new URL('./fixtures/paraphrase-pairs-2.jsonl', import.meta.url), 'utf8'));
    const results: PairOutcome[] = [];
    for (const pair of pairs2) results.push({ pair, a: (await engineNow().ask(pair.a)).outcome, b: (await engineNow().ask(pair.b)).outcome });
    const s = pairAgreement(results);
    expect(s.pairs).toBeGreaterThanOrEqual(160);
    expect(s.rate, `${s.same} of ${s.pairs} keep their outcome; differing:\n${s.differing.map(describeDiffering).join('\n')}`).toBeGreaterThanOrEqual(0.93);
  }, 240_000);

  // The third pair set (paraphrase-pairs-3.jsonl, 170 pairs written blind in round 4), measured once
  // after round 4: 153 of 170 (90.0 %). Since round 5 the file is split by sha256(id) (its tuning half
  // tunes); this keeps the whole file. Now 155 of 170 (91.2 %; tuning 81 → 83 of 88) with an English
  // city after "of"/"in" read as the place asked about and an exam's score asked in other words read
  // as an errand. Floor: 88 % (five pairs of margin); the 97 % is not met.
  it('keeps the outcome for at least 88 % of the third pair set (the issue asks 97 %)', async () => {
    const pairs3 = parsePairs(readFileSync(new URL('./fixtures/paraphrase-pairs-3.jsonl', import.meta.url), 'utf8'));
    const results: PairOutcome[] = [];
    for (const pair of pairs3) results.push({ pair, a: (await engineNow().ask(pair.a)).outcome, b: (await engineNow().ask(pair.b)).outcome });
    const s = pairAgreement(results);
    expect(s.pairs).toBeGreaterThanOrEqual(160);
    expect(s.rate, `${s.same} of ${s.pairs} keep their outcome; differing:\n${s.differing.map(describeDiffering).join('\n')}`).toBeGreaterThanOrEqual(0.88);
  }, 240_000);
});
