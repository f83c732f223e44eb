// The bench's bot: the real engine (model and index as configured) and the real discord.js client
// against the fake Discord in its own process (fake-discord-process.ts), with the event loop's delay
// measured while a burst of /ask is answered. Used by bench-burst.ts and bench-scale.ts.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openSqliteStore } from '../../src/adapters/sqlite-store.js';
import { fromEngine } from '../../src/app/bot-services.js';
import { createBudget } from '../../src/limits/budget.js';
import { memoryCounters } from '../../src/limits/memory-counters.js';
import { createEngine } from '../../src/app/engine.js';
import { loadFittedParts } from '../../src/adapters/fitted-files.js';
import type { Config } from '../../src/config.js';
import { createBot } from '../../src/discord/bot.js';
import type { FakeCommand, FakeReport } from './fake-discord-process.js';

const quiet = { info() {}, warn() {}, error() {} };

const WARM_UP = 5;

/** n distinct everyday questions from the project's own sets (no embedding cache hits; the last few are kept for the warm-up). */
export function benchQuestions(n: number): string[] {
  const files = ['test/fixtures/everyday-own.jsonl', 'test/fixtures/everyday-own-2.jsonl', 'test/fixtures/written-questions.jsonl'];
  const all = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question));
  const distinct = [...new Set(all)];
  if (distinct.length - WARM_UP < n) throw new Error(`only ${distinct.length - WARM_UP} distinct questions for a burst of ${n}`);
  return n < 0 ? distinct.slice(n) : distinct.slice(0, n);
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

/** `concurrency`: questions inside the engine at once (Infinity: no queue, as before the answer queue). */
export async function startBotUnderLoad(config: Config, embedWorkers: number, concurrency: number) {
  const engine = await createEngine(config, { info() {}, warn: (m) => console.error(m) }, loadFittedParts(), { embedWorkers });
  for (const q of benchQuestions(-WARM_UP)) await engine.ask(q); // warm-up, on questions the burst does not ask
  const fake = fork(new URL('./fake-discord-process.ts', import.meta.url), { execArgv: process.execArgv });
  const next = () => new Promise<FakeReport>((r) => fake.once('message', (m: FakeReport) => r(m)));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('fake Discord did not start');
  const store = openSqliteStore(':memory:');
  const bot = createBot({
    // The burst measures the engine and the queue, not the budgets or the queue's bound: both lifted.
    ...fromEngine(engine, { ...config, ANSWER_QUEUE_MAX_WAITING: 100_000 }, concurrency), store,
    digest: { postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4 }, questionLog: false, messageContent: false, now: () => new Date(), log: quiet,
    budget: createBudget({ counters: memoryCounters(), limits: { user: 100_000, channel: 100_000, server: 100_000 }, now: Date.now }),
  }, { token: 'fake.token.for-bench-only-0000000000000', apiUrl: ready.apiUrl });
  await bot.start();
  return {
    /** Dispatches the questions within spreadMs; returns ack and answer latencies (ms), the event loop's delay (ms), the elapsed time. */
    async burst(questions: string[], spreadMs: number) {
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const started = performance.now();
      fake.send({ type: 'burst', questions, spreadMs, timeoutMs: 300_000 } satisfies FakeCommand);
      const report = await next();
      const elapsedMs = performance.now() - started;
      loop.disable();
      if (report.type !== 'burst') throw new Error('unexpected report');
      return { ...report, elapsedMs, loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6 };
    },
    async stop() {
      fake.send({ type: 'stop' } satisfies FakeCommand);
      await bot.stop(1);
      await store.close();
    },
  };
}
