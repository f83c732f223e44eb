// Adapter: the dense side of retrieval over the real embedder and HNSW index, with a small cache so a
// question is embedded once however often it is searched.
import type { DenseSearch } from '../search/retrieve.js';
import type { Embedder } from './embedder.js';
import type { VectorIndex } from './vector-index.js';

const CACHE_SIZE = 64;

export function createDenseSide(embedder: Embedder, vectors: VectorIndex): { dense: DenseSearch } {
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
  return {
    async dense(text, k) {
      return vectors.search(await embed(text), k).map((h) => ({ chunk: h.chunk, score: h.similarity }));
    },
  };
}
