// Wiring: build the index to disk, or open it — building first when it is missing or corrupt, and
// serving a stale one while its replacement builds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Embedder } from '../adapters/embedder.js';
import { readIndex, readManifest, writeIndex, type LoadedIndex } from '../adapters/index-store.js';
import { loadEmbedder } from '../adapters/load-embedder.js';
import { progressBar } from '../adapters/progress.js';
import { buildVectorIndex } from '../adapters/vector-index.js';
import { CHUNKER_VERSION } from '../chunk/chunk.js';
import { configuredModel, type Config } from '../config.js';
import { buildIndexArtifacts, EXTRA_NAMES, type BuiltIndex, type IndexExtras } from '../index/build.js';
import { IndexFileError, StaleIndexError, type ExpectedIndex } from '../index/manifest.js';
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

/** What an index must have been built from to serve: this plan text, this chunker, this model (null: none). */
export const expectedIndex = (config: Config, modelId: string | null): ExpectedIndex =>
  ({ seedSha256: readSeed(config).sha256, chunkerVersion: CHUNKER_VERSION, modelId });

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

/** The index to serve now and, when a stale one serves meanwhile, the rebuilt one to come. */
export interface OpenedIndex {
  index: LoadedIndex<IndexExtras>;
  replacement: Promise<LoadedIndex<IndexExtras>> | null;
}

/**
 * Opens the index. Missing, corrupt or unreadable by this code: builds it first (with progress),
 * saying why. With serveStale, an index that is only stale (another plan text or chunker, same schema
 * and model) serves while its replacement is built into a new folder and swapped in when done.
 */
export async function openIndex(config: Config, log: Log, embedder: Embedder | null, options: { serveStale?: boolean } = {}): Promise<OpenedIndex> {
  const expected = expectedIndex(config, embedder?.modelId ?? null);
  const dir = resolve(config.INDEX_DIR);
  const read = (allowStale = false) => readIndex<IndexExtras>(dir, expected, EXTRA_NAMES, { allowStale });
  let why: string;
  try {
    const index = await read(options.serveStale);
    if (!index.staleness.length) return { index, replacement: null };
    log.warn(`index at ${dir} is stale (${index.staleness.join('; ')}): serving it while a new one is built`);
    const replacement = buildAndWriteIndex(config, log, embedder).then(() => read());
    return { index, replacement };
  } catch (err) {
    if (!(err instanceof StaleIndexError || err instanceof IndexFileError)) throw err;
    why = err instanceof StaleIndexError && !readManifest(dir) ? `no index at ${dir}` : err.message.replace(/\. Rebuild .*$/, '');
  }
  log.warn(`${why}: building the index now, before answering anything (about a minute; progress on stderr)`);
  const started = Date.now();
  await buildAndWriteIndex(config, log, embedder);
  log.info(`index built in ${((Date.now() - started) / 1000).toFixed(1)} s at ${dir}`);
  return { index: await read(), replacement: null };
}
