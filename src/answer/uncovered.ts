// Topics the plan never speaks of: deciding that a question asks about something absent from the plan
// (地铁, 养犬, 彩票…) so that it is refused instead of answered with loosely related passages.
//
// A Chinese word of the question is a candidate when it never occurs in the plan. Absent words are
// common in reworded questions too (走路一刻钟 for 15分钟生活圈), so the embedding model then judges
// the word by ablation, comparing the question with and without it:
//   importance  = 1 − cos(question, question without the word): does the word carry the question?
//   gainNearest = mean similarity of the plan's five nearest passages with the word − without it:
//                 does the plan come closer because of the word?
//   gainAnswers = the largest such gain over the passages about to be quoted.
// A word that matters but brings no passage closer names a topic the plan does not cover. Words the
// model cannot link to the plan's wording (躲避 for 避难) look the same: the README reports that cost.
// English questions use the dictionary instead: a word CC-CEDICT knows, none of whose translations
// occur in the plan (see unspokenEnglishWords in src/search/translate.ts).
import { isQuestionWord, isStopWord } from '../search/stop-words.js';
import { segments } from '../search/tokenize.js';

const HAN_WORD = /^\p{Script=Han}+$/u;

export interface AbsentTerm {
  term: string;
  /** The question with the term cut out, for the ablation. */
  without: string;
}

/**
 * Chinese words of the question that never occur in the plan, skipping question words and words the
 * segmenter cut wrongly: when a character pair across the word's edge does occur in the plan
 * (多少家|境内外 → "家境" is not a word here), the word is a segmentation artefact.
 */
export function absentTerms(question: string, inPlan: (text: string) => boolean): AbsentTerm[] {
  const out: AbsentTerm[] = [];
  for (const { segment, index, isWordLike } of segments(question)) {
    if (!isWordLike || !HAN_WORD.test(segment) || isStopWord(segment) || isQuestionWord(segment)) continue;
    if (inPlan(segment)) continue;
    const end = index + segment.length;
    const edges = [question.slice(index - 1, index + 1), question.slice(end - 1, end + 1)];
    if (edges.some((e) => e.length === 2 && HAN_WORD.test(e) && inPlan(e))) continue;
    if (out.some((t) => t.term === segment)) continue;
    out.push({ term: segment, without: question.slice(0, index) + question.slice(end) });
  }
  return out;
}

const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The renderings of a question the evidence is averaged over. The model's similarities move by up to
 * 0.02 with punctuation alone (？ versus ? flipped 地铁's verdict), about the size of the signal, so
 * one rendering is not enough: the question as typed, and without punctuation. (A third rendering,
 * with "？" put back, changed no verdict in calibration and cost ~10 ms more per judged question.)
 */
export const QUESTION_VIEWS: readonly ((text: string) => string)[] = [(t) => t, bare];

/** What the embedding model says about one absent term (see the header), averaged over the views. */
export interface TermEvidence {
  importance: number;
  /** Gain in the mean similarity of the plan's five nearest passages. */
  gainNearest: number;
  /** Largest gain over the passages about to be quoted. */
  gainAnswers: number;
}

export interface UncoveredThresholds {
  minImportance: number;
  maxGainNearest: number;
  maxGainAnswers: number;
}

/**
 * Chosen on ../shared/eval/dev.jsonl and test/fixtures/written-questions.jsonl (README, "Refusal"):
 * topic words the plan lacks had importance 0.036–0.099 and lowered the nearest passages by
 * 0.015–0.049; reworded words of answerable questions mostly mattered less or brought a passage closer.
 */
export const UNCOVERED_THRESHOLDS: UncoveredThresholds = { minImportance: 0.035, maxGainNearest: -0.01, maxGainAnswers: 0.01 };

/**
 * The first view screens terms before the other views are embedded (each costs ~8–10 ms): a term
 * must already matter as much as the final rule asks, and not clearly bring passages closer. Every
 * topic word flagged in calibration passed (first-view importance ≥ 0.037, gains ≤ 0.003).
 */
export const SCREEN: UncoveredThresholds = { ...UNCOVERED_THRESHOLDS, maxGainNearest: 0, maxGainAnswers: 0.015 };

/**
 * Bounded latency for long questions: at most this many absent terms (the longest, which are the most
 * specific) are read in the first view, and at most MAX_JUDGED_TERMS of those in every view.
 */
export const MAX_SCREENED_TERMS = 6;
export const MAX_JUDGED_TERMS = 2;

export function isUncoveredTopic(e: TermEvidence, t: UncoveredThresholds = UNCOVERED_THRESHOLDS): boolean {
  return e.importance >= t.minImportance && e.gainNearest <= t.maxGainNearest && e.gainAnswers <= t.maxGainAnswers;
}

/** What the embedding model reports for one text. */
export interface ProbeReading {
  /** The text's unit embedding. */
  vector: Float32Array;
  /** Mean similarity of the plan's five nearest passages. */
  nearest: number;
  /** Similarity to each of the passages asked about, in order. */
  toPassages: number[];
}

/**
 * Embeds one text as a query and reads it against the plan and the given passages (chunk positions).
 * One text per call: batching shifts the quantised model's output by about the size of the signal.
 */
export type DenseProbe = (text: string, passages: number[]) => Promise<ProbeReading>;

/** Dot product; the cosine similarity of unit vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Evidence from one view: the question's reading and the reading without the term. */
export function termEvidence(full: ProbeReading, without: ProbeReading): TermEvidence {
  const gains = full.toPassages.map((s, i) => s - without.toPassages[i]!);
  return {
    importance: 1 - dot(full.vector, without.vector),
    gainNearest: full.nearest - without.nearest,
    gainAnswers: gains.length ? Math.max(...gains) : 0,
  };
}

export function meanEvidence(list: TermEvidence[]): TermEvidence {
  const mean = (f: (e: TermEvidence) => number) => list.reduce((s, e) => s + f(e), 0) / list.length;
  return { importance: mean((e) => e.importance), gainNearest: mean((e) => e.gainNearest), gainAnswers: mean((e) => e.gainAnswers) };
}

/**
 * The absent term the model judges an uncovered topic, or null. Each term is read in the first view;
 * those passing the screen are read in the other views too, most important first, and judged on the
 * mean.
 */
export async function findUncoveredTopic(question: string, terms: AbsentTerm[], passages: number[], probe: DenseProbe): Promise<string | null> {
  const read = (text: string) => probe(text, passages);
  const [firstView, ...otherViews] = QUESTION_VIEWS;
  const first = await read(firstView!(question));
  const screened: { term: AbsentTerm; evidence: TermEvidence }[] = [];
  const longestFirst = [...terms].sort((a, b) => b.term.length - a.term.length).slice(0, MAX_SCREENED_TERMS);
  for (const term of longestFirst) {
    const evidence = termEvidence(first, await read(firstView!(term.without)));
    if (isUncoveredTopic(evidence, SCREEN)) screened.push({ term, evidence });
  }
  screened.sort((a, b) => b.evidence.importance - a.evidence.importance);
  const questionReadings: ProbeReading[] = [];
  for (const { term, evidence } of screened.slice(0, MAX_JUDGED_TERMS)) {
    const all = [evidence];
    for (const [i, view] of otherViews.entries()) {
      questionReadings[i] ??= await read(view(question));
      all.push(termEvidence(questionReadings[i]!, await read(view(term.without))));
    }
    if (isUncoveredTopic(meanEvidence(all))) return term.term;
  }
  return null;
}
