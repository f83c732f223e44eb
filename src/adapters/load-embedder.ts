// Adapter: the configured embedding model, fetched if missing, or null (lexical retrieval only) when
// it cannot be had — the caller says so plainly; nothing hangs on a download.
import { resolve } from 'node:path';
import { BGE_QUERY_PREFIX, createTransformersEmbedder, type Embedder } from './embedder.js';
import { BGE_SMALL_ZH, ensureBgeSmallZh, hasModelFiles } from './model-files.js';

export interface EmbedderSettings {
  modelId: string | null;
  modelsDir: string;
}

export async function loadEmbedder(
  settings: EmbedderSettings,
  warn: (msg: string) => void,
): Promise<Embedder | null> {
  const { modelId } = settings;
  if (!modelId) return null;
  const modelsDir = resolve(settings.modelsDir);
  try {
    if (modelId === BGE_SMALL_ZH.id) await ensureBgeSmallZh(modelsDir, warn);
    else if (!hasModelFiles(modelsDir, modelId)) throw new Error(`no files for ${modelId} under ${modelsDir}`);
    const bge = modelId.startsWith('BAAI/bge-');
    return await createTransformersEmbedder({
      modelsDir,
      modelId,
      pooling: bge ? 'cls' : 'mean',
      queryPrefix: bge ? BGE_QUERY_PREFIX : '',
    });
  } catch (err) {
    warn(`embedding model ${modelId} unavailable (${(err as Error).message}); using lexical retrieval only`);
    return null;
  }
}
