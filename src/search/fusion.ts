// Fusing ranked lists by weighted sums of scores normalised by each list's best (target lookup).
import type { ScoredChunk } from './lexical.js';

export function weightedFusion(lists: { hits: ScoredChunk[]; weight: number }[]): ScoredChunk[] {
  const fused = new Map<number, number>();
  for (const { hits, weight } of lists) {
    const max = Math.max(...hits.map((h) => h.score), 1e-9);
    for (const h of hits) fused.set(h.chunk, (fused.get(h.chunk) ?? 0) + (weight * h.score) / max);
  }
  return [...fused].map(([chunk, score]) => ({ chunk, score })).sort((a, b) => b.score - a.score);
}
