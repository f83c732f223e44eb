// src/check/ — owns checking a claim against the plan: finding the plan sentence that states the claim's
// subject, comparing what the claim asserts with what that sentence says, and the verdict.
// This file: how much of a claim's subject a plan sentence states. The subject is read as Han bigrams
// weighted by idf (an English claim through the plan terms its words translate to), without what may
// differ in a claim that is wrong — its figures, years and places — so a claim with a wrong figure still
// finds the sentence with the right one. Pure.
import { hanBigrams, segments } from '../search/tokenize.js';
import { placesIn, type ClaimParts } from '../understand/claim.js';
import { amountsIn } from '../understand/amounts.js';
import type { Bridge } from '../understand/types.js';

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

/** Endings that make what runs into them the name of an area (高铁新区, 吉州工业园区, 庐陵片区). */
const AREA_ENDING = /^(?:新区|园区|片区|开发区|高新区|经开区|农高区|保税区|工业园|产业园)/;
/** A unit of administration (设区市, 县级市): a name's ending where the segmenter cuts it off alone (not 市场, 区域). */
const UNIT_ENDING = /^[市县区]/;

/** The ending of a longer name a text's bigram at `at` runs into (高铁 in 高铁新区), or null. */
function nameEndingAt(text: string, at: number, key?: number): string | null {
  const after = text.slice(at + 2, at + 5);
  const area = after.match(AREA_ENDING)?.[0];
  if (area) return area;
  const unit = after.match(UNIT_ENDING)?.[0];
  if (!unit) return null;
  const starts = startsOf(text, key);
  return starts.has(at + 2) && (starts.has(at + 3) || at + 3 >= text.length) ? unit : null;
}

/**
 * Where a text's words start, by the segmenter, kept for the texts seen (up to a bound) by the key the
 * caller gives (a plan sentence's number: its text is built anew for each claim), else by the text.
 */
const wordStarts = new Map<string | number, { text: string; starts: Set<number> }>();
const MAX_SEGMENTED = 20_000;

function startsOf(text: string, key: string | number = text): Set<number> {
  const kept = wordStarts.get(key);
  if (kept && (kept.text.length <= text.length && text.startsWith(kept.text))) return kept.starts;
  if (wordStarts.size >= MAX_SEGMENTED) wordStarts.clear();
  const starts = new Set(segments(text).map((s) => s.index));
  wordStarts.set(key, { text, starts });
  return starts;
}

/** The claim's words of two Han characters (设区 in 吉安县要撤县设区了), by the segmenter. */
const claimWords = (claim: string): Set<string> => new Set(segments(claim).map((s) => s.segment).filter((w) => /^\p{Script=Han}{2}$/u.test(w)));
let lastClaim: { claim: string; words: Set<string> } | null = null;

/**
 * Whether a text states a bigram of the claim: somewhere other than as the start of a longer name the
 * claim does not say (高铁 only in 高铁新区 for 吉安将有4条高铁; 设区 only in 设区市 for 撤县设区), and, for a
 * word of the claim's own, other than across two of the text's words (设区 in 建设|区块链).
 */
export function statesBigram(text: string, bigram: string, claim: string, key?: number): boolean {
  if (lastClaim?.claim !== claim) lastClaim = { claim, words: claimWords(claim) };
  const word = lastClaim.words.has(bigram);
  for (let at = text.indexOf(bigram); at >= 0; at = text.indexOf(bigram, at + 1)) {
    const ending = nameEndingAt(text, at, key);
    if (ending && !claim.includes(bigram + ending)) continue;
    if (word && startsOf(text, key).has(at + 1)) continue;
    return true;
  }
  return false;
}

/**
 * The weighted share of the subject's bigrams a text has (0–1). With the claim, a bigram counts only
 * where it is not the start of a longer name the claim does not say (statesBigram).
 */
export function statedShare(text: string, weights: ReadonlyMap<string, number>, claim?: string, key?: number): number {
  let total = 0;
  let found = 0;
  for (const [b, w] of weights) {
    total += w;
    if (claim === undefined ? text.includes(b) : statesBigram(text, b, claim, key)) found += w;
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

/**
 * The claim in the plan's words, for comparing its parts: an everyday word the thesaurus bridges to a
 * plan term (营收 → 主营业务收入) is written as the term the plan's texts use where they do not use the
 * word itself, so the measure a figure is of reads as the plan names it (营收过2000亿 against 主营业务收入
 * 突破2000亿元). Words of a place, a figure or the commitment are kept as said; the figures are read anew.
 */
export function inPlanWording(parts: ClaimParts, bridges: readonly Bridge[], texts: readonly string[]): ClaimParts {
  const shown = texts.join('\n');
  const kept = [...parts.figures, ...parts.places];
  let subject = parts.subject;
  for (const b of bridges) {
    if (b.source !== 'thesaurus' || !b.said || shown.includes(b.said) || parts.commitment?.said.includes(b.said)) continue;
    const term = b.terms.filter((t) => shown.includes(t)).sort((x, y) => y.length - x.length)[0];
    if (!term) continue;
    const at = subject.indexOf(b.said);
    if (at < 0 || kept.some((k) => at < k.end && at + b.said.length > k.start)) continue;
    subject = subject.split(b.said).join(term);
  }
  return subject === parts.subject ? parts : { ...parts, subject, figures: amountsIn(subject), places: placesIn(subject) };
}
