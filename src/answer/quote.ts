// src/answer/ — owns turning retrieved passages into what a person can cite: the sentences that
// answer (quotePassage), verified verbatim against the plan, with their citation; or a refusal.
import { splitSentences } from '../chunk/chunk.js';

export const MAX_QUOTE_CHARS = 180;

export interface Quote {
  text: string;
  /** Offsets of the quote within the passage. */
  start: number;
  end: number;
}

/**
 * How much of the question a piece of text covers: the weights of the query tokens (words, Han
 * bigrams, lower-case Latin words) that occur in it. A substring test, not a re-segmentation: quote
 * selection calls this for every candidate run of sentences.
 */
export function coverage(text: string, weights: ReadonlyMap<string, number>): number {
  const lower = text.toLowerCase();
  let sum = 0;
  for (const [token, w] of weights) if (lower.includes(token)) sum += w;
  return sum;
}

/** Clause spans (split after ，；：。 etc.) of one sentence, for cutting an over-long sentence. */
function clauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /[，；：、。！？]+[”’）」]*/g;
  re.lastIndex = start;
  let from = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const to = Math.min(m.index + m[0].length, end);
    out.push({ start: from, end: to });
    from = to;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** Share of a run that lies inside the focus span (the retrieved chunk), 0–1. */
const overlap = (start: number, end: number, focus?: Span) =>
  focus ? Math.max(0, Math.min(end, focus.end) - Math.max(start, focus.start)) / (end - start) : 0;

/** A sentence of the passage and how close the embedding model puts it to the question (0–1 within the passage). */
export interface SentenceRelevance extends Span {
  relevance: number;
}

/**
 * How much a sentence's closeness to the question counts next to the share of the question's words a
 * run covers (both 0–1). Measured on the tuning half (README): 0.2 of 0.1, 0.2, 0.3, 0.5, once the
 * share counts only words the plan uses (see queryWeights).
 */
export const DENSE_QUOTE_WEIGHT = 0.2;

/** How much a run that gives the figure asked for counts over one that does not. */
export const FIGURE_QUOTE_BONUS = 0.3;

export interface QuoteFocus {
  /** The part of the passage retrieval matched: it wins ties. */
  span?: Span;
  sentences?: readonly SentenceRelevance[];
  /** When the question asks for a figure: whether a run of text gives one of the asked kind. */
  givesFigure?: (text: string) => boolean;
}

const relevanceOf = (start: number, end: number, sentences: readonly SentenceRelevance[] = []) =>
  Math.max(0, ...sentences.filter((s) => s.start < end && s.end > start).map((s) => s.relevance));

/**
 * Best contiguous run of units (sentences or clauses) within maxChars, by the share of the question's
 * weight it covers plus the closeness of its best sentence; among equals, the run inside the focus,
 * then the longer (more context, still within maxChars), then the earliest.
 */
function bestRun(text: string, units: Span[], weights: ReadonlyMap<string, number>, maxChars: number, maxUnits: number, focus: QuoteFocus) {
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  let best: { start: number; end: number; score: number; covered: number } | null = null;
  for (let i = 0; i < units.length; i++) {
    for (let j = i; j < units.length && j < i + maxUnits; j++) {
      const start = units[i]!.start;
      const end = units[j]!.end;
      if (end - start > maxChars && j > i) break;
      if (end - start > maxChars) continue;
      const covered = coverage(text.slice(start, end), weights);
      const figure = focus.givesFigure?.(text.slice(start, end)) ? FIGURE_QUOTE_BONUS : 0;
      const score = covered / total + DENSE_QUOTE_WEIGHT * relevanceOf(start, end, focus.sentences) + figure
        + overlap(start, end, focus.span) * 1e-4 + (j - i) * 1e-5;
      if (!best || score > best.score + 1e-9) best = { start, end, score, covered };
    }
  }
  return best;
}

/**
 * The one to three sentences of a passage that answer the question, at most maxChars; a sentence
 * longer than that is cut to its best run of clauses. Always a substring of the passage.
 */
export function quotePassage(passage: string, weights: ReadonlyMap<string, number>, maxChars = MAX_QUOTE_CHARS, focus: QuoteFocus = {}): Quote {
  if (passage.length <= maxChars) return { text: passage, start: 0, end: passage.length };
  const sentences = splitSentences(passage);
  const bySentence = bestRun(passage, sentences, weights, maxChars, 3, focus);
  const run: Span = bySentence && (bySentence.covered > 0 || focus.sentences?.length)
    ? bySentence
    : bestRun(passage, sentences.flatMap((s) => clauses(passage, s.start, s.end)), weights, maxChars, 12, focus)
      ?? { start: 0, end: Math.min(maxChars, passage.length) };
  const raw = passage.slice(run.start, run.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: run.start + lead, end: run.start + lead + text.length };
}
