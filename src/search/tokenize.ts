// src/search/ — owns finding the passages that answer a question: Chinese tokenisation, BM25 over
// chunks, dense kNN, fusion, diversification. Pure; the embedder and vector index come in as ports.
//
// Tokens: jieba words plus overlapping character bigrams of every Chinese run, so that both whole
// words (护理型床位 → 护理/床位) and sub-word matches count. Latin words are lower-cased. The segmenter
// (jieba, through the text-tools port: src/adapters/text-tools.ts) segments everyday Chinese better
// than Intl.Segmenter (电动车, 高标准, 院区 stay whole) and measured slightly better for BM25.
import { isStopWord } from './stop-words.js';
import { textTools, type TaggedWord } from './text-tools.js';

export type { TaggedWord } from './text-tools.js';

const HAN = /\p{Script=Han}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface Segment {
  segment: string;
  /** Offset in the text. */
  index: number;
  /** Contains a letter or digit (not punctuation or space). */
  isWordLike: boolean;
}

/** The word segments of a text, with their offsets (original case). */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let index = 0;
  for (const segment of textTools().cut(text)) {
    out.push({ segment, index, isWordLike: WORDLIKE.test(segment) });
    index += segment.length;
  }
  return out;
}

/** The text's words with their parts of speech (jieba's tags: n noun, v verb, vn verbal noun, m numeral…). */
export const taggedWords = (text: string): TaggedWord[] => textTools().tag(text);

/**
 * The PDF's subscripts ("PM_{2.5}", "PM _{2.5}") read as typed ("pm2.5"), for matching only. The spaces
 * are matched only from where they start, and a subscript is short: linear on any text.
 */
const SUBSCRIPT = /(?<!\s)\s*_\{([^}]{0,16})\}/g;

/** Word tokens, lower-cased; Latin and digit tokens without edge punctuation (28.2% → 28.2). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segments(text.toLowerCase().replace(SUBSCRIPT, '$1'))) {
    if (!s.isWordLike) continue;
    const w = HAN.test(s.segment) ? s.segment : s.segment.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (w) out.push(w);
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
