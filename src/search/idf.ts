// Inverse document frequency of tokens over the chunks (for weighting query terms in quotes).
import type { Chunk } from '../chunk/chunk.js';
import { tokenize } from './tokenize.js';

export function idfTable(chunks: readonly Chunk[]): (token: string) => number {
  const df = new Map<string, number>();
  for (const c of chunks) for (const t of new Set(tokenize(`${c.context} ${c.text}`))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = chunks.length;
  return (token) => Math.log(1 + (n - (df.get(token) ?? 0) + 0.5) / ((df.get(token) ?? 0) + 0.5));
}
