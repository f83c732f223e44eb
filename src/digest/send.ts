// What posting a digest needs and does: the runner's ports (store, sender, clock, sleep, settings),
// sending with backoff and a look in the channel before each resend, and recording the outcome of a
// claim this process holds.
import type { DigestStore } from '../state/store.js';
import type { Target } from '../targets/extract.js';
import type { Digest } from '../targets/digest.js';

export class DigestSendError extends Error {
  /** permanent: the channel is gone or closed to the bot — retrying cannot help. */
  constructor(message: string, readonly permanent: boolean) {
    super(message);
    this.name = 'DigestSendError';
  }
}

export interface DigestSender {
  /**
   * Posts the digest with the nonce (parts after the first derive theirs from it). With `after`, first
   * looks in the channel for parts the bot posted since then and sends only the missing ones.
   */
  send(channelId: string, digest: Digest, nonce: string, after?: Date): Promise<void>;
  /** Whether the bot's own post of this digest is in the channel, posted since `after`. */
  isPosted(channelId: string, digest: Digest, after: Date): Promise<boolean>;
}

export interface DigestRunner {
  targets: readonly Target[];
  store: DigestStore;
  sender: DigestSender;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  postAt: string;
  timeZone: string;
  size: number;
  /** Minutes after postAt a day's digest may still go out (DIGEST_GRACE_MINUTES). */
  graceMinutes: number;
  /** This process's instance id: the owner of the claims it makes. */
  owner: string;
  log: { info(msg: string): void; warn(msg: string): void };
  retries?: number;
}

/** A 'sending' claim older than this is taken to be dead (killed mid-send, or hung) and reconciled. */
export const CLAIM_LEASE_MS = 10 * 60_000;

export type SendResult = 'posted' | 'gone' | 'failed';

/** Sends with backoff; before each resend, the sender checks the channel for what already arrived. */
export async function sendWithRetry(r: DigestRunner, channelId: string, digest: Digest, nonce: string, since: Date, checkFirst = false): Promise<SendResult> {
  const attempts = (r.retries ?? 3) + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await r.sender.send(channelId, digest, nonce, checkFirst || attempt > 1 ? since : undefined);
      return 'posted';
    } catch (err) {
      const permanent = err instanceof DigestSendError && err.permanent;
      r.log.warn(`digest ${digest.date} to channel ${channelId} failed (attempt ${attempt}/${attempts}): ${(err as Error).message}`);
      if (permanent) return 'gone';
      if (attempt < attempts) await r.sleep(1000 * 2 ** (attempt - 1));
    }
  }
  return 'failed';
}

/** Records the outcome of a send of the claim this process holds. */
export async function settle(r: DigestRunner, channelId: string, date: string, result: SendResult, how = 'posted'): Promise<void> {
  if (result === 'posted') {
    await r.store.markDigestPosted(channelId, date, r.now());
    r.log.info(`digest ${date} to channel ${channelId}: ${how}`);
  } else if (result === 'gone') {
    await r.store.unsubscribe(channelId);
    r.log.warn(`channel ${channelId} is gone or closed to the bot: unsubscribed`);
  }
}
