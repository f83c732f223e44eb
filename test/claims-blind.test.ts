// The blind claim set (test/fixtures/claims-own-3.jsonl, written on branch `write3` without seeing the
// check, measured once after round 2's last tuning change): all of it is held out. Floors are the tuning
// halves' figures with lexical retrieval (as here) — the lowest of claims.jsonl, claims-own-1 and
// claims-own-2: accuracy 75.9 % (own-2; 86.3 % and 80.6 % the others), 0 % of contradicted or not-in-plan
// claims called supported on all three, evidence in the top 3 78.5 % (own-2) — less a margin, never what
// the blind set gave. Measured on it (lexical, once): 67.3 % accuracy, 7.3 % called supported, evidence@3
// 72.8 %. Accuracy and the costly error are below their floors: known failures (it.fails) until the check
// generalises; the day they pass, vitest reports it and they become plain assertions.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../src/check/check.js';
import { readClaims, scoreCheck, summariseClaims, type ClaimMetrics, type ClaimRow } from '../src/eval/claims.js';
import { lexicalAnswerPorts, settings } from './helpers.js';

const ports = lexicalAnswerPorts();
let measured: Promise<ClaimMetrics> | null = null;
const blind = () => (measured ??= (async () => {
  const rows: ClaimRow[] = [];
  for (const c of readClaims(new URL('./fixtures/claims-own-3.jsonl', import.meta.url).pathname)) rows.push(scoreCheck(c, await checkClaim(c.claim, ports, settings.retrieve)));
  return summariseClaims(rows);
})());

describe('the blind claim set, whole', () => {
  it('finds the evidence in the top 3 (floor: the tuning halves\' lowest, 78.5 %, less 6.5)', async () => {
    const m = await blind();
    expect(m.claims).toBeGreaterThan(150);
    expect(m.evidenceAt3).toBeGreaterThanOrEqual(72);
  }, 120_000);

  it.fails('known failure: verdict accuracy at least 70 % (tuning halves\' lowest 75.9 % less 6; blind 67.3 %)', async () => {
    expect((await blind()).accuracy).toBeGreaterThanOrEqual(70);
  }, 120_000);

  it.fails('known failure: at most 3 % of contradicted or not-in-plan claims called supported (tuning 0 % on every half, plus 3; blind 7.3 %)', async () => {
    expect((await blind()).calledSupported).toBeLessThanOrEqual(3);
  }, 120_000);
});
