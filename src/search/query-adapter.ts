// The query adapter: a linear map applied to a question's vector before dense search. The embedding
// model (bge-small-zh) places everyday phrasing ("工资涨不涨", "堵车") and English far from the
// plan's wording; the map, fitted on labelled questions (src/fit/query-adapter-fit.ts, `npm run fit
// -- adapter`), moves a question toward the passages and sentences that answer questions like it.
// Passage and sentence vectors are not changed, so the index does not depend on it. Pure.

export interface QueryAdapter {
  /** The embedding model whose vectors it maps (a different model's vectors are left alone). */
  model: string;
  dims: number;
  /** Row-major dims × dims: adapted = normalise(matrix · vector). */
  matrix: Float32Array;
}

/**
 * out = matrix · vector for a row-major dims × dims matrix, written into out; returns |out|, or 1 when
 * it is 0 (so dividing by it is safe). Shared by the adapter and its fit.
 */
export function mapVector(matrix: ArrayLike<number>, vector: ArrayLike<number>, out: Float32Array | Float64Array): number {
  const d = out.length;
  let norm = 0;
  for (let i = 0; i < d; i++) {
    let s = 0;
    const row = i * d;
    for (let j = 0; j < d; j++) s += matrix[row + j]! * vector[j]!;
    out[i] = s;
    norm += s * s;
  }
  return Math.sqrt(norm) || 1;
}

/** The question's vector mapped by the adapter, as a unit vector. */
export function adaptQuery(adapter: QueryAdapter, vector: Float32Array): Float32Array {
  const d = adapter.dims;
  if (vector.length !== d) throw new Error(`query adapter expects ${d} dimensions, got ${vector.length}`);
  const out = new Float32Array(d);
  const norm = mapVector(adapter.matrix, vector, out);
  for (let i = 0; i < d; i++) out[i]! /= norm;
  return out;
}

/** The adapter as stored: JSON with the matrix as base64 of little-endian float32, and how it was fitted. */
export interface StoredQueryAdapter {
  model: string;
  dims: number;
  fitted: Record<string, unknown>;
  matrix: string;
}

export function encodeAdapter(adapter: QueryAdapter, fitted: Record<string, unknown>): StoredQueryAdapter {
  const bytes = Buffer.alloc(adapter.matrix.length * 4);
  adapter.matrix.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
  return { model: adapter.model, dims: adapter.dims, fitted, matrix: bytes.toString('base64') };
}

export function decodeAdapter(stored: StoredQueryAdapter): QueryAdapter {
  const bytes = Buffer.from(stored.matrix, 'base64');
  if (bytes.length !== stored.dims * stored.dims * 4) {
    throw new Error(`query adapter: the matrix holds ${bytes.length} bytes, not ${stored.dims}×${stored.dims} float32`);
  }
  const matrix = new Float32Array(stored.dims * stored.dims);
  for (let i = 0; i < matrix.length; i++) matrix[i] = bytes.readFloatLE(i * 4);
  return { model: stored.model, dims: stored.dims, matrix };
}
