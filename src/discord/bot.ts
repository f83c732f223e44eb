// The Discord adapter: one discord.js Client, its events routed to the interaction and message
// handlers, the digest sender, and a start that explains a refused Message Content intent.
import {
  Client, DiscordAPIError, Events, GatewayCloseCodes, GatewayIntentBits, RESTJSONErrorCodes,
} from 'discord.js';
import { DigestSendError, type DigestSender } from '../digest/runner.js';
import type { BotServices } from './context.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';
import { createRateLimiter } from './rate-limit.js';
import { NO_MENTIONS, renderDigest } from './render.js';
import { withNonce } from './nonce.js';

export type { BotLog, BotServices } from './context.js';

export interface BotOptions {
  token: string;
  apiUrl?: string;
}

/** Errors after which posting to the channel cannot succeed: it is gone or closed to the bot. */
const DIGEST_PERMANENT = new Set<unknown>([
  RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions,
]);

export const DISALLOWED_INTENT_HELP = 'Discord refused the Message Content intent: enable "Message Content Intent" in the ' +
  'Developer Portal (your application → Bot → Privileged Gateway Intents), or set MESSAGE_CONTENT_INTENT=false ' +
  '(then ask channels and follow-ups in threads cannot read messages; /ask and @mentions still work).';

export function createBot(s: BotServices, options: BotOptions) {
  // Guild messages without the privileged intent still carry the content of messages that mention the bot.
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (s.messageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({ intents, allowedMentions: NO_MENTIONS, rest: options.apiUrl ? { api: options.apiUrl } : {} });
  const limiter = createRateLimiter(s.rateLimitPerMinute);
  const inFlight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  const onInteraction = createInteractionHandler(s, limiter);
  const onMessage = createMessageHandler(s, limiter, () => client.user?.id ?? null);
  // The handlers answer their own errors; this only keeps a failure before that (the store down) from crashing the process.
  const logged = (what: string, id: string) => (err: unknown) => s.log.error({ err, id }, `${what} failed before it could be answered`);
  client.on(Events.InteractionCreate, (i) => track(onInteraction(i).catch(logged('interaction', i.id))));
  client.on(Events.MessageCreate, (m) => track(onMessage(m).catch(logged('message', m.id))));
  client.once(Events.ClientReady, (c) => s.log.info({ user: c.user.tag }, 'connected to Discord'));

  const sendDigest: DigestSender = async (channelId, digest, nonce) => {
    try {
      const channel = await client.channels.fetch(channelId);
      if (!channel?.isSendable()) throw new DigestSendError(`channel ${channelId} cannot receive messages`, true);
      for (const [n, p] of renderDigest(digest).entries()) {
        await channel.send(withNonce({ ...p, allowedMentions: NO_MENTIONS }, n === 0 ? nonce : `${nonce}${n}`.slice(0, 25)));
      }
    } catch (err) {
      if (err instanceof DigestSendError) throw err;
      const permanent = err instanceof DiscordAPIError && DIGEST_PERMANENT.has(err.code);
      throw new DigestSendError((err as Error).message, permanent);
    }
  };

  /** Logs in and resolves when ready; rejects with the fix when Discord refuses the intents. */
  const start = () => new Promise<void>((resolve, reject) => {
    const refused = ({ code }: { code: number }) => {
      if (code === GatewayCloseCodes.DisallowedIntents) reject(new Error(DISALLOWED_INTENT_HELP));
    };
    client.once(Events.ShardDisconnect, refused);
    client.once(Events.ClientReady, () => {
      client.off(Events.ShardDisconnect, refused);
      resolve();
    });
    client.login(options.token).catch(reject);
  });

  return {
    client,
    sendDigest,
    start,
    /** Waits (up to timeoutMs) for replies in flight, then closes the gateway. */
    async stop(timeoutMs = 10_000) {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, timeoutMs))]);
      await client.destroy();
    },
  };
}
