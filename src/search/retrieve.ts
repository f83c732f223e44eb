// retrieve(): lexical ⊕ dense, fused, then diversified (one passage per plan block, no overlaps).
import type { Chunk } from '../chunk/chunk.js';
import { minMaxFusion, reciprocalRankFusion, weightedFusion } from './fusion.js';
import type { LexicalIndex, ScoredChunk } from './lexical.js';

/** Dense kNN: chunk positions with cosine similarity, best first. */
export type DenseSearch = (query: string, k: number) => Promise<ScoredChunk[]>;

export interface RetrieveOptions {
  k: number;
  fusion: 'rrf' | 'weighted' | 'minmax';
  lexicalWeight: number;
  denseWeight: number;
  /** How many candidates each side contributes before fusion. */
  depth: number;
}

export const DEFAULT_RETRIEVE_OPTIONS: RetrieveOptions = {
  k: 10, fusion: 'minmax', lexicalWeight: 1, denseWeight: 1.5, depth: 50,
};

export interface Hit {
  chunk: Chunk;
  index: number;
  score: number;
  denseSimilarity: number | null;
}

export interface SearchPorts {
  chunks: readonly Chunk[];
  lexical: LexicalIndex;
  dense: DenseSearch | null;
}

export interface RetrievalQuery {
  text: string;
  /** Query token → weight for the lexical side (the question's words, bridged plan terms). */
  weights: ReadonlyMap<string, number>;
  /** Text the dense side embeds (defaults to text). */
  denseText?: string;
}

/** Keeps the best chunk of each block and drops chunks overlapping one already kept. */
export function diversify(ranked: ScoredChunk[], chunks: readonly Chunk[], k: number): ScoredChunk[] {
  const seenBlocks = new Set<number>();
  const out: ScoredChunk[] = [];
  for (const r of ranked) {
    const c = chunks[r.chunk]!;
    if (seenBlocks.has(c.block)) continue;
    seenBlocks.add(c.block);
    out.push(r);
    if (out.length >= k) break;
  }
  return out;
}

export async function retrieve(q: RetrievalQuery, ports: SearchPorts, options = DEFAULT_RETRIEVE_OPTIONS): Promise<Hit[]> {
  const lexicalHits = ports.lexical.search(q.weights).slice(0, options.depth);
  const denseHits = ports.dense ? await ports.dense(q.denseText ?? q.text, options.depth) : [];
  const lists = [{ hits: lexicalHits, weight: options.lexicalWeight }];
  if (denseHits.length) lists.push({ hits: denseHits.map((h) => ({ ...h, score: Math.max(h.score, 0) })), weight: options.denseWeight });
  const fuse = { rrf: reciprocalRankFusion, weighted: weightedFusion, minmax: minMaxFusion }[options.fusion];
  const fused = fuse(lists);
  const denseBy = new Map(denseHits.map((h) => [h.chunk, h.score]));
  return diversify(fused, ports.chunks, options.k).map((r) => ({
    chunk: ports.chunks[r.chunk]!,
    index: r.chunk,
    score: r.score,
    denseSimilarity: denseBy.get(r.chunk) ?? null,
  }));
}
