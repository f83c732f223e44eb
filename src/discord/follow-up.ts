// Interaction follow-ups, each once. discord.js repeats a request after a 5xx on its own (the REST
// client's `retries`, 3 by default) before the bot sees the error, and Discord documents no nonce
// de-duplication for webhook follow-ups: a 502 after Discord made the follow-up would give a second
// one. So follow-ups go through a REST client of their own with retries: 0 — the bot sees the 5xx and
// looks before sending again: a public follow-up in the channel; a notice that took the place of a
// deferred "thinking…" reply (the first follow-up after a deferral does) at @original. An ephemeral
// follow-up beside another message cannot be looked for, nor can anything while the look itself fails:
// it is not sent again (lost rather than doubled; the asker may ask or click again), and that is
// logged. 429s are still waited out (retries counts 5xx and network failures only).
import {
  MessageFlags, MessagePayload, REST, Routes, type ButtonInteraction, type ChatInputCommandInteraction, type Client,
} from 'discord.js';
import { attemptsOf, backOff, findPosted, mayHaveArrived, samePost, type Delivery, type Postable } from './deliver.js';
import { errorText } from './log-safe.js';
import { withNonce } from './nonce.js';
import { NO_MENTIONS, type MessagePayload as Payload } from './render.js';

export type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** Where a follow-up that may have arrived is looked for before it is sent again. */
export type LookIn = 'channel' | 'original' | 'nowhere';

const quietRest = new WeakMap<Client, REST>();

/** The client's REST settings (its API url) without discord.js's own repeats after a 5xx. */
function restOf(client: Client): REST {
  let rest = quietRest.get(client);
  if (!rest) quietRest.set(client, (rest = new REST({ ...client.options.rest, retries: 0 })));
  return rest;
}

/** POST /webhooks/{app}/{token}, as discord.js's followUp sends it, but never repeated by discord.js. */
async function postFollowUp(i: Repliable, options: object): Promise<void> {
  const { body, files } = await MessagePayload.create(i.webhook as never, options).resolveBody().resolveFiles();
  await restOf(i.client).post(Routes.webhook(i.applicationId, i.token), { body, files: files ?? undefined, query: new URLSearchParams({ wait: 'true' }), auth: false });
  i.replied = true;
}

type Found = 'there' | 'not there' | 'cannot tell';

/**
 * Whether the follow-up is there already: in the channel after the interaction, or as the reply itself
 * (a reply still "thinking…" shows it is not; a reply showing something else cannot tell).
 */
async function lookFor(i: Repliable, payload: Payload, lookIn: LookIn, d: Delivery): Promise<Found> {
  if (lookIn === 'nowhere') return 'cannot tell';
  if (lookIn === 'original') {
    const reply = await i.fetchReply();
    return samePost(reply, payload) ? 'there' : reply.flags.has(MessageFlags.Loading) ? 'not there' : 'cannot tell';
  }
  const channel = i.channel && 'messages' in i.channel ? (i.channel as unknown as Postable) : null;
  return channel && (await findPosted(channel, payload, d.botId, i.id)) ? 'there' : 'not there';
}

/**
 * Sends the follow-up once: after an ambiguous failure it is looked for before a resend, and not sent
 * again unless surely missing. True when it is there (sent, or found); false when it was left unknown.
 */
export async function followUpOnce(i: Repliable, payload: Payload, o: { ephemeral: boolean; nonce: string; lookIn: LookIn }, d: Delivery): Promise<boolean> {
  const options = withNonce({ ...payload, flags: o.ephemeral ? MessageFlags.Ephemeral : undefined, allowedMentions: NO_MENTIONS }, o.nonce);
  for (let attempt = 1; ; attempt++) {
    try {
      await postFollowUp(i, options);
      return true;
    } catch (err) {
      if (!mayHaveArrived(err) || attempt >= attemptsOf(d)) throw err;
      d.log.warn({ interaction: i.id, nonce: o.nonce, attempt, err: errorText(err) }, 'a follow-up failed in a way that may hide a success: looking for it before sending again');
      if (o.lookIn !== 'nowhere') await backOff(d, attempt);
      const found = await lookFor(i, payload, o.lookIn, d).catch((): Found => 'cannot tell');
      if (found === 'there') {
        d.log.info({ interaction: i.id, nonce: o.nonce }, 'the follow-up had arrived: not sent again');
        return true;
      }
      if (found === 'cannot tell') {
        d.log.warn({ interaction: i.id, nonce: o.nonce }, 'the follow-up cannot be looked for (ephemeral beside another message, or the look failed): not sent again');
        return false;
      }
    }
  }
}
