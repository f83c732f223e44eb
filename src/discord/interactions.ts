// The one interaction handler: every slash command, button and autocomplete goes through the same
// lifecycle — ignore bots → draining? → budget (budget-gate.ts) → defer → run → reply, or a coded
// error — with its one try/catch. Commands and buttons only return what to send; sending happens
// here, each message once: follow-ups are looked for before a resend (follow-up.ts), edits are
// repeated, a callback Discord took on a repeat (40060) counts; an error notice the reply cannot take
// goes as a follow-up.
import {
  MessageFlags, RESTJSONErrorCodes, DiscordAPIError, type Interaction,
} from 'discord.js';
import type { Cost } from '../limits/budget.js';
import { admit, admitAutocomplete, askerOf } from './budget-gate.js';
import { BUTTONS, type ButtonHandler } from './button-handlers.js';
import { decodeButtonId, type ButtonId } from './buttons.js';
import { COMMANDS } from './commands/index.js';
import type { BotServices, DeferMode, Lifecycle, Reply } from './context.js';
import { mayHaveArrived, repeatIdempotent, samePost, type Delivery } from './deliver.js';
import { errorMessage, RESTARTING_LOG, UserError } from './errors.js';
import { followUpOnce, type Repliable } from './follow-up.js';
import { errorText } from './log-safe.js';
import { nonceFor, withNonce } from './nonce.js';
import { NO_MENTIONS } from './render.js';

interface Route {
  defer: DeferMode;
  cost: Cost;
  run(): Promise<Reply>;
}

function route(i: Interaction, s: BotServices): Route | UserError | null {
  if (i.isChatInputCommand()) {
    const command = COMMANDS.get(i.commandName);
    if (command && !i.inGuild()) return new UserError('guild_only'); // registered for servers only (setContexts); a DM is refused, never logged
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

/** Whether an edit that failed in a way that may hide a success arrived: the reply shows it. */
async function editArrived(i: Repliable, err: unknown, payload: Reply['payloads'][number] | undefined): Promise<boolean> {
  if (!payload || !mayHaveArrived(err)) return false;
  const shown = await i.fetchReply().catch(() => null);
  return !!shown && samePost(shown, payload);
}

/** Edits the reply; when every edit failed in a way that may hide a success, the reply itself says whether one arrived. */
async function editReplyOnce(i: Repliable, first: Reply['payloads'][number] | undefined, reply: Reply, d: Delivery) {
  try {
    await repeatIdempotent(() => i.editReply({ content: null, ...first, components: reply.components ?? [], allowedMentions: NO_MENTIONS }), 'editing the reply', d);
  } catch (err) {
    if (!(await editArrived(i, err, first))) throw err;
    d.log.warn({ interaction: i.id, err: errorText(err) }, 'the reply edit had arrived though Discord answered with an error: going on');
  }
}

/** The first payload edits the deferred reply (or the clicked message); the rest follow up. */
async function send(i: Repliable, mode: DeferMode, reply: Reply, d: Delivery) {
  const [first, ...rest] = reply.payloads;
  await editReplyOnce(i, first, reply, d);
  const ephemeral = mode === 'ephemeral';
  for (const [n, p] of rest.entries()) await followUpOnce(i, p, { ephemeral, nonce: nonceFor('followUp', i.id, n + 1), lookIn: ephemeral ? 'nowhere' : 'channel' }, d);
}

const expired = (err: unknown) => err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction;

/** Tells the user what went wrong: their error as is, anything else as 'internal' with a reference. */
async function sendError(i: Repliable, mode: DeferMode | null, err: unknown, s: BotServices, d: Delivery) {
  const ref = i.id;
  const content = err instanceof UserError ? err.message : errorMessage('internal', { ref });
  if (err instanceof UserError) s.log.info({ code: err.code, interaction: ref }, err.code === 'restarting' ? RESTARTING_LOG : 'user error');
  else s.log.error({ err, code: 'internal', ref }, 'interaction failed');
  if (expired(err)) return; // token expired: nothing to reply to
  await notify(i, mode, content, d).catch((e: unknown) => s.log.warn({ err: e, ref }, 'could not tell the user about the error'));
}

/**
 * A notice only the user sees: the reply itself (or, a clicked message being updated, a follow-up
 * beside it). When the reply cannot be edited, the notice goes by another route: a follow-up, which
 * takes the place of a reply still "thinking…" — once, looked for at @original before any resend.
 */
async function notify(i: Repliable, mode: DeferMode | null, content: string, d: Delivery) {
  const notice = { content, embeds: [] };
  if (!i.deferred && !i.replied) return void (await i.reply(withNonce({ ...notice, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }, nonceFor('reply', i.id)) as never));
  if (mode === 'update') return void (await followUpOnce(i, notice, { ephemeral: true, nonce: nonceFor('followUp', i.id, 0), lookIn: 'nowhere' }, d));
  try {
    await i.editReply({ ...notice, components: [] });
  } catch (err) {
    if (expired(err)) throw err;
    if (await editArrived(i, err, notice)) return;
    d.log.warn({ interaction: i.id, err: errorText(err) }, 'the reply cannot be edited: the notice goes as a follow-up instead');
    if (await followUpOnce(i, notice, { ephemeral: true, nonce: nonceFor('notice', i.id), lookIn: 'original' }, d)) {
      d.log.info({ interaction: i.id }, 'the notice reached the asker as a follow-up');
    }
  }
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
      done = life.begin({ kind: i.isButton() ? 'button' : 'slash', id: i.id, tellRestarting: () => notify(i, mode, errorMessage('restarting'), d) });
      const admitted = await admit(s.budget, askerOf(i), r.cost, s.log, i.id);
      if (admitted === 'drop') return;
      if (admitted instanceof UserError) throw admitted;
      await defer(i, r.defer, d);
      mode = r.defer;
      await send(i, r.defer, await r.run(), d);
    } catch (err) {
      await sendError(i, mode, err, s, d);
    } finally {
      done();
    }
  };
}
