// The claim set written blind (test/fixtures/claims-own-3.jsonl, written on branch `write3` without seeing the
// check, measured once whole after round 2's last tuning change: 67.3 % accuracy, 7.3 % called
// supported, evidence@3 72.8 %, lexical). Since round 3 its tuning half (by id) is tuned on and its
// held-out half only measured; these tests keep the whole file's figures. Measured with lexical
// retrieval (as here) after round 3's positive checks (governing verb, whose thing, level and grade of
// the stating clause, base figures, ranking words, hedges, scopes): accuracy 73.3 % (tuning half 83.1,
// held-out 63.4), called supported 1.8 %, evidence@3 72.8 %. Floors: those less a margin (accuracy 5.3
// points, evidence 0.8), the costly error at most the 3 %.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../src/check/check.js';
import { readClaims, scoreCheck, summariseClaims, type ClaimMetrics, type ClaimRow } from '../src/eval/claims.js';
import { lexicalAnswerPorts, settings } from './helpers.js';

const ports = lexicalAnswerPorts();
const measured = new Map<string, Promise<ClaimMetrics>>();
/** A fixture claim file checked whole, once per run. */
const checkedWhole = (file: string): Promise<ClaimMetrics> => {
  if (!measured.has(file)) measured.set(file, (async () => {
    const rows: ClaimRow[] = [];
    for (const c of readClaims(new URL(`./fixtures/${file}`, import.meta.url).pathname)) rows.push(scoreCheck(c, await checkClaim(c.claim, ports, settings.retrieve)));
    return summariseClaims(rows);
  })());
  return measured.get(file)!;
};
const blind = () => checkedWhole('claims-own-3.jsonl');

describe('the blind claim set, whole', () => {
  it('finds the evidence in the top 3 (72.8 % less 0.8)', async () => {
    const m = await blind();
    expect(m.claims).toBeGreaterThan(150);
    expect(m.evidenceAt3).toBeGreaterThanOrEqual(72);
  }, 120_000);

  it('checks at least 68 % of verdicts right (73.3 % less 5.3; before round 3, 67.3 %)', async () => {
    expect((await blind()).accuracy).toBeGreaterThanOrEqual(68);
  }, 120_000);

  it('calls at most 3 % of contradicted or not-in-plan claims supported (1.8 %; before round 3, 7.3 %)', async () => {
    expect((await blind()).calledSupported).toBeLessThanOrEqual(3);
  }, 120_000);
});

// The fourth claim set (test/fixtures/claims-own-4.jsonl, 180 claims written blind in round 3 from the plan
// alone; all held out), measured once after round 3's last tuning change. With the model (npm run eval --
// test/fixtures/claims-own-4.jsonl): accuracy 82.8 %, called supported 0.8 % (1 of 120), evidence@3
// 93.3 %, both figures 24 of 28. With lexical retrieval, as here: accuracy 76.1 %, called supported
// 0.8 %, evidence@3 81.5 %. Floors: those less 5 points (accuracy, evidence); the costly error at most 3 %.
// Since round 4 the file is split by sha256(id) (its tuning half tunes); this test keeps the whole file.

describe('the fourth blind claim set (claims-own-4, measured once)', () => {
  it('keeps its accuracy and evidence with a margin, and the costly error within the issue\'s 3 %', async () => {
    const m = await checkedWhole('claims-own-4.jsonl');
    expect(m.claims).toBeGreaterThanOrEqual(170);
    expect(m.accuracy).toBeGreaterThanOrEqual(71);
    expect(m.evidenceAt3).toBeGreaterThanOrEqual(76.5);
    expect(m.calledSupported).toBeLessThanOrEqual(3);
  }, 120_000);
});

// The fifth, sixth and seventh claim sets (claims-own-5, written blind at the start of round 4; claims-own-6,
// at its end; claims-own-7, after round 5), each measured once whole after the last tuning change of its round.
// With the model (npm run eval -- FILE): claims-own-5 83.3 % accuracy, 2.5 % called supported, evidence@3 90.4 %
// (round 4; split by sha256(id) since round 5); claims-own-6 87.2 %, 2.5 %, 88.1 % (round 5; split since);
// claims-own-7 85.0 %, 1.7 %, 94.1 % (round 6; split since). With lexical retrieval, as here, on the merged
// round-5 code: claims-own-5 76.1 %, 1.7 %, 80.7 %; claims-own-6 77.8 %, 1.7 %, 81.5 %; on round 6's:
// claims-own-5 77.8 %, 0.8 %, 81.5 %; claims-own-6 82.2 %, 0 %, 82.2 %; claims-own-7 75.0 %, 1.7 %, 77.8 %.
// Floors: the first measurement less 5 points (accuracy, evidence); the costly error at most 3 %.
describe('the fifth, sixth and seventh blind claim sets (claims-own-5, -6, -7, whole)', () => {
  it.each([
    ['claims-own-5.jsonl', 71, 75.5],
    ['claims-own-6.jsonl', 72.5, 76.5],
    ['claims-own-7.jsonl', 70, 72.5],
  ])('%s keeps its accuracy and evidence with a margin, and the costly error within the issue\'s 3 %%', async (file, accuracy, evidence) => {
    const m = await checkedWhole(file);
    expect(m.claims).toBeGreaterThanOrEqual(170);
    expect(m.accuracy).toBeGreaterThanOrEqual(accuracy);
    expect(m.evidenceAt3).toBeGreaterThanOrEqual(evidence);
    expect(m.calledSupported).toBeLessThanOrEqual(3);
  }, 120_000);
});
