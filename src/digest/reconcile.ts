// Reconciling a digest whose sender stopped mid-send (killed, or hung past the lease): exactly one
// process takes the stale claim over, then looks for the bot's own post of that day in the channel
// before any resend — Discord's nonce protects only for minutes, an outage can last longer. Found:
// marked posted. Not found: sent now if the day's window is still open, else skipped and logged. A
// channel that cannot be read leaves the claim as it is, to be reconciled again after the lease.
import { selectDigest } from '../targets/digest.js';
import { digestWindow, localTime, windowOpens } from './schedule.js';
import { CLAIM_LEASE_MS, DigestSendError, sendWithRetry, settle, type DigestRunner } from './send.js';
import type { DigestClaim } from '../state/store.js';

/** How far before the day's window to look in the channel: clocks of two machines differ a little. */
const LOOK_BACK_MS = 60_000;

async function reconcile(r: DigestRunner, claim: DigestClaim): Promise<void> {
  const { channelId, date } = claim;
  const digest = selectDigest(r.targets, date, r.size);
  // From the day's window, not the claim: a take-over moves claimedAt, and the post may be older.
  const since = new Date(windowOpens(date, r.postAt, r.timeZone).getTime() - LOOK_BACK_MS);
  let found: boolean;
  try {
    found = await r.sender.isPosted(channelId, digest, since);
  } catch (err) {
    if (err instanceof DigestSendError && err.permanent) return settle(r, channelId, date, 'gone');
    r.log.warn(`digest ${date} to channel ${channelId}: cannot read the channel to reconcile (${(err as Error).message}); trying again later`);
    return;
  }
  if (found) {
    await r.store.markDigestPosted(channelId, date, r.now());
    r.log.info(`digest ${date} to channel ${channelId} was already in the channel (its sender stopped mid-send): marked posted, not sent again`);
    return;
  }
  if (digestWindow(localTime(r.now(), r.timeZone), date, r.postAt, r.graceMinutes) === 'open') {
    await settle(r, channelId, date, await sendWithRetry(r, channelId, digest, claim.nonce, since, true), 'not in the channel after its sender stopped, and the window is still open: posted now');
    return;
  }
  if (await r.store.skipDigest({ channelId, date, nonce: claim.nonce, owner: r.owner }, r.now())) {
    r.log.warn(`digest ${date} to channel ${channelId} was not in the channel after its sender stopped, and the grace of ` +
      `${r.graceMinutes} minutes (DIGEST_GRACE_MINUTES) has passed: skipped, never posted late`);
  }
}

/** Takes over and reconciles every claim whose sender has not finished within the lease. */
export async function reconcileStaleClaims(r: DigestRunner): Promise<void> {
  const staleBefore = new Date(r.now().getTime() - CLAIM_LEASE_MS);
  for (const claim of await r.store.staleDigestClaims(staleBefore)) {
    if (!(await r.store.takeOverDigest(claim.channelId, claim.date, r.owner, r.now(), staleBefore))) continue;
    r.log.warn(`digest ${claim.date} to channel ${claim.channelId} was left 'sending' by ${claim.owner || 'an earlier planbot'} since ${claim.claimedAt}: reconciling`);
    await reconcile(r, claim);
  }
}
