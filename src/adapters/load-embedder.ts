// Adapter: the configured embedding model, fetched if missing, or null (lexical retrieval only) when
// it cannot be had or a file of it differs from its pinned sha256 (checked once per load) — the caller
// says so plainly, naming the file and the fix; nothing hangs on a download. With workers > 0 the
// model runs in that many worker threads (embedder-pool.ts), else on the calling thread.
import { resolve } from 'node:path';
import { BGE_QUERY_PREFIX, createTransformersEmbedder, type Embedder } from './embedder.js';
import { createEmbedderPool } from './embedder-pool.js';
import { BGE_SMALL_ZH, ensureBgeSmallZh, hasModelFiles, MODEL_FIX, verifyModelFiles } from './model-files.js';

export interface EmbedderSettings {
  modelId: string | null;
  modelsDir: string;
  /** Worker threads to run the model in; 0 (the default) runs it on the calling thread. */
  workers?: number;
}

export async function loadEmbedder(
  settings: EmbedderSettings,
  warn: (msg: string) => void,
): Promise<Embedder | null> {
  const { modelId } = settings;
  if (!modelId) return null;
  const modelsDir = resolve(settings.modelsDir);
  try {
    if (modelId === BGE_SMALL_ZH.id) {
      const problem = verifyModelFiles(await ensureBgeSmallZh(modelsDir, warn));
      if (problem) throw new Error(`${problem}: the model folder was altered; fix it with: ${MODEL_FIX}`);
    } else if (!hasModelFiles(modelsDir, modelId)) throw new Error(`no files for ${modelId} under ${modelsDir}`);
    const bge = modelId.startsWith('BAAI/bge-');
    const options = { modelsDir, modelId, pooling: bge ? 'cls' as const : 'mean' as const, queryPrefix: bge ? BGE_QUERY_PREFIX : '' };
    const workers = settings.workers ?? 0;
    return workers > 0 ? await createEmbedderPool(options, workers, warn) : await createTransformersEmbedder(options);
  } catch (err) {
    warn(`embedding model ${modelId} unavailable (${(err as Error).message}); using lexical retrieval only`);
    return null;
  }
}
