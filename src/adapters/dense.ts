// Adapter: the dense side of retrieval over the real embedder and the HNSW indexes of passages and
// sentences, with a small cache so a question is embedded once however often it is searched. The
// question's vector passes through the query adapter (search/query-adapter.ts) when there is one.
import type { DenseSearch } from '../search/retrieve.js';
import { adaptQuery, type QueryAdapter } from '../search/query-adapter.js';
import type { Embedder } from './embedder.js';
import type { VectorIndexes } from './index-store.js';

const CACHE_SIZE = 64;

/** Dot product: the cosine similarity of unit vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** The normalised mean of unit vectors (the vector itself when there is one). */
export function meanVector(vectors: readonly Float32Array[]): Float32Array {
  const [first, ...rest] = vectors;
  if (!first) throw new Error('meanVector needs at least one vector');
  if (!rest.length) return first;
  const sum = Float32Array.from(first);
  for (const v of rest) for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] ?? 0) + (v[i] ?? 0);
  const norm = Math.sqrt(dot(sum, sum)) || 1;
  return sum.map((x) => x / norm);
}

/** The unadapted vector of a question: the normalised mean of its texts' vectors. */
export async function questionVector(embed: (text: string) => Promise<Float32Array>, texts: readonly string[]): Promise<Float32Array> {
  return meanVector(await Promise.all(texts.map(embed)));
}

export function createDenseSearch(embedder: Embedder, vectors: VectorIndexes, adapter: QueryAdapter | null = null): DenseSearch {
  const cache = new Map<string, Float32Array>();
  const embed = async (text: string): Promise<Float32Array> => {
    let v = cache.get(text);
    if (!v) {
      v = await embedder.embedQuery(text);
      cache.set(text, v);
      const oldest = cache.keys().next();
      if (cache.size > CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
    }
    return v;
  };
  return async (texts, k) => {
    const plain = await questionVector(embed, texts);
    const v = adapter ? adaptQuery(adapter, plain) : plain;
    return {
      passages: vectors.passages.search(v, k).map((h) => ({ chunk: h.label, score: h.similarity })),
      sentences: vectors.sentences.search(v, k).map((h) => ({ sentence: h.label, score: h.similarity })),
      similarityTo: (sentence) => dot(v, vectors.sentences.vector(sentence)),
      question: { vector: plain, model: embedder.modelId },
    };
  };
}
