// Prometheus metrics (prom-client), in a registry of their own: questions by outcome and where they
// were asked, answer latency, Discord errors, the answer queue's length, and the process's defaults.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Outcome } from '../answer/answer.js';

export type AskedThrough = 'web' | 'discord' | 'terminal';

export interface Metrics {
  registry: Registry;
  /** Count a question and its answer time. */
  answered(outcome: Outcome | 'problem', through: AskedThrough, seconds: number): void;
  discordError(kind: string): void;
  /** Reads the answer queue's length when scraped (replaced when the engine is). */
  queueLength(read: () => number): void;
}

export function createMetrics(defaults = true): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'planbot_' });
  const questions = new Counter({ name: 'planbot_questions_total', help: 'Questions answered, by outcome and where they were asked', labelNames: ['outcome', 'through'], registers: [registry] });
  const latency = new Histogram({
    name: 'planbot_answer_seconds', help: 'Time to answer a question (queue wait included)', labelNames: ['through'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  });
  const errors = new Counter({ name: 'planbot_discord_errors_total', help: 'Errors the Discord bot logged (pino level error and above), by message', labelNames: ['kind'], registers: [registry] });
  let readQueue = () => 0;
  new Gauge({ name: 'planbot_answer_queue_length', help: 'Questions waiting for the answer engine', registers: [registry], collect() { this.set(readQueue()); } });
  return {
    registry,
    answered: (outcome, through, seconds) => {
      questions.inc({ outcome, through });
      latency.observe({ through }, seconds);
    },
    discordError: (kind) => errors.inc({ kind }),
    queueLength: (read) => { readQueue = read; },
  };
}
