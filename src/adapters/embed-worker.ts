// Worker thread: one embedding model (embedder.ts) answering the pool's requests (embedder-pool.ts),
// so tokenising and running the model never hold up the main event loop. One text per query request,
// passages in the same batches as on the main thread: the floats are the same bit for bit.
import { parentPort, workerData } from 'node:worker_threads';
import { createTransformersEmbedder, type TransformersEmbedderOptions } from './embedder.js';

export type EmbedAsk = { kind: 'query'; text: string } | { kind: 'passages'; texts: string[] };
export type EmbedRequest = EmbedAsk & { id: number };

export type EmbedReply =
  | { type: 'ready'; dims: number }
  | { type: 'result'; id: number; vectors: Float32Array[] }
  | { type: 'progress'; id: number; done: number }
  | { type: 'error'; id: number; message: string };

const port = parentPort;
if (port) {
  const embedder = await createTransformersEmbedder(workerData as TransformersEmbedderOptions);
  const reply = (r: EmbedReply, transfer: ArrayBuffer[] = []) => port.postMessage(r, transfer);
  port.on('message', async (req: EmbedRequest) => {
    try {
      const vectors = req.kind === 'query'
        ? [await embedder.embedQuery(req.text)]
        : await embedder.embedPassages(req.texts, (done) => reply({ type: 'progress', id: req.id, done }));
      reply({ type: 'result', id: req.id, vectors }, vectors.map((v) => v.buffer as ArrayBuffer));
    } catch (err) {
      reply({ type: 'error', id: req.id, message: (err as Error).message });
    }
  });
  reply({ type: 'ready', dims: embedder.dims });
}
