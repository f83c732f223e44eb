// The one interaction handler: every slash command, button and autocomplete goes through the same
// lifecycle — ignore bots → draining? → budget (budget-gate.ts) → defer → run → reply, or a coded
// error — with its one try/catch. Commands and buttons only return what to send; sending happens
// here, each message once: follow-ups carry nonces, edits are repeated, a callback Discord took on a
// repeat (40060) counts.
import {
  MessageFlags, RESTJSONErrorCodes, DiscordAPIError, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction,
} from 'discord.js';
import type { Cost } from '../limits/budget.js';
import { admit, admitAutocomplete, askerOf } from './budget-gate.js';
import { BUTTONS, type ButtonHandler } from './button-handlers.js';
import { decodeButtonId, type ButtonId } from './buttons.js';
import { COMMANDS } from './commands/index.js';
import type { BotServices, DeferMode, Lifecycle, Reply } from './context.js';
import { attemptsOf, findPosted, mayHaveArrived, repeatIdempotent, type Delivery, type Postable } from './deliver.js';
import { errorMessage, RESTARTING_LOG, UserError } from './errors.js';
import { nonceFor, withNonce } from './nonce.js';
import { NO_MENTIONS } from './render.js';

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

interface Route {
  defer: DeferMode;
  cost: Cost;
  run(): Promise<Reply>;
}

function route(i: Interaction, s: BotServices): Route | UserError | null {
  if (i.isChatInputCommand()) {
    const command = COMMANDS.get(i.commandName);
    return command ? { defer: command.defer, cost: command.cost ?? 'command', run: () => command.execute(i, s) } : null;
  }
  if (!i.isButton()) return null;
  const id = decodeButtonId(i.customId);
  if (!id) return new UserError('answer_expired');
  const handler = BUTTONS[id.kind] as ButtonHandler<ButtonId['kind']>;
  return { defer: handler.defer, cost: 'command', run: () => handler.run(id, i.user.id, s) };
}

async function defer(i: Repliable, mode: DeferMode, d: Delivery) {
  try {
    if (mode === 'update' && i.isButton()) await i.deferUpdate();
    else await i.deferReply(mode === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
  } catch (err) {
    // A callback repeated after a 5xx Discord had already taken: the interaction is acknowledged.
    if (!(err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)) throw err;
    d.log.info({ interaction: i.id }, 'the acknowledgement had already arrived (40060 on a repeated callback): answering');
    i.deferred = true;
  }
}

/** A follow-up once: after an ambiguous failure, a public one is looked for in the channel before a resend. */
async function followUpOnce(i: Repliable, payload: Reply['payloads'][number], ephemeral: boolean, nonce: string, d: Delivery) {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      // discord.js's types leave nonce out of follow-ups, but it sends what it is given (MessagePayload).
      return await i.followUp(withNonce({ ...payload, flags, allowedMentions: NO_MENTIONS }, nonce) as never);
    } catch (err) {
      if (!mayHaveArrived(err) || attempt >= attemptsOf(d)) throw err;
      d.log.warn({ interaction: i.id, nonce, attempt }, 'a follow-up failed in a way that may hide a success: checking before sending again');
      const channel = !ephemeral && i.channel && 'messages' in i.channel ? (i.channel as unknown as Postable) : null;
      const found = channel ? await findPosted(channel, payload, d.botId, i.id).catch(() => null) : null;
      if (found) return d.log.info({ interaction: i.id, nonce }, 'the follow-up had arrived: not sent again');
    }
  }
}

/** The first payload edits the deferred reply (or the clicked message); the rest follow up. */
async function send(i: Repliable, mode: DeferMode, reply: Reply, d: Delivery) {
  const [first, ...rest] = reply.payloads;
  await repeatIdempotent(() => i.editReply({ content: null, ...first, components: reply.components ?? [], allowedMentions: NO_MENTIONS }), 'editing the reply', d);
  for (const [n, p] of rest.entries()) await followUpOnce(i, p, mode === 'ephemeral', nonceFor('followUp', i.id, n + 1), d);
}

/** Tells the user what went wrong: their error as is, anything else as 'internal' with a reference. */
async function sendError(i: Repliable, mode: DeferMode | null, err: unknown, s: BotServices) {
  const ref = i.id;
  const content = err instanceof UserError ? err.message : errorMessage('internal', { ref });
  if (err instanceof UserError) s.log.info({ code: err.code, interaction: ref }, err.code === 'restarting' ? RESTARTING_LOG : 'user error');
  else s.log.error({ err, code: 'internal', ref }, 'interaction failed');
  if (err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction) return; // token expired: nothing to reply to
  await notify(i, mode, content).catch((e: unknown) => s.log.warn({ err: e, ref }, 'could not tell the user about the error'));
}

/** A notice only the user sees: the reply itself, or (a clicked message being updated) a follow-up beside it. */
function notify(i: Repliable, mode: DeferMode | null, content: string) {
  const ephemeral = { content, embeds: [], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
  return !i.deferred && !i.replied ? i.reply(withNonce(ephemeral, nonceFor('reply', i.id)) as never)
    : mode === 'update' ? i.followUp(withNonce(ephemeral, nonceFor('followUp', i.id, 0)) as never)
      : i.editReply({ content, embeds: [], components: [] });
}

export function createInteractionHandler(s: BotServices, life: Lifecycle) {
  return async function onInteraction(i: Interaction): Promise<void> {
    if (i.user.bot) return;
    if (i.isAutocomplete()) {
      const complete = COMMANDS.get(i.commandName)?.autocomplete;
      await admitAutocomplete(s.budget, askerOf(i)).then((ok) => (ok && complete ? complete(i, s) : []))
        .then((choices) => i.respond(choices))
        .catch((err: unknown) => s.log.warn({ err, interaction: i.id }, 'autocomplete failed'));
      return;
    }
    if (!i.isChatInputCommand() && !i.isButton()) return;
    const d: Delivery = { botId: life.botId() ?? '', log: s.log };
    let mode: DeferMode | null = null;
    let done = () => {};
    try {
      const r = route(i, s);
      if (r === null) return;
      if (r instanceof UserError) throw r;
      if (life.draining()) throw new UserError('restarting');
      done = life.begin({ kind: i.isButton() ? 'button' : 'slash', id: i.id, tellRestarting: () => notify(i, mode, errorMessage('restarting')) });
      const admitted = await admit(s.budget, askerOf(i), r.cost, s.log, i.id);
      if (admitted === 'drop') return;
      if (admitted instanceof UserError) throw admitted;
      await defer(i, r.defer, d);
      mode = r.defer;
      await send(i, r.defer, await r.run(), d);
    } catch (err) {
      await sendError(i, mode, err, s);
    } finally {
      done();
    }
  };
}
