// Wiring: what the bot takes from the answer engine (answers through a bounded queue — full, a
// question is answered "busy" — targets, the plan, /about), as one piece — swapped whole when a
// rebuilt index replaces a stale one (src/main.ts), and reused by the benchmarks.
import { configuredModel, type Config } from '../config.js';
import type { BotServices } from '../discord/bot.js';
import { createFootnoteLookup } from '../plan/footnotes.js';
import { UserError } from '../discord/errors.js';
import { createPlanLinks } from '../web/plan-links.js';
import { answerQueue, QueueFull } from './answer-queue.js';
import type { Engine } from './engine.js';
import type { Answer } from '../answer/answer.js';
import type { PastedCheck } from '../check/paragraph.js';

export type EngineServices = Pick<BotServices, 'ask' | 'check' | 'formOf' | 'findTargets' | 'targets' | 'plan' | 'footnotes' | 'about' | 'planLinks'>;

/** Questions inside the engine at once: one more than the embedding workers, so they stay busy while the main thread quotes and judges. */
export const answerConcurrency = (embedWorkers: number) => Math.max(2, embedWorkers + 1);

/** Answers through the queue (answer-queue.ts); a question the full queue refuses is the user's "busy" error. */
export function boundedAsk<T, I = string>(run: (input: I) => Promise<T>, concurrency: number, maxWaiting: number) {
  const queue = answerQueue<T, I>(run, concurrency, maxWaiting);
  const ask = (question: I) => queue(question).catch((err: unknown) => {
    throw err instanceof QueueFull ? new UserError('busy') : err;
  });
  return Object.assign(ask, { waiting: queue.waiting, mostWaiting: queue.mostWaiting });
}

/** `concurrency`: questions inside the engine at once; at most ANSWER_QUEUE_MAX_WAITING more wait. */
/** A question to answer or a pasted claim to check: both wait in the one queue. */
type Job = { ask: string } | { check: string };

/** Questions and claims through one bounded queue (a claim is as much work as a question, a paragraph up to ten). */
function engineQueue(engine: Engine, concurrency: number, maxWaiting: number) {
  const queue = boundedAsk<Answer | PastedCheck, Job>((job) => ('ask' in job ? engine.ask(job.ask) : engine.checkPasted(job.check)), concurrency, maxWaiting);
  const ask = Object.assign((question: string) => queue({ ask: question }) as Promise<Answer>, { waiting: queue.waiting, mostWaiting: queue.mostWaiting });
  return { ask, check: (text: string) => queue({ check: text }) as Promise<PastedCheck> };
}

export const fromEngine = (engine: Engine, config: Config, concurrency: number): EngineServices => ({
  ...engineQueue(engine, concurrency, config.ANSWER_QUEUE_MAX_WAITING),
  formOf: (text) => engine.formOf(text),
  findTargets: (t) => engine.targets.find(t),
  targets: engine.index.extra.targets,
  plan: engine.index.plan,
  footnotes: createFootnoteLookup(engine.index.plan),
  // Link buttons and linked targets only when the reader has an address people can reach.
  planLinks: config.PUBLIC_URL ? createPlanLinks(engine.index.plan, engine.index.chunks, config.PUBLIC_URL) : null,
  about: {
    title: engine.index.plan.title,
    indexBuiltAt: engine.index.manifest.builtAt,
    chunks: engine.index.manifest.chunkCount,
    targets: engine.index.manifest.targetCount,
    model: engine.embedder && engine.index.vectors ? configuredModel(config) : null,
  },
});
