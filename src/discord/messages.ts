// Questions asked in messages: every question in an ask channel, any message mentioning the bot, and
// follow-ups in a thread the bot started. The same lifecycle as interactions — ignore bots → draining?
// → budget (budget-gate.ts) → (typing) → run → reply, or a coded error — with its one try/catch.
// Answers go in a thread on the asking message; a follow-up in the thread carries the thread's last
// question (follow-up.ts). Threads and answers are created once whatever Discord fails with (deliver.ts).
import {
  DiscordAPIError, RESTJSONErrorCodes, type GuildTextBasedChannel, type Message,
} from 'discord.js';
import type { QuestionSource, ThreadContext } from '../state/store.js';
import { combineFollowUp } from '../understand/follow-up.js';
import { isQuestion, questionText } from '../understand/is-question.js';
import { answerAndRecord, answerReply, checkReply } from './answering.js';
import { admit, askerOf } from './budget-gate.js';
import type { BotServices, Lifecycle, Reply } from './context.js';
import { sendOnce, showTyping, startThreadOnce, type Delivery, type Postable } from './deliver.js';
import { errorMessage, RESTARTING_LOG, UserError } from './errors.js';
import { nonceFor } from './nonce.js';
import { truncate } from './text.js';

/** Where a message stands: a follow-up in a bot thread, a question in an ask channel, a mention. A
 * pasted claim in any of them is checked against the plan instead of answered (answering.ts). */
type Place = { source: 'thread'; context: ThreadContext } | { source: Exclude<QuestionSource, 'thread' | 'slash'> };

async function placeOf(m: Message<true>, s: BotServices, botId: string): Promise<Place | null> {
  if (m.channel.isThread()) {
    const context = await s.store.thread(m.channelId);
    if (context) return { source: 'thread', context };
  } else if (await s.store.isAskChannel(m.guildId, m.channelId)) {
    return { source: 'ask_channel' };
  }
  return m.mentions.users.has(botId) ? { source: 'mention' } : null;
}

/** The thread to answer in: the bot's thread, a thread the mention was in, or a new one on the message. */
async function threadFor(m: Message<true>, place: Place, question: string, d: Delivery): Promise<GuildTextBasedChannel> {
  if (place.source === 'thread' || m.channel.isThread()) return m.channel;
  return startThreadOnce(m, truncate(question, 100) || '提问', d);
}

/** The answer's parts, each once; a resend looks for it among the messages after the question. */
async function sendInThread(channel: GuildTextBasedChannel, reply: Reply, sourceId: string, d: Delivery) {
  for (const [n, p] of reply.payloads.entries()) {
    const components = n === 0 ? reply.components ?? [] : [];
    await sendOnce(channel, { ...p, components }, nonceFor('thread', sourceId, n), sourceId, d);
  }
}

const CANNOT_POST = new Set<unknown>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess]);

async function tell(m: Message<true>, where: GuildTextBasedChannel | null, err: unknown, s: BotServices, d: Delivery) {
  if (err instanceof DiscordAPIError && CANNOT_POST.has(err.code)) {
    s.log.warn({ channel: m.channelId, code: err.code }, 'cannot answer there: give planbot View Channel, Send Messages, ' +
      'Create Public Threads, Send Messages in Threads and Read Message History in this channel');
    return;
  }
  const content = err instanceof UserError ? err.message : errorMessage('internal', { ref: m.id });
  if (!(err instanceof UserError)) s.log.error({ err, code: 'internal', ref: m.id }, 'message question failed');
  else if (err.code === 'restarting') s.log.info({ code: err.code, ref: m.id }, RESTARTING_LOG);
  await notify(m, where, content, d).catch((e: unknown) => s.log.warn({ err: e, ref: m.id }, 'could not tell the user about the error'));
}

/** A notice about the question (an error, a restart), once: in its thread, or as a reply in the channel. */
const notify = (m: Message<true>, where: GuildTextBasedChannel | null, content: string, d: Delivery) => {
  const asReply = where ? {} : { reply: { messageReference: m.id, failIfNotExists: false } };
  return sendOnce((where ?? m.channel) as unknown as Postable, { content, embeds: [], ...asReply }, nonceFor('notice', m.id), m.id, d);
};

export function createMessageHandler(s: BotServices, life: Lifecycle) {
  return async function onMessage(m: Message): Promise<void> {
    const me = life.botId();
    if (m.author.bot || m.system || !me || !m.inGuild()) return;
    const place = await placeOf(m, s, me);
    if (!place) return;
    const typed = questionText(m.content);
    if (place.source !== 'mention' && !isQuestion(typed)) return;
    const d: Delivery = { botId: me, log: s.log };
    let where: GuildTextBasedChannel | null = null;
    let done = () => {};
    try {
      if (life.draining()) throw new UserError('restarting');
      done = life.begin({ kind: 'message', id: m.id, tellRestarting: () => notify(m, where, errorMessage('restarting'), d) });
      const admitted = await admit(s.budget, askerOf(m), 'question', s.log, m.id);
      if (admitted === 'drop') return;
      if (admitted instanceof UserError) throw admitted;
      where = await threadFor(m, place, typed, d);
      await showTyping(where, d);
      // A pasted claim is checked as typed (never combined with the thread's last question).
      const claim = s.formOf(typed) === 'claim';
      const followUp = claim ? { question: typed, combined: false } : combineFollowUp(place.source === 'thread' ? place.context.lastQuestion : null, typed);
      const shownTyped = followUp.combined ? typed : undefined;
      const asked = { id: m.id, question: followUp.question, typed: shownTyped, source: place.source, guildId: m.guildId };
      const answer = claim ? null : await answerAndRecord(asked, s);
      const reply = answer ? answerReply(m.id, answer, 0, s, shownTyped) : await checkReply(asked, s);
      // The context first: a follow-up typed while the answer is being sent already carries this question.
      if (place.source === 'thread' || !m.channel.isThread()) {
        await s.store.saveThread({
          threadId: where.id, guildId: m.guildId, parentId: place.source === 'thread' ? place.context.parentId : m.channelId,
          lastQuestion: answer?.question || followUp.question, lastAnswerId: m.id, updatedAt: s.now().toISOString(),
        });
      }
      await sendInThread(where, reply, m.id, d);
    } catch (err) {
      await tell(m, where, err, s, d);
    } finally {
      done();
    }
  };
}
