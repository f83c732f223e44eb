// Adapter: an HNSW vector index (hnswlib-node, cosine space); labels are positions in the list of
// vectors it was built from (chunks, or sentences).
import hnswlib from 'hnswlib-node';

export interface VectorHit {
  label: number;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

export interface VectorIndex {
  readonly size: number;
  search(vector: Float32Array, k: number): VectorHit[];
  /** The stored (unit) vector with this label. */
  vector(label: number): Float32Array;
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
      return neighbors.map((label, i) => ({ label, similarity: 1 - (distances[i] ?? 1) }));
    },
    vector(label) {
      return Float32Array.from(index.getPoint(label));
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
