// Scoring claim checks against labelled claims (JSON Lines in the format of ../shared/eval/claims.jsonl):
// verdict accuracy (partly is right for a contradicted or not-in-plan claim, wrong for a supported one),
// the confusion matrix, the costly error (a contradicted or not-in-plan claim called supported),
// evidence hit@1/hit@3 and whether a claim contradicted by a figure shows both figures. Every claim
// belongs to the half its id gives (split.ts), or for the project's own files the half their listing
// says (listing.ts: claims-own-1, claims-own-2 and claims-own-3 by id). Pure
// apart from reading the file.
import { readFileSync } from 'node:fs';
import type { ClaimCheck, ClaimVerdict } from '../check/check.js';
import { squash } from '../plan/whitespace.js';
import { halfOf, type Half } from './split.js';
import { halfRuleFor } from './listing.js';

export type LabelledVerdict = 'supported' | 'contradicted' | 'not_in_plan';

export interface LabelledClaim {
  id: string;
  claim: string;
  lang: string;
  verdict: LabelledVerdict;
  evidence: string[];
  kind: string;
  differs: string;
  half: Half;
}

/** Whether a JSON Lines file holds claims (its first record has a `claim` field). */
export const isClaimsFile = (file: string): boolean => {
  const first = readFileSync(file, 'utf8').split('\n').find((l) => l.trim());
  return !!first && typeof (JSON.parse(first) as { claim?: unknown }).claim === 'string';
};

export function readClaims(file: string): LabelledClaim[] {
  const rule = halfRuleFor(file);
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const c = JSON.parse(line) as Omit<LabelledClaim, 'half'>;
    if (typeof c.id !== 'string' || typeof c.claim !== 'string' || !Array.isArray(c.evidence)) throw new Error(`${file}:${i + 1}: a claim needs "id", "claim" and "evidence"`);
    return [{ ...c, half: halfOf(c.id, rule) }];
  });
}

export interface ClaimRow {
  id: string;
  half: Half;
  kind: string;
  expected: LabelledVerdict;
  got: ClaimVerdict;
  right: boolean;
  /** 1-based rank of the first quote holding an evidence string, null when none does (or none is labelled). */
  rank: number | null;
  /** For a claim contradicted by a figure: whether a differ of the figure shows both figures. */
  bothFigures: boolean | null;
}

/** Whether a check's verdict is right for the labelled one (partly: right unless the claim is supported). */
export const verdictRight = (expected: LabelledVerdict, got: ClaimVerdict): boolean =>
  got === expected || (got === 'partly' && expected !== 'supported');

/** A figure in digits or in Chinese numerals (突破两千亿元, 翻一番). */
const NUMERAL = /\d|[一二两三四五六七八九十百千万亿]|翻一?番/;

export function scoreCheck(c: LabelledClaim, check: ClaimCheck): ClaimRow {
  const evidence = c.evidence.map(squash);
  const at = evidence.length ? check.quotes.findIndex((q) => evidence.some((e) => squash(q.text).includes(e))) : -1;
  const figure = check.differs.find((d) => d.what === 'figure');
  return {
    id: c.id, half: c.half, kind: c.kind, expected: c.verdict, got: check.verdict, right: verdictRight(c.verdict, check.verdict),
    rank: at >= 0 ? at + 1 : null,
    bothFigures: c.verdict === 'contradicted' && c.kind === 'figure' ? !!figure && NUMERAL.test(figure.claim) && NUMERAL.test(figure.plan) : null,
  };
}

const pct = (n: number, d: number) => (d ? Number(((100 * n) / d).toFixed(1)) : 0);

export interface ClaimMetrics {
  claims: number;
  accuracy: number;
  /** Contradicted or not-in-plan claims called supported, % of them. */
  calledSupported: number;
  /** Of supported and contradicted claims: the evidence in the first quote / in the first three. */
  evidenceAt1: number;
  evidenceAt3: number;
  /** Figure-contradicted claims whose differs show both figures, "n/m". */
  bothFigures: string;
}

export function summariseClaims(rows: readonly ClaimRow[]): ClaimMetrics {
  const wrongOnes = rows.filter((r) => r.expected !== 'supported');
  const withEvidence = rows.filter((r) => r.expected !== 'not_in_plan');
  const figures = rows.filter((r) => r.bothFigures !== null);
  return {
    claims: rows.length,
    accuracy: pct(rows.filter((r) => r.right).length, rows.length),
    calledSupported: pct(wrongOnes.filter((r) => r.got === 'supported').length, wrongOnes.length),
    evidenceAt1: pct(withEvidence.filter((r) => r.rank === 1).length, withEvidence.length),
    evidenceAt3: pct(withEvidence.filter((r) => r.rank !== null && r.rank <= 3).length, withEvidence.length),
    bothFigures: `${figures.filter((r) => r.bothFigures).length}/${figures.length}`,
  };
}

/** Labelled verdict → the checks' verdicts → how many. */
export function confusion(rows: readonly ClaimRow[]): Record<LabelledVerdict, Record<ClaimVerdict, number>> {
  const empty = (): Record<ClaimVerdict, number> => ({ supported: 0, contradicted: 0, partly: 0, not_in_plan: 0 });
  const out = { supported: empty(), contradicted: empty(), not_in_plan: empty() };
  for (const r of rows) out[r.expected][r.got]++;
  return out;
}
