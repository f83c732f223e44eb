// src/check/ — owns checking a claim against the plan: finding the plan sentence that states the claim's
// subject, comparing what the claim asserts with what that sentence says, and the verdict.
// This file: how much of a claim's subject a plan sentence states. The subject is read as Han bigrams
// weighted by idf (an English claim through the plan terms its words translate to), without what may
// differ in a claim that is wrong — its figures, years and places — so a claim with a wrong figure still
// finds the sentence with the right one. Pure.
import { hanBigrams } from '../search/tokenize.js';
import type { ClaimParts } from '../understand/claim.js';

/** Words that say nothing of a claim's subject: the city's own name, 全市, framing verbs of a plan. */
const NOT_SUBJECT = /吉安市|吉安|全市|我市|规划|提出|十四五|十三五|期间|时期|根据|按照|我们这里|我们|这里|“|”|到20\d\d年|20\d\d年|二〇[二三][五〇]年/g;

/** The claim's subject text with its figures, years and places blanked out (each character by a space: offsets hold). */
export function subjectText(parts: ClaimParts): string {
  const chars = parts.subject.split('');
  const blank = (start: number, end: number) => { for (let i = start; i < end; i++) chars[i] = ' '; };
  // Offsets of figures and places are in UTF-16 units, as split('') cuts.
  for (const f of parts.figures) blank(f.start, f.end);
  for (const p of parts.places) blank(p.start, p.end);
  return chars.join('').replace(NOT_SUBJECT, (m) => ' '.repeat(m.length));
}

/**
 * Bigram → weight: the subject's own bigrams at their idf, and (for an English or mixed claim) the
 * bigrams of the plan terms its words translate to, at idf × the term's weight. Bigrams the plan never
 * uses are left out: no sentence can state them, and most are the claim's own manner of speaking
 * (新能源车主狂喜, 出去完方便了).
 */
export function subjectWeights(subject: string, bridged: readonly { term: string; weight: number }[], idf: (t: string) => number): Map<string, number> {
  const weights = new Map<string, number>();
  const unseen = idf('\u0000');
  const add = (bigram: string, w: number) => { if (idf(bigram) < unseen) weights.set(bigram, Math.max(weights.get(bigram) ?? 0, w)); };
  for (const b of hanBigrams(subject)) add(b, idf(b));
  for (const { term, weight } of bridged) for (const b of hanBigrams(term)) add(b, idf(b) * weight);
  return weights;
}

/** The weighted share of the subject's bigrams a text has (0–1). */
export function statedShare(text: string, weights: ReadonlyMap<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [b, w] of weights) {
    total += w;
    if (text.includes(b)) found += w;
  }
  return total ? found / total : 0;
}

/** The bigram of a text's stretch with the highest weight that a plan sentence also has: where the claim's subject sits in it. */
export function anchorIn(sentence: string, claimStretch: string, weights: ReadonlyMap<string, number>): number {
  let best = -1;
  let bestWeight = 0;
  for (const b of new Set(hanBigrams(claimStretch))) {
    const w = weights.get(b) ?? 0;
    const at = sentence.indexOf(b);
    if (at >= 0 && w > bestWeight) [best, bestWeight] = [at, w];
  }
  return best;
}
