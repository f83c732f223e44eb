// Adapter: the dense side of retrieval over the real embedder and HNSW index — kNN search and the
// ablation probe — sharing one small cache so a question is embedded once however often it is used.
import { dot, type DenseProbe } from '../answer/uncovered.js';
import type { DenseSearch } from '../search/retrieve.js';
import type { Embedder } from './embedder.js';
import type { VectorIndex } from './vector-index.js';

const CACHE_SIZE = 64;
/** The probe's "nearest passages": how many the mean similarity is taken over. */
const NEAREST = 5;

export function createDenseSide(embedder: Embedder, vectors: VectorIndex): { dense: DenseSearch; probe: DenseProbe } {
  const cache = new Map<string, Float32Array>();
  const embed = async (text: string): Promise<Float32Array> => {
    let v = cache.get(text);
    if (!v) {
      v = await embedder.embedQuery(text);
      cache.set(text, v);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return v;
  };
  return {
    async dense(text, k) {
      return vectors.search(await embed(text), k).map((h) => ({ chunk: h.chunk, score: h.similarity }));
    },
    async probe(text, passages) {
      const vector = await embed(text);
      const nearest = vectors.search(vector, NEAREST);
      return {
        vector,
        nearest: nearest.reduce((s, h) => s + h.similarity, 0) / Math.max(nearest.length, 1),
        toPassages: passages.map((p) => dot(vector, vectors.vector(p))),
      };
    },
  };
}
