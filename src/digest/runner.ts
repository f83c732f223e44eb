// Posting due digests: mark 'sending' (with a nonce) before sending, 'posted' after; retry failures
// with backoff; a channel that no longer exists unsubscribes itself. Ports: store, sender, clock, sleep.
import type { Target } from '../targets/extract.js';
import { selectDigest, type Digest } from '../targets/digest.js';
import { dueChannels, localTime, nonceFor, type DigestState } from './schedule.js';

export interface DigestStore {
  load(): DigestState;
  save(state: DigestState): void;
}

export class DigestSendError extends Error {
  /** permanent: the channel is gone or closed to the bot — retrying cannot help. */
  constructor(message: string, readonly permanent: boolean) {
    super(message);
    this.name = 'DigestSendError';
  }
}

export type DigestSender = (channelId: string, digest: Digest, nonce: string) => Promise<void>;

export interface DigestRunner {
  targets: readonly Target[];
  store: DigestStore;
  send: DigestSender;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  postAt: string;
  timeZone: string;
  size: number;
  log: { info(msg: string): void; warn(msg: string): void };
  retries?: number;
}

async function sendWithRetry(r: DigestRunner, channelId: string, digest: Digest, nonce: string): Promise<'posted' | 'gone' | 'failed'> {
  const attempts = (r.retries ?? 3) + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await r.send(channelId, digest, nonce);
      return 'posted';
    } catch (err) {
      const permanent = err instanceof DigestSendError && err.permanent;
      r.log.warn(`digest to channel ${channelId} failed (attempt ${attempt}/${attempts}): ${(err as Error).message}`);
      if (permanent) return 'gone';
      if (attempt < attempts) await r.sleep(1000 * 2 ** (attempt - 1));
    }
  }
  return 'failed';
}

/** Posts every due digest once. Returns the channels posted to. */
export async function runDueDigests(r: DigestRunner): Promise<string[]> {
  const today = localTime(r.now(), r.timeZone);
  const state = r.store.load();
  const posted: string[] = [];
  for (const channelId of dueChannels(state, today, r.postAt)) {
    const nonce = nonceFor(state, channelId, today.date);
    state.posts[channelId] = { date: today.date, nonce, status: 'sending' };
    r.store.save(state);
    const result = await sendWithRetry(r, channelId, selectDigest(r.targets, today.date, r.size), nonce);
    if (result === 'posted') {
      state.posts[channelId] = { date: today.date, nonce, status: 'posted' };
      posted.push(channelId);
      r.log.info(`digest ${today.date} posted to channel ${channelId}`);
    } else if (result === 'gone') {
      delete state.subscriptions[channelId];
      delete state.posts[channelId];
      r.log.warn(`channel ${channelId} is gone or closed to the bot: unsubscribed`);
    }
    r.store.save(state);
  }
  return posted;
}

/** Checks for due digests every intervalMs (never two runs at once). Returns a stop function. */
export function startDigestScheduler(
  run: () => Promise<unknown>,
  intervalMs: number,
  timers: { setInterval: typeof setInterval; clearInterval: typeof clearInterval } = globalThis,
  onError: (err: Error) => void = () => {},
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (err) {
      onError(err as Error);
    } finally {
      running = false;
    }
  };
  void tick();
  const handle = timers.setInterval(() => void tick(), intervalMs);
  return () => timers.clearInterval(handle);
}
