// Adapter: an HNSW vector index (hnswlib-node, cosine space) over chunk vectors; labels are chunk positions.
import hnswlib from 'hnswlib-node';

export interface VectorHit {
  chunk: number;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

export interface VectorIndex {
  readonly size: number;
  search(vector: Float32Array, k: number): VectorHit[];
  /** The stored (unit) vector of a chunk. */
  vector(chunk: number): Float32Array;
  save(path: string): Promise<void>;
}

function wrap(index: hnswlib.HierarchicalNSW): VectorIndex {
  index.setEf(200);
  return {
    size: index.getCurrentCount(),
    search(vector, k) {
      const n = Math.min(k, index.getCurrentCount());
      if (n === 0) return [];
      const { distances, neighbors } = index.searchKnn(Array.from(vector), n);
      return neighbors.map((chunk, i) => ({ chunk, similarity: 1 - distances[i]! }));
    },
    vector(chunk) {
      return Float32Array.from(index.getPoint(chunk));
    },
    async save(path) {
      await index.writeIndex(path);
    },
  };
}

export function buildVectorIndex(vectors: Float32Array[], dims: number): VectorIndex {
  const index = new hnswlib.HierarchicalNSW('cosine', dims);
  index.initIndex(Math.max(vectors.length, 1), 16, 200, 42);
  vectors.forEach((v, i) => index.addPoint(Array.from(v), i));
  return wrap(index);
}

export async function loadVectorIndex(path: string, dims: number): Promise<VectorIndex> {
  const index = new hnswlib.HierarchicalNSW('cosine', dims);
  await index.readIndex(path);
  return wrap(index);
}
