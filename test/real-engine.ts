// The engine as the bot runs it: the real embedding model and the built index (index/current when it
// is there, else built into a temporary folder, as index.integration does), for tests that assert
// answers over sets. Call from beforeAll (it may build for minutes) and remove() in afterAll.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../src/app/engine.js';
import { buildAndWriteIndex } from '../src/app/index-lifecycle.js';
import { loadEmbedder } from '../src/adapters/load-embedder.js';
import { loadConfig } from '../src/config.js';

const quiet = { info() {}, warn() {} };

export async function realEngine(): Promise<{ engine: Engine; remove: () => void }> {
  let config = loadConfig({});
  let built: string | null = null;
  if (!existsSync(join(config.INDEX_DIR, 'manifest.json'))) {
    built = mkdtempSync(join(tmpdir(), 'planbot-real-'));
    config = loadConfig({ INDEX_DIR: join(built, 'current') });
    await buildAndWriteIndex(config, quiet, await loadEmbedder({ modelId: 'BAAI/bge-small-zh-v1.5', modelsDir: config.EMBED_MODEL_DIR }, quiet.warn));
  }
  const engine = await createEngine(config, quiet, loadFittedParts());
  return { engine, remove: () => built && rmSync(built, { recursive: true, force: true }) };
}

/**
 * The real engine for one test file: started in beforeAll, its temporary index removed in afterAll.
 * Call at the top of the file; the function it returns gives the engine inside tests.
 */
export function useRealEngine(): () => Engine {
  let engine: Engine | null = null;
  let remove = () => {};
  beforeAll(async () => {
    ({ engine, remove } = await realEngine());
  }, 300_000);
  afterAll(() => remove());
  return () => {
    if (!engine) throw new Error('the real engine is not ready: call useRealEngine() at the top of the test file');
    return engine;
  };
}
