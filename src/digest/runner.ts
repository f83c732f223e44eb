// Posting due digests: claim (channel, date) in the store before sending — the claim carries the
// nonce, so a resend after a crash reuses it — and mark it 'posted' after; retry failures with backoff;
// a channel that no longer exists unsubscribes itself. Ports: store, sender, clock, sleep.
import type { DigestStore } from '../state/store.js';
import type { Target } from '../targets/extract.js';
import { selectDigest, type Digest } from '../targets/digest.js';
import { digestNonce, isDue, localTime } from './schedule.js';

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
  if (!isDue(today, r.postAt)) return [];
  const posted: string[] = [];
  for (const { channelId } of await r.store.subscriptions()) {
    const claim = await r.store.claimDigest({ channelId, date: today.date, nonce: digestNonce(channelId, today.date) }, r.now());
    if (claim.status === 'posted') continue;
    const result = await sendWithRetry(r, channelId, selectDigest(r.targets, today.date, r.size), claim.nonce);
    if (result === 'posted') {
      await r.store.markDigestPosted(channelId, today.date, r.now());
      posted.push(channelId);
      r.log.info(`digest ${today.date} posted to channel ${channelId}`);
    } else if (result === 'gone') {
      await r.store.unsubscribe(channelId);
      r.log.warn(`channel ${channelId} is gone or closed to the bot: unsubscribed`);
    }
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
