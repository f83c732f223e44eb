// BM25 over chunks: the port. Its implementation (MiniSearch, with the core's own tokenizer so index
// and query agree) is src/adapters/minisearch-lexical.ts, handed in by the composition root.

export interface ScoredChunk {
  chunk: number;
  score: number;
}

export interface LexicalIndex {
  /** BM25 for query tokens with weights (see queryTermWeights), best first. */
  search(weights: ReadonlyMap<string, number>): ScoredChunk[];
}

/** Anything with text (weighted double) and context: chunks, targets. */
export interface LexicalDoc {
  text: string;
  context: string;
}

/** Builds a BM25 index over documents; results are array positions. */
export type LexicalIndexOf = (docs: readonly LexicalDoc[]) => LexicalIndex;
