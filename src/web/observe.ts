// Feeding /metrics from the rest of the bot: every answer (outcome and time, wherever it was asked),
// and every error the Discord bot logs (pino's level "error" and above, by message).
import type { Answer } from '../answer/answer.js';
import type { AskedThrough, Metrics } from './metrics.js';

/** The same ask, counted; a queue's `waiting` is kept. */
export function countAnswers<F extends (q: string) => Promise<Answer>>(ask: F, metrics: Metrics | undefined, through: AskedThrough): F {
  if (!metrics) return ask;
  const counted = async (q: string) => {
    const started = performance.now();
    const answer = await ask(q);
    metrics.answered(answer.problem ? 'problem' : answer.outcome, through, (performance.now() - started) / 1000);
    return answer;
  };
  return Object.assign(counted, ask) as F;
}

const PINO_ERROR = 50;

/** pino hooks counting logged errors: the message (a constant of the code) names the kind. */
export const errorCountingHooks = (metrics: Metrics | undefined) => ({
  logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void, level: number) {
    if (metrics && level >= PINO_ERROR) metrics.discordError(String(args.find((a) => typeof a === 'string') ?? 'error'));
    method.apply(this, args);
  },
});
