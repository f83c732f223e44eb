// The model in worker threads gives the same vectors, bit for bit, as on the main thread — queries one
// at a time and passages in batches — so answers do not change with EMBED_WORKERS; a request waiting
// on a worker that stops fails instead of hanging.
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../src/adapters/embedder.js';
import { createEmbedderPool } from '../src/adapters/embedder-pool.js';
import { BGE_QUERY_PREFIX } from '../src/adapters/embedder.js';
import { loadEmbedder } from '../src/adapters/load-embedder.js';

const settings = { modelId: 'BAAI/bge-small-zh-v1.5', modelsDir: 'models' };
let inline: Embedder | null;
let pool: (Embedder & { close(): Promise<void> }) | null;

beforeAll(async () => {
  inline = await loadEmbedder(settings, () => {});
  pool = await createEmbedderPool({ ...settings, modelsDir: `${process.cwd()}/models`, pooling: 'cls', queryPrefix: BGE_QUERY_PREFIX }, 2);
}, 120_000);

afterAll(async () => {
  await pool?.close();
});

describe('the embedding model in worker threads', () => {
  it('gives the same query vectors bit for bit, several at once', async () => {
    const questions = ['研发经费支出2025年目标是多少？', '井冈蜜柚种植规模要达到多少？', 'What are the forest coverage targets for 2025?', '那2025年呢？'];
    const fromPool = await Promise.all(questions.map((q) => pool!.embedQuery(q)));
    for (const [i, q] of questions.entries()) expect(Array.from(fromPool[i]!)).toEqual(Array.from(await inline!.embedQuery(q)));
    expect(pool!.dims).toBe(512);
  });

  it('gives the same passage vectors bit for bit, in the same batches', async () => {
    const passages = Array.from({ length: 11 }, (_, i) => `第${i + 1}条：推进吉安市高质量发展，森林覆盖率稳定在67.6%以上。`);
    const progress: number[] = [];
    const fromPool = await pool!.embedPassages(passages, (done) => progress.push(done));
    const fromMain = await inline!.embedPassages(passages);
    expect(fromPool.map((v) => Array.from(v))).toEqual(fromMain.map((v) => Array.from(v)));
    expect(progress).toEqual([8, 11]);
  });

});

describe('a worker that stops', () => {
  // A stand-in that loads no model and never answers: stopping a worker while the model runs inside it
  // can abort the whole process (a native error in onnxruntime), so the real model is not stopped
  // mid-request here.
  const silent = () => new Worker(
    "require('node:worker_threads').parentPort.postMessage({ type: 'ready', dims: 512 }); setInterval(() => {}, 1000);",
    { eval: true },
  );

  it('fails the requests waiting on it, it does not hang', async () => {
    const stopping = await createEmbedderPool({ ...settings, pooling: 'cls', queryPrefix: BGE_QUERY_PREFIX }, 1, () => {}, silent);
    expect(stopping.dims).toBe(512);
    const failed = expect(stopping.embedQuery('会被中断的问题')).rejects.toThrow(/embedding worker exited/);
    await stopping.close();
    await failed;
  });
});
