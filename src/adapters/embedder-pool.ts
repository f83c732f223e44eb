// Adapter: the Embedder (embedder.ts) served by a small pool of worker threads (embed-worker.ts), each
// with its own copy of the model, so a burst of questions keeps the main event loop free to acknowledge
// interactions. A request goes to the worker with the fewest waiting; workers hold the process open
// only while they have work. A worker that dies fails its requests and is replaced.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Embedder, TransformersEmbedderOptions } from './embedder.js';
import type { EmbedAsk, EmbedReply, EmbedRequest } from './embed-worker.js';

/** Workers for `auto`: the cores less one for the event loop, at least one, at most four (each holds a model). */
export const autoWorkers = () => Math.max(1, Math.min(4, availableParallelism() - 1));

interface Pending {
  resolve(v: Float32Array[]): void;
  reject(e: Error): void;
  onProgress?: (done: number) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Run as TypeScript (tsx, vitest), the worker registers tsx's loader itself before importing its module. */
function spawn(workerData: TransformersEmbedderOptions): Worker {
  const url = new URL(`./embed-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const api = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const boot = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(url.href)});`;
  return new Worker(boot, { eval: true, workerData });
}

/** Starts a worker for the options: the embed-worker module, or (in tests) a stand-in speaking its protocol. */
export type SpawnWorker = (options: TransformersEmbedderOptions) => Worker;

function startSlot(options: TransformersEmbedderOptions, spawnWorker: SpawnWorker, onDims: (dims: number) => void, onError: (e: Error) => void): Slot {
  const slot: Slot = { worker: spawnWorker(options), pending: new Map() };
  const failAll = (e: Error) => {
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  };
  slot.worker.on('message', (m: EmbedReply) => {
    if (m.type === 'ready') {
      if (slot.pending.size === 0) slot.worker.unref(); // from now on held open only while working
      return onDims(m.dims);
    }
    const p = slot.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') return p.onProgress?.(m.done);
    slot.pending.delete(m.id);
    if (slot.pending.size === 0) slot.worker.unref();
    if (m.type === 'result') p.resolve(m.vectors);
    else p.reject(new Error(`embedding worker: ${m.message}`));
  });
  slot.worker.on('error', (e) => {
    failAll(e);
    onError(e);
  });
  slot.worker.on('exit', (code) => failAll(new Error(`embedding worker exited (code ${code})`)));
  return slot;
}

export async function createEmbedderPool(
  options: TransformersEmbedderOptions,
  size: number,
  warn: (msg: string) => void = () => {},
  spawnWorker: SpawnWorker = spawn,
): Promise<Embedder & { close(): Promise<void> }> {
  let ready!: (dims: number) => void;
  let failed!: (e: Error) => void;
  const firstReady = new Promise<number>((res, rej) => { ready = res; failed = rej; });
  const slots: Slot[] = [];
  let serving = false;
  const start = (i: number) => {
    slots[i] = startSlot(options, spawnWorker, ready, (e) => {
      if (!serving) return failed(e); // the model does not load: no use starting another
      warn(`embedding worker ${i} failed (${e.message}): starting another`);
      start(i);
    });
  };
  for (let i = 0; i < size; i++) start(i);
  const dims = await firstReady.catch(async (e: Error) => {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw e;
  });
  serving = true;
  let nextId = 1;
  const request = (req: EmbedAsk, onProgress?: (done: number) => void) => new Promise<Float32Array[]>((resolve, reject) => {
    const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    slot.pending.set(id, { resolve, reject, onProgress });
    slot.worker.ref();
    slot.worker.postMessage({ ...req, id } as EmbedRequest);
  });
  return {
    modelId: options.modelId,
    dims,
    pooling: options.pooling,
    queryPrefix: options.queryPrefix,
    passagePrefix: options.passagePrefix ?? '',
    async embedQuery(text) {
      const [v] = await request({ kind: 'query', text });
      if (!v) throw new Error('embedding worker returned no vector');
      return v;
    },
    embedPassages: (texts, onProgress) => request({ kind: 'passages', texts }, onProgress),
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
