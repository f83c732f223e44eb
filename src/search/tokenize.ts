// src/search/ — owns finding the passages that answer a question: Chinese tokenisation, BM25 over
// chunks, dense kNN, fusion, diversification. Pure; the embedder and vector index come in as ports.
//
// Tokens: Intl.Segmenter words plus overlapping character bigrams of every Chinese run, so that
// both whole words (护理型床位 → 护理/床位) and sub-word matches count. Latin words are lower-cased.
import { isStopWord } from './stop-words.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Intl.Segmenter's Chinese word segments of a text, with their offsets (original case). */
export const segments = (text: string): Intl.SegmentData[] => [...segmenter.segment(text)];

export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.toLowerCase())) {
    if (s.isWordLike && WORDLIKE.test(s.segment)) out.push(s.segment);
  }
  return out;
}

export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Index-side tokens: words (minus single Han characters) and Han bigrams. */
export function tokenize(text: string): string[] {
  const ws = words(text).filter((w) => !(w.length === 1 && HAN.test(w)));
  return [...ws, ...hanBigrams(text)];
}

/** Query-side tokens: as tokenize, without stop words, deduplicated. */
export function queryTokens(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => !isStopWord(t)))];
}

/**
 * Query tokens with their weights: the question's own count 1; extra terms (translations of an English
 * question) count with their weight, a token reached by several keeping the highest.
 */
export function queryTermWeights(question: string, extraTerms: readonly { term: string; weight: number }[] = []): Map<string, number> {
  const weights = new Map(queryTokens(question).map((t) => [t, 1]));
  for (const { term, weight } of extraTerms) {
    for (const t of queryTokens(term)) weights.set(t, Math.max(weights.get(t) ?? 0, weight));
  }
  return weights;
}
