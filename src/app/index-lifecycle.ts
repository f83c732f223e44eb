// Wiring: build the index to disk, or open it (rebuilding when it is missing or stale).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Embedder } from '../adapters/embedder.js';
import { readIndex, writeIndex, type LoadedIndex } from '../adapters/index-store.js';
import { loadEmbedder } from '../adapters/load-embedder.js';
import { progressBar } from '../adapters/progress.js';
import { buildVectorIndex } from '../adapters/vector-index.js';
import { CHUNKER_VERSION } from '../chunk/chunk.js';
import { configuredModel, type Config } from '../config.js';
import { buildIndexArtifacts, EXTRA_NAMES, type BuiltIndex, type IndexExtras } from '../index/build.js';
import { StaleIndexError } from '../index/manifest.js';
import { loadCedict } from '../adapters/cedict.js';

export type { IndexExtras } from '../index/build.js';

export interface Log {
  info(msg: string): void;
  warn(msg: string): void;
}

export function readSeed(config: Config): { text: string; sha256: string } {
  const path = resolve(config.SEED_PATH);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the plan text at ${path} (SEED_PATH): ${(err as Error).message}`);
  }
  return { text, sha256: createHash('sha256').update(text).digest('hex') };
}

export async function buildAndWriteIndex(config: Config, log: Log, embedder?: Embedder | null): Promise<BuiltIndex> {
  const seed = readSeed(config);
  const model = embedder !== undefined ? embedder : await loadEmbedder(
    { modelId: configuredModel(config), modelsDir: config.EMBED_MODEL_DIR }, log.warn);
  if (!model) log.warn('building a lexical-only index (no embedding model); answers will use BM25 alone');
  let bar: ReturnType<typeof progressBar> | null = null;
  const built = await buildIndexArtifacts({
    seedText: seed.text,
    seedSha256: seed.sha256,
    embedder: model,
    dictionary: await loadCedict(),
    now: () => new Date(),
    onProgress: (done, total) => {
      bar ??= progressBar('embedding passages and sentences', total);
      bar.tick(done);
    },
  });
  (bar as ReturnType<typeof progressBar> | null)?.end();
  const vectors = built.vectors && model
    ? { passages: buildVectorIndex(built.vectors.passages, model.dims), sentences: buildVectorIndex(built.vectors.sentences, model.dims) }
    : null;
  await writeIndex(resolve(config.INDEX_DIR), built, vectors);
  return built;
}

/** Opens the index; when it is missing or stale, rebuilds it (the build takes about a minute). */
export async function openIndex(
  config: Config,
  log: Log,
  embedder: Embedder | null,
): Promise<LoadedIndex<IndexExtras>> {
  const expected = {
    seedSha256: readSeed(config).sha256,
    chunkerVersion: CHUNKER_VERSION,
    modelId: embedder?.modelId ?? null,
  };
  const dir = resolve(config.INDEX_DIR);
  try {
    return await readIndex<IndexExtras>(dir, expected, EXTRA_NAMES);
  } catch (err) {
    if (!(err instanceof StaleIndexError)) throw err;
    log.warn(`${err.message} — rebuilding now`);
    await buildAndWriteIndex(config, log, embedder);
    return await readIndex<IndexExtras>(dir, expected, EXTRA_NAMES);
  }
}
