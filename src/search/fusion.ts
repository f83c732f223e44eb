// Fusing ranked lists: reciprocal-rank fusion, and weighted sums of normalised scores (by the list's
// best score, or min–max over the list so that each list's spread counts, not its absolute level).
import type { ScoredChunk } from './lexical.js';

export function reciprocalRankFusion(lists: { hits: ScoredChunk[]; weight: number }[], k = 60): ScoredChunk[] {
  const fused = new Map<number, number>();
  for (const { hits, weight } of lists) {
    hits.forEach((h, rank) => fused.set(h.chunk, (fused.get(h.chunk) ?? 0) + weight / (k + rank + 1)));
  }
  return [...fused].map(([chunk, score]) => ({ chunk, score })).sort((a, b) => b.score - a.score);
}

export function weightedFusion(lists: { hits: ScoredChunk[]; weight: number }[]): ScoredChunk[] {
  const fused = new Map<number, number>();
  for (const { hits, weight } of lists) {
    const max = Math.max(...hits.map((h) => h.score), 1e-9);
    for (const h of hits) fused.set(h.chunk, (fused.get(h.chunk) ?? 0) + (weight * h.score) / max);
  }
  return [...fused].map(([chunk, score]) => ({ chunk, score })).sort((a, b) => b.score - a.score);
}

export function minMaxFusion(lists: { hits: ScoredChunk[]; weight: number }[]): ScoredChunk[] {
  const fused = new Map<number, number>();
  for (const { hits, weight } of lists) {
    if (!hits.length) continue;
    const max = Math.max(...hits.map((h) => h.score));
    const min = Math.min(...hits.map((h) => h.score));
    const span = max - min || 1;
    for (const h of hits) fused.set(h.chunk, (fused.get(h.chunk) ?? 0) + (weight * (h.score - min)) / span);
  }
  return [...fused].map(([chunk, score]) => ({ chunk, score })).sort((a, b) => b.score - a.score);
}
