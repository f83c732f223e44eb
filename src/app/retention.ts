// Keeping questions no longer than RETENTION_DAYS: the question log, answers nobody voted on and
// thread context older than that are deleted at start-up and every hour after, and the voter ids of
// older votes are dropped (their counts stay with the answer).
import type { Store } from '../state/store.js';

const DAY_MS = 86_400_000;

export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

export function startRetention(
  store: Pick<Store, 'prune'>,
  days: number,
  now: () => Date,
  log: { info(msg: string): void; warn(msg: string): void },
  intervalMs = 3_600_000,
): () => void {
  const run = () => store.prune(retentionCutoff(now(), days))
    .then((n) => {
      if (n.questions || n.answers || n.threads || n.voters) {
        log.info(`retention (${days} days): deleted ${n.questions} logged questions, ${n.answers} answers, ${n.threads} thread contexts, the voter ids of ${n.voters} votes`);
      }
    })
    .catch((err: Error) => log.warn(`retention: could not delete old records: ${err.message}`));
  void run();
  const handle = setInterval(() => void run(), intervalMs);
  handle.unref();
  return () => clearInterval(handle);
}
