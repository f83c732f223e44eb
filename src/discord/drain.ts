// Shutting down without leaving anyone waiting. Once draining begins, new questions are told to ask
// again in a minute (the handlers check `draining()`); questions already being answered may finish
// within the drain limit; those still running after it are abandoned — logged by id, and their askers
// told to ask again — so no one is left with "thinking…" forever.
import type { BotLog } from './types.js';

export interface Question {
  kind: 'slash' | 'button' | 'message';
  id: string;
  /** Tells the asker this question will not be answered: ask again in a minute. */
  tellRestarting(): Promise<unknown>;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export function createDrain(log: BotLog) {
  let draining = false;
  const running = new Map<string, Question>();
  let idle: (() => void) | null = null;
  return {
    draining: () => draining,
    /** Registers a question being answered; call the returned function when it is done. */
    begin(q: Question): () => void {
      running.set(q.id, q);
      return () => {
        running.delete(q.id);
        if (running.size === 0) idle?.();
      };
    },
    /** Starts draining and waits up to limitMs for the questions in flight; returns those abandoned. */
    async drain(limitMs: number): Promise<Question[]> {
      draining = true;
      log.info({ inFlight: running.size, limitSeconds: limitMs / 1000 }, 'shutting down: questions in flight may finish; new ones are told to ask again in a minute');
      if (running.size) await Promise.race([new Promise<void>((r) => (idle = r)), pause(limitMs)]);
      const abandoned = [...running.values()];
      if (!abandoned.length) {
        log.info({}, 'drained: every question in flight was answered');
        return abandoned;
      }
      log.warn({ abandoned: abandoned.map((q) => `${q.kind} ${q.id}`) },
        `abandoned ${abandoned.length} questions still running after the drain limit of ${limitMs / 1000} s: their askers are told to ask again`);
      await Promise.race([Promise.allSettled(abandoned.map((q) => q.tellRestarting())), pause(3000)]);
      return abandoned;
    },
  };
}
