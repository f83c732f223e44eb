// The digest's way into Discord: its parts posted once each (nonce enforced, the channel read before
// any resend), and the look in the channel that reconciles a send whose process died (is it there?).
// A channel that is gone or closed to the bot fails permanently, so the runner unsubscribes it.
import { DiscordAPIError, RESTJSONErrorCodes, type Client } from 'discord.js';
import { DigestSendError, type DigestSender } from '../digest/runner.js';
import type { BotLog } from './context.js';
import { findPosted, sendOnce, snowflakeAt, type Delivery, type Postable } from './deliver.js';
import { errorText } from './log-safe.js';
import { renderDigest } from './render.js';

/** Errors after which posting to the channel cannot succeed. */
const PERMANENT = new Set<unknown>([
  RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions,
]);

async function asDigestError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof DigestSendError) throw err;
    throw new DigestSendError(errorText(err), err instanceof DiscordAPIError && PERMANENT.has(err.code));
  }
}

/** Part n's nonce: the claim's for the first, derived for the rest (at most 25 characters). */
const partNonce = (nonce: string, n: number) => (n === 0 ? nonce : `${nonce}${n}`.slice(0, 25));

/** `link`: the web reader's link of a target's quote, for each item (when PUBLIC_URL is set). */
export function createDigestSender(client: Client, log: BotLog, link?: (quote: string) => string | null): DigestSender {
  const delivery = (): Delivery => ({ botId: client.user?.id ?? '', log });
  const channelOf = async (channelId: string): Promise<Postable> => {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable() || !('messages' in channel)) throw new DigestSendError(`channel ${channelId} cannot receive messages`, true);
    return channel as unknown as Postable;
  };
  return {
    send: (channelId, digest, nonce, after) => asDigestError(async () => {
      const channel = await channelOf(channelId);
      const since = snowflakeAt(after ?? new Date(Date.now() - 60_000));
      for (const [n, part] of renderDigest(digest, link).entries()) {
        if (after && (await findPosted(channel, part, delivery().botId, since))) continue;
        await sendOnce(channel, part, partNonce(nonce, n), since, delivery());
      }
    }),
    isPosted: (channelId, digest, after) => asDigestError(async () => {
      const [first] = renderDigest(digest, link);
      return !!first && (await findPosted(await channelOf(channelId), first, delivery().botId, snowflakeAt(after))) !== null;
    }),
  };
}
