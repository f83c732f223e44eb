// Adapter: text → unit vectors with a local ONNX model through @xenova/transformers. Remote model
// downloads are switched off; the model must already be on disk (see model-files.ts).

export interface EmbedderInfo {
  modelId: string;
  dims: number;
  pooling: 'cls' | 'mean';
  queryPrefix: string;
  passagePrefix: string;
}

/** What the core needs from an embedding model. */
export interface Embedder extends EmbedderInfo {
  embedQuery(text: string): Promise<Float32Array>;
  embedPassages(texts: string[], onProgress?: (done: number) => void): Promise<Float32Array[]>;
}

export const BGE_QUERY_PREFIX = '为这个句子生成表示以用于检索相关文章：';

export interface TransformersEmbedderOptions {
  modelsDir: string;
  modelId: string;
  pooling: 'cls' | 'mean';
  queryPrefix: string;
  passagePrefix?: string;
  batchSize?: number;
}

export async function createTransformersEmbedder(opts: TransformersEmbedderOptions): Promise<Embedder> {
  const { env, pipeline } = await import('@xenova/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = opts.modelsDir;
  const extract = await pipeline('feature-extraction', opts.modelId, { quantized: true });
  const run = async (texts: string[]): Promise<Float32Array[]> => {
    const out = await extract(texts, { pooling: opts.pooling, normalize: true });
    const [n, dims] = out.dims as [number, number];
    const data = out.data as Float32Array;
    return Array.from({ length: n }, (_, i) => data.slice(i * dims, (i + 1) * dims));
  };
  const probe = await run(['维度']);
  const batchSize = opts.batchSize ?? 8;
  return {
    modelId: opts.modelId,
    dims: probe[0]!.length,
    pooling: opts.pooling,
    queryPrefix: opts.queryPrefix,
    passagePrefix: opts.passagePrefix ?? '',
    async embedQuery(text) {
      return (await run([opts.queryPrefix + text]))[0]!;
    },
    async embedPassages(texts, onProgress) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        vectors.push(...(await run(texts.slice(i, i + batchSize).map((t) => (opts.passagePrefix ?? '') + t))));
        onProgress?.(vectors.length);
      }
      return vectors;
    },
  };
}
