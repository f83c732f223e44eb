// BM25 over chunks with MiniSearch; the tokenizer is injected so index and query agree.
import MiniSearch from 'minisearch';
import { tokenize } from './tokenize.js';

export interface ScoredChunk {
  chunk: number;
  score: number;
}

export interface LexicalIndex {
  /** BM25 for query tokens with weights (see queryTermWeights), best first. */
  search(weights: ReadonlyMap<string, number>): ScoredChunk[];
}

/**
 * The plan's own name and that of the proposal it follows (吉安市国民经济和社会发展第十四个五年规划和二〇三五年
 * 远景目标纲要, …的建议): the document naming itself says nothing about a topic, yet its words (经济, 发展,
 * 目标, 五年) matched every question about the economy's targets to the preface. Left out of what BM25 reads.
 */
const SELF_NAME = /(?:《)?(?:中共吉安市委关于制定)?(?:吉安市|全市)?国民经济和社会发展的?第十四个\s*五年规划和二〇三五年远景目标(?:纲要|的建议)?(?:》)?/g;

export const lexicalText = (text: string): string => text.replace(SELF_NAME, ' ');

/** Anything with text (weighted double) and context: chunks, targets. Results are array positions. */
export function createLexicalIndex(docs: readonly { text: string; context: string }[]): LexicalIndex {
  const mini = new MiniSearch<{ id: number; text: string; context: string }>({
    fields: ['text', 'context'],
    tokenize,
    processTerm: (t) => t,
    searchOptions: { boost: { text: 2, context: 1 }, combineWith: 'OR' },
  });
  mini.addAll(docs.map((c, id) => ({ id, text: lexicalText(c.text), context: lexicalText(c.context) })));
  return {
    search(boost) {
      if (!boost.size) return [];
      return mini
        .search({ combineWith: 'OR', queries: [...boost.keys()] }, { tokenize: (s) => [s], boostTerm: (t) => boost.get(t) ?? 1 })
        .map((r) => ({ chunk: r.id as number, score: r.score }));
    },
  };
}
