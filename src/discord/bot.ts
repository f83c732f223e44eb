// The Discord adapter: one discord.js Client, its events routed to the interaction and message
// handlers (each event once, even if the gateway delivers it again), Discord's 5xx and 429 answers
// logged, the digest sender, a start that explains a refused Message Content intent, and a stop that
// drains (drain.ts).
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, RESTEvents } from 'discord.js';
import type { BotServices, Lifecycle } from './context.js';
import { createDigestSender } from './digest-sender.js';
import { createDrain } from './drain.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';
import { NO_MENTIONS } from './render.js';

export type { BotLog, BotServices } from './context.js';

export interface BotOptions {
  token: string;
  apiUrl?: string;
  /** Seconds questions in flight may take to finish once stop() is called. */
  drainSeconds?: number;
}

export const DISALLOWED_INTENT_HELP = 'Discord refused the Message Content intent: enable "Message Content Intent" in the ' +
  'Developer Portal (your application → Bot → Privileged Gateway Intents), or set MESSAGE_CONTENT_INTENT=false ' +
  '(then ask channels and follow-ups in threads cannot read messages; /ask and @mentions still work).';

/** Remembers the last `size` ids: an event the gateway delivers twice (after a resume) is handled once. */
function recentIds(size = 5000) {
  const seen = new Set<string>();
  return (id: string) => {
    if (seen.has(id)) return false;
    seen.add(id);
    if (seen.size > size) seen.delete(seen.values().next().value as string);
    return true;
  };
}

/** Discord's server errors and rate limits, and the gateway's drops, as the operator should read them (not while stopping). */
function logTrouble(client: Client, s: BotServices, stopping: () => boolean) {
  client.rest.on(RESTEvents.Response, (req, res) => {
    if (res.status >= 500) {
      s.log.warn({ method: req.method, route: req.route, status: res.status, attempt: req.retries + 1 },
        'Discord answered with a server error: discord.js repeats the request (a message create carries its nonce, so Discord keeps one)');
    } else if (res.status === 429) {
      const global = res.headers.get('x-ratelimit-global') === 'true';
      s.log.warn({ method: req.method, route: req.route, global, retryAfter: Number(res.headers.get('retry-after')) },
        `rate limited by Discord (${global ? 'global' : 'this route'}): waiting, then sending again`);
    }
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping()) s.log.warn({ shard }, 'gateway connection lost: reconnecting');
  });
  client.on(Events.ShardDisconnect, (e, shard) => s.log.error({ shard, code: e.code }, 'gateway closed for good (not recoverable)'));
  client.on(Events.ShardResume, (shard, replayed) => s.log.info({ shard, replayed }, 'gateway resumed: missed events replayed'));
}

/** Logs in and resolves when ready; rejects with the fix when Discord refuses the intents. */
function login(client: Client, token: string) {
  return new Promise<void>((resolve, reject) => {
    const refused = ({ code }: { code: number }) => {
      if (code === GatewayCloseCodes.DisallowedIntents) reject(new Error(DISALLOWED_INTENT_HELP));
    };
    client.once(Events.ShardDisconnect, refused);
    client.once(Events.ClientReady, () => {
      client.off(Events.ShardDisconnect, refused);
      resolve();
    });
    client.login(token).catch(reject);
  });
}

export function createBot(s: BotServices, options: BotOptions) {
  // Guild messages without the privileged intent still carry the content of messages that mention the bot.
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (s.messageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({ intents, allowedMentions: NO_MENTIONS, rest: options.apiUrl ? { api: options.apiUrl } : {} });
  const drain = createDrain(s.log);
  const life: Lifecycle = { botId: () => client.user?.id ?? null, draining: drain.draining, begin: drain.begin };
  const onInteraction = createInteractionHandler(s, life);
  const onMessage = createMessageHandler(s, life);
  const firstTime = recentIds();
  // The handlers answer their own errors; this only keeps a failure before that (the store down) from crashing the process.
  const logged = (what: string, id: string) => (err: unknown) => s.log.error({ err, id }, `${what} failed before it could be answered`);
  client.on(Events.InteractionCreate, (i) => {
    if (firstTime(i.id)) void onInteraction(i).catch(logged('interaction', i.id));
  });
  client.on(Events.MessageCreate, (m) => {
    if (firstTime(m.id)) void onMessage(m).catch(logged('message', m.id));
  });
  client.once(Events.ClientReady, (c) => s.log.info({ user: c.user.tag, shards: c.ws.shards.map((sh) => sh.id) }, 'connected to Discord'));
  let stopping = false;
  logTrouble(client, s, () => stopping);

  return {
    client,
    digestSender: createDigestSender(client, s.log, (quote) => s.planLinks?.text(quote) ?? null),
    start: () => login(client, options.token),
    /** Drains (new questions told to ask again; those in flight finish within the limit, the rest are logged), then closes the gateway. */
    async stop(drainSeconds = options.drainSeconds ?? 10) {
      await drain.drain(drainSeconds * 1000);
      stopping = true;
      await client.destroy();
    },
  };
}
