// Looking targets up by topic: BM25 over the targets fused with the dense similarity of the passage
// each target is quoted from (the same hybrid retrieval, restricted to targets).
import type { Chunk } from '../chunk/chunk.js';
import { weightedFusion } from '../search/fusion.js';
import { createLexicalIndex } from '../search/lexical.js';
import { queryTermWeights } from '../search/tokenize.js';
import type { DenseSearch } from '../search/retrieve.js';
import type { Target } from './extract.js';

export interface TargetFinder {
  find(topic: string, k?: number): Promise<Target[]>;
}

export function createTargetFinder(targets: readonly Target[], chunks: readonly Chunk[], planText: string, dense: DenseSearch | null): TargetFinder {
  const lexical = createLexicalIndex(targets.map((t) => ({ text: t.quote, context: `${t.measure} ${t.citation.label}` })));
  const chunkOf = targets.map((t) => {
    const at = planText.indexOf(t.quote);
    return chunks.findIndex((c) => c.span[0] <= at && at < c.span[1]);
  });
  return {
    async find(topic, k = 8) {
      const lex = lexical.search(queryTermWeights(topic)).slice(0, 50);
      const lists = [{ hits: lex, weight: 1 }];
      if (dense) {
        const near = new Map((await dense(topic, 60)).passages.map((h) => [h.chunk, h.score]));
        const hits = targets.map((_, i) => ({ chunk: i, score: Math.max(near.get(chunkOf[i]!) ?? 0, 0) })).filter((h) => h.score > 0);
        lists.push({ hits: hits.sort((a, b) => b.score - a.score).slice(0, 50), weight: 1 });
      }
      return weightedFusion(lists).slice(0, k).map((h) => targets[h.chunk]!);
    },
  };
}
