// A pasted text checked as claims: one claim, or a paragraph of several checked sentence by sentence (up
// to MAX_CLAIM_SENTENCES), each with its own verdict, and the verdict of the whole. Pure but for the
// check it is given.
import type { ClaimCheck, ClaimVerdict } from './check.js';
import { taggedWords } from '../search/tokenize.js';
import { amountsIn } from '../understand/amounts.js';
import { commitmentOf, placesIn } from '../understand/claim.js';

/** At most this many sentences of a pasted paragraph are checked; the rest are counted, not checked. */
export const MAX_CLAIM_SENTENCES = 10;

/**
 * A sentence shorter than this (letters and digits) is not a claim of its own but a comment on its
 * neighbour: "是真的吗？", "规划里是这么写的", "以后去温州更方便了🚄", "新能源车主狂喜⚡" (own claims, tuning
 * half: every such tail is under 12; a claim of the plan's, 吉安电子信息产业营收突破4000亿元, is 18).
 */
const MIN_SENTENCE_CHARS = 12;

export interface PastedCheck {
  /** The text as pasted (trimmed). */
  text: string;
  /** One check per sentence checked (one for a single claim). */
  checks: ClaimCheck[];
  /** Sentences beyond MAX_CLAIM_SENTENCES, not checked. */
  unchecked: number;
  /** Of the whole: the one claim's verdict, or see overallVerdict. */
  verdict: ClaimVerdict;
}

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;

/** Parts of speech that name a thing (jieba's nouns, names, abbreviations, Latin words such as GDP). */
const NAMING = /^(?:n|nr|ns|nt|nz|ng|nrt|nrfg|vn|j|eng)$/;

/**
 * A short Chinese sentence that still asserts something of its own: it names a thing and gives it a
 * figure or says how firmly it happens (长赣高铁已开工。GDP破4000亿。), or says what a place within Ji'an
 * does (吉安县要撤县设区了。) — unlike a comment on its neighbour (是真的吗？以后去温州更方便了🚄,
 * 规划里写了的: no figure, no commitment, no place of the city's).
 */
export function assertsOwn(sentence: string): boolean {
  if (!/\p{Script=Han}/u.test(sentence)) return false;
  const tagged = taggedWords(sentence);
  if (placesIn(sentence).length && tagged.some((t) => t.tag === 'v')) return true;
  if (!amountsIn(sentence).length && !commitmentOf(sentence)) return false;
  return tagged.some((t) => NAMING.test(t.tag) && (t.word.length >= 2 || /^[A-Za-z]{2,}$/.test(t.word)));
}

/**
 * The sentences of a pasted text: split after 。！？!?； and line breaks, and after an English full stop
 * followed by a space and a capital or a digit (not 3.5 or "No. 1"; after a year, "…by 2025. Ji'an will…", yes); a sentence too short to assert
 * anything ("是真的吗？") joins the one before it, or, leading, the one after — unless, Chinese, it names a thing
 * with a figure or a commitment of its own (长赣高铁已开工。): then it is a claim of its own.
 */
export function claimSentences(text: string): string[] {
  const pieces = text
    .replace(/([。！？!?；;\n]+)/g, '$1\u0000')
    .replace(/(?<![A-Z][a-z]?)\.(?=\s+["“‘(]?[A-Z0-9\p{Script=Han}])/gu, '.\u0000')
    .split('\u0000').map((s) => s.trim()).filter(Boolean);
  const out: string[] = [];
  let lead = '';
  for (const p of pieces) {
    if (letters(p) < MIN_SENTENCE_CHARS && !assertsOwn(p)) {
      if (out.length) out[out.length - 1] += p;
      else lead += p;
      continue;
    }
    out.push(lead + p);
    lead = '';
  }
  if (lead) out.length ? (out[out.length - 1] += lead) : out.push(lead);
  return out;
}

/**
 * The verdict of several sentences: supported when every one is; contradicted when any is; not in the
 * plan when none is stated; otherwise partly.
 */
export function overallVerdict(verdicts: readonly ClaimVerdict[]): ClaimVerdict {
  if (!verdicts.length) return 'not_in_plan';
  if (verdicts.every((v) => v === 'supported')) return 'supported';
  if (verdicts.includes('contradicted')) return 'contradicted';
  if (verdicts.every((v) => v === 'not_in_plan')) return 'not_in_plan';
  return 'partly';
}

/** Checks the text: as one claim when it is one sentence, else each of its first sentences apart. */
export async function checkPasted(raw: string, check: (claim: string) => Promise<ClaimCheck>): Promise<PastedCheck> {
  const text = raw.trim();
  const sentences = claimSentences(text);
  if (sentences.length <= 1) {
    const one = await check(text);
    return { text, checks: [one], unchecked: 0, verdict: one.verdict };
  }
  const checks: ClaimCheck[] = [];
  for (const s of sentences.slice(0, MAX_CLAIM_SENTENCES)) checks.push(await check(s));
  return { text, checks, unchecked: Math.max(0, sentences.length - MAX_CLAIM_SENTENCES), verdict: overallVerdict(checks.map((c) => c.verdict)) };
}

/** A pasted text's checks as one (for scoring): its verdict, every differ and absent part, each sentence's leading quotes first. */
export function asOneCheck(p: PastedCheck): ClaimCheck {
  if (p.checks.length === 1) return p.checks[0]!;
  const leading = p.checks.flatMap((c) => c.quotes.slice(0, 1));
  return {
    claim: p.text, language: p.checks[0]!.language, verdict: p.verdict,
    differs: p.checks.flatMap((c) => c.differs), absent: p.checks.flatMap((c) => c.absent),
    quotes: [...leading, ...p.checks.flatMap((c) => c.quotes.slice(1))], stated: Math.min(...p.checks.map((c) => c.stated)),
  };
}
