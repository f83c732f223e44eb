// Posting due digests exactly once per channel per day, whatever the outage: the claim on
// (channel, date) is written with its nonce before the send and won by one process only (the store's
// unique key); a claim whose sender died mid-send is taken over once stale and reconciled with the
// channel before anything is sent again (reconcile.ts); a day nobody claimed whose window and grace
// have passed is recorded as skipped and logged, never posted late. Ports: store, sender, clock, sleep.
import type { Subscription } from '../state/store.js';
import { selectDigest, type Digest } from '../targets/digest.js';
import { reconcileStaleClaims } from './reconcile.js';
import { digestNonce, digestWindow, localTime, minutesOf } from './schedule.js';
import { sendWithRetry, settle, type DigestRunner } from './send.js';

export { CLAIM_LEASE_MS, DigestSendError, type DigestRunner, type DigestSender } from './send.js';

/** Subscribed after today's window closed: nothing was missed, nothing to record. */
function subscribedAfterWindow(sub: Subscription, r: DigestRunner, date: string): boolean {
  const since = new Date(sub.since);
  if (Number.isNaN(since.getTime())) return false;
  const local = localTime(since, r.timeZone);
  return local.date > date || (local.date === date && local.minutes > minutesOf(r.postAt) + r.graceMinutes);
}

/**
 * A skip no process owns: recorded only for a day nobody claimed. A day left 'sending' (its sender
 * stopped, or its send failed, maybe after the post arrived) is not skipped here: it waits for
 * reconcile.ts, which looks in the channel first — posted stays posted, unreadable is tried again later.
 */
const NO_OWNER = '(unclaimed)';

async function skipMissed(r: DigestRunner, sub: Subscription, date: string) {
  if (subscribedAfterWindow(sub, r, date)) return;
  const claim = { channelId: sub.channelId, date, nonce: digestNonce(sub.channelId, date), owner: NO_OWNER };
  if (await r.store.skipDigest(claim, r.now())) {
    r.log.warn(`digest ${date} for channel ${sub.channelId} skipped: it was due at ${r.postAt} (${r.timeZone}) and the grace of ` +
      `${r.graceMinutes} minutes (DIGEST_GRACE_MINUTES) has passed; a missed day is never posted late`);
  }
}

/** Reconciles stale claims, then posts today's digest where due and this process wins the claim. Returns the channels posted to. */
export async function runDueDigests(r: DigestRunner): Promise<string[]> {
  await reconcileStaleClaims(r);
  const today = localTime(r.now(), r.timeZone);
  const window = digestWindow(today, today.date, r.postAt, r.graceMinutes);
  if (window === 'early') return [];
  const posted: string[] = [];
  for (const sub of await r.store.subscriptions()) {
    if (window === 'missed') {
      await skipMissed(r, sub, today.date);
      continue;
    }
    const at = r.now();
    const { claim, won } = await r.store.claimDigest({ channelId: sub.channelId, date: today.date, nonce: digestNonce(sub.channelId, today.date), owner: r.owner }, at);
    if (!won) continue; // posted, skipped, or being sent by another process
    const digest: Digest = selectDigest(r.targets, today.date, r.size);
    const result = await sendWithRetry(r, sub.channelId, digest, claim.nonce, at);
    await settle(r, sub.channelId, today.date, result);
    if (result === 'posted') posted.push(sub.channelId);
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
