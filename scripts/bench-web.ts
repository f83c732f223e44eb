// npm run bench:web [-- --seconds 10] [--connections 50] [--lexical] — the HTTP API under load:
// autocannon keeps 50 connections busy on GET /api/ask over loopback for 10 s (distinct everyday
// questions in turn, after a warm-up), against the real engine (model and index as configured, the
// bot's answer queue; --lexical: BM25 only) and the real server (rate limit lifted): once with every
// answer computed, once with the answers cached as npm start keeps them. Prints latency p50/p95/p99,
// requests per second, errors, and the largest 篇 page compressed. Targets: p95 ≤ 100 ms, ≤ 300 KB.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { autoWorkers } from '../src/adapters/embedder-pool.js';
import { answerQueue } from '../src/app/answer-queue.js';
import { answerConcurrency } from '../src/app/bot-services.js';
import { createEngine } from '../src/app/engine.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { embedWorkers, loadConfig } from '../src/config.js';
import { createMetrics } from '../src/web/metrics.js';
import { createWebServer } from '../src/web/server.js';
import type { WebService } from '../src/web/service.js';
import { serviceOf } from '../src/web/start.js';
import { benchQuestions, percentile } from './bench/bot-under-load.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? fallback) || fallback;
const seconds = args.includes('--seconds') ? option('--seconds', 10) : 10;
const connections = args.includes('--connections') ? option('--connections', 50) : 50;
const log = { info: (m: string) => console.error(m), warn: (m: string) => console.error(`warning: ${m}`) };

/** autocannon on /api/ask with the questions in turn; each response's time kept for the percentiles. */
async function load(origin: string, questions: string[]) {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: origin, connections, duration: seconds,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/api/ask?q=${encodeURIComponent(questions[next++ % questions.length]!)}` }) }],
    }, (err, done) => (err ? reject(err) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const ms = (p: number) => percentile(latencies, p).toFixed(0);
  const p95 = percentile(latencies, 95);
  console.log(`  ${result.requests.total} requests, ${(result.requests.total / seconds).toFixed(1)}/s; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
  console.log(`  latency p50 ${ms(50)} ms, p95 ${ms(95)} ms, p99 ${ms(99)} ms, max ${Math.max(...latencies).toFixed(0)} ms — target p95 ≤ 100 ms ${p95 <= 100 ? 'met' : 'MISSED'}`);
}

async function main() {
  const config = loadConfig({ ...process.env, ...(args.includes('--lexical') ? { EMBED_MODEL: 'none' } : {}) });
  const workers = embedWorkers(config, autoWorkers);
  const engine = await createEngine(config, log, loadFittedParts(), { embedWorkers: workers });
  const queue = answerQueue((q) => engine.ask(q), answerConcurrency(workers));
  const uncached = serviceOf(engine, config, queue, 0);
  const cached = serviceOf(engine, config, queue);
  let service = uncached;
  const app = await createWebServer({ service: () => service, metrics: createMetrics(false), rateLimitPerMinute: 100_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const questions = benchQuestions(240);
  for (const q of benchQuestions(-5)) await fetch(`${origin}/api/ask?q=${encodeURIComponent(q)}`);
  const what = engine.embedder && engine.index.vectors ? `model ${engine.embedder.modelId}, ${workers} embedding workers` : 'BM25 only';
  console.log(`GET /api/ask, ${connections} connections, ${seconds} s each, ${what}, ${questions.length} distinct questions in turn:`);
  console.log('every answer computed (no answer cache):');
  await load(origin, questions);
  service = cached;
  for (const q of questions) await fetch(`${origin}/api/ask?q=${encodeURIComponent(q)}`);
  console.log('the same questions again, answered from the answer cache (as npm start serves):');
  await load(origin, questions);
  await pageSizes(app, service);
  await app.close();
  process.exit(0);
}

/** The compressed size of every 篇 page as the server sends it. */
async function pageSizes(app: Awaited<ReturnType<typeof createWebServer>>, service: WebService) {
  const sizes = await Promise.all([...service.files.keys()].filter((f) => /^p\d+\.html$/.test(f)).map(async (file) => {
    const size = async (encoding: string) => (await app.inject({ url: `/plan/${file}`, headers: { 'accept-encoding': encoding } })).rawPayload.length;
    return { file, raw: Buffer.byteLength(service.files.get(file)!.body), br: await size('br'), gzip: await size('gzip') };
  }));
  const largest = sizes.sort((a, b) => b.gzip - a.gzip)[0]!;
  console.log(`篇 pages: largest ${largest.file}, ${(largest.raw / 1024).toFixed(0)} KB raw, ${(largest.gzip / 1024).toFixed(1)} KB gzip, ${(largest.br / 1024).toFixed(1)} KB brotli — target ≤ 300 KB compressed ${largest.gzip <= 300 * 1024 ? 'met' : 'MISSED'}`);
}

main().catch((err: Error) => {
  console.error(`bench:web failed: ${err.message}`);
  process.exit(1);
});
