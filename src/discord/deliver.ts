// Making every message the bot creates arrive once. Each create carries a nonce with enforce_nonce, so
// a repeat within Discord's nonce window returns the first message; discord.js repeats a request
// itself after a 5xx or a timeout, with the same body. When a send still fails in a way that may hide
// a success (a 5xx, a timeout, a dropped connection), the channel is read before sending again: the
// message may be there already. A thread whose create was repeated (160004) is fetched and used. The
// typing indicator is a courtesy: its failure is logged, never taken for the answer's.
import {
  DiscordAPIError, HTTPError, RESTJSONErrorCodes, SnowflakeUtil, type AnyThreadChannel, type Message,
} from 'discord.js';
import type { BotLog } from './context.js';
import { errorText } from './log-safe.js';
import { withNonce } from './nonce.js';
import { NO_MENTIONS, type MessagePayload } from './render.js';

/** A failure after which the message may or may not exist. */
export function mayHaveArrived(err: unknown): boolean {
  if (err instanceof HTTPError) return err.status >= 500;
  if (err instanceof DiscordAPIError) return err.status >= 500;
  const e = err as { name?: string; code?: string; message?: string } | null;
  return e?.name === 'AbortError' || e?.code === 'ECONNRESET' || /ECONNRESET|fetch failed|socket hang up/.test(e?.message ?? '');
}

/** What a message shows, as sent or as fetched (discord.js Message or our payload). */
interface Shown {
  content?: string | null;
  embeds: readonly { title?: string | null; description?: string | null }[];
}

/** Whether a message in the channel is this payload: the same text and the same embeds. Pure. */
export function samePost(message: Shown, payload: Shown): boolean {
  const texts = (m: Shown) => [m.content ?? '', ...m.embeds.map((e) => `${e.title ?? ''}\u0000${e.description ?? ''}`)].map((t) => t.trim());
  const [a, b] = [texts(message), texts(payload)];
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

export const snowflakeAt = (at: Date) => SnowflakeUtil.generate({ timestamp: at.getTime() }).toString();

export interface Postable {
  id: string;
  send(options: object): Promise<Message>;
  messages: { fetch(options: { after: string; limit: number }): Promise<{ values(): Iterable<Message> }> };
}

/** The bot's message in the channel, after the snowflake `after`, that shows this payload. */
export async function findPosted(channel: Postable, payload: Shown, botId: string, after: string): Promise<Message | null> {
  const recent = await channel.messages.fetch({ after, limit: 100 });
  for (const m of recent.values()) if (m.author.id === botId && samePost(m, payload)) return m;
  return null;
}

export interface Delivery {
  botId: string;
  log: BotLog;
  sleep?: (ms: number) => Promise<void>;
  /** Sends in all, counting the first (discord.js repeats each up to 3 times more on its own). */
  attempts?: number;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** How many sends a delivery makes in all (3 unless it says otherwise). */
export const attemptsOf = (d: Delivery) => d.attempts ?? 3;

/** The pause after failed attempt n before the next: 0.5 s, 1 s, 2 s… */
export const backOff = (d: Delivery, attempt: number) => (d.sleep ?? wait)(500 * 2 ** (attempt - 1));

/** Sends `payload` to the channel once: nonce enforced; after an ambiguous failure, the channel is read before a resend. */
export async function sendOnce(channel: Postable, payload: MessagePayload & { components?: unknown[] }, nonce: string, after: string, d: Delivery): Promise<Message> {
  const attempts = attemptsOf(d);
  for (let attempt = 1; ; attempt++) {
    try {
      return await channel.send(withNonce({ ...payload, allowedMentions: NO_MENTIONS }, nonce));
    } catch (err) {
      if (!mayHaveArrived(err) || attempt >= attempts) throw err;
      d.log.warn({ channel: channel.id, nonce, attempt, err: errorText(err) }, 'a send failed in a way that may hide a success: reading the channel before sending again');
      await backOff(d, attempt);
      const found = await findPosted(channel, payload, d.botId, after).catch(() => null);
      if (found) {
        d.log.info({ channel: channel.id, nonce, message: found.id }, 'the message had arrived: not sent again');
        return found;
      }
    }
  }
}

/** The thread started on a message: its id is the message's. */
async function threadOf(m: Message<true>): Promise<AnyThreadChannel | null> {
  const channel = await m.client.channels.fetch(m.id).catch(() => null);
  return channel?.isThread() ? channel : null;
}

/** Starts a thread on the message once: a repeated create (160004) or an ambiguous failure finds the one that exists. */
export async function startThreadOnce(m: Message<true>, name: string, d: Delivery): Promise<AnyThreadChannel> {
  const attempts = attemptsOf(d);
  for (let attempt = 1; ; attempt++) {
    try {
      return await m.startThread({ name });
    } catch (err) {
      const already = err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage;
      if (!already && (!mayHaveArrived(err) || attempt >= attempts)) throw err;
      const existing = await threadOf(m);
      if (existing) {
        d.log.info({ message: m.id, thread: existing.id }, already
          ? 'a thread already exists on this message (160004: a repeated create went through): answering in it'
          : 'thread create failed but the thread exists: answering in it');
        return existing;
      }
      if (already || attempt >= attempts) throw err;
      await backOff(d, attempt);
    }
  }
}

/**
 * Shows "planbot is typing…" in the channel. Only a courtesy: when it fails (a 5xx, a missing
 * permission), that is logged as a warning and the answer goes out all the same.
 */
export async function showTyping(channel: { id: string; sendTyping(): Promise<void> }, d: Delivery): Promise<void> {
  await channel.sendTyping().catch((err: unknown) => d.log.warn({ channel: channel.id, err: errorText(err) }, 'the typing indicator failed: answering without it'));
}

/** Repeats an idempotent request (an edit) after an ambiguous failure. */
export async function repeatIdempotent<T>(run: () => Promise<T>, what: string, d: Delivery): Promise<T> {
  const attempts = attemptsOf(d);
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!mayHaveArrived(err) || attempt >= attempts) throw err;
      d.log.warn({ attempt, err: errorText(err) }, `${what} failed; repeating it (an edit is safe to repeat)`);
      await backOff(d, attempt);
    }
  }
}
