// The one interaction handler: every slash command, button and autocomplete goes through the same
// lifecycle — ignore bots → rate limit → defer → run → reply, or a coded error — with its one
// try/catch. Commands and buttons only return what to send; sending (with nonces) happens here.
import {
  MessageFlags, RESTJSONErrorCodes, DiscordAPIError, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction,
} from 'discord.js';
import { BUTTONS, type ButtonHandler } from './button-handlers.js';
import { decodeButtonId, type ButtonId } from './buttons.js';
import { COMMANDS } from './commands/index.js';
import type { BotServices, DeferMode, Reply } from './context.js';
import { errorMessage, UserError } from './errors.js';
import { nonceFor, withNonce } from './nonce.js';
import { NO_MENTIONS } from './render.js';

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

interface Route {
  defer: DeferMode;
  limited: boolean;
  run(): Promise<Reply>;
}

function route(i: Interaction, s: BotServices): Route | UserError | null {
  if (i.isChatInputCommand()) {
    const command = COMMANDS.get(i.commandName);
    return command ? { defer: command.defer, limited: !!command.limited, run: () => command.execute(i, s) } : null;
  }
  if (!i.isButton()) return null;
  const id = decodeButtonId(i.customId);
  if (!id) return new UserError('answer_expired');
  const handler = BUTTONS[id.kind] as ButtonHandler<ButtonId['kind']>;
  return { defer: handler.defer, limited: false, run: () => handler.run(id, i.user.id, s) };
}

async function defer(i: Repliable, mode: DeferMode) {
  if (mode === 'update' && i.isButton()) await i.deferUpdate();
  else await i.deferReply(mode === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
}

/** The first payload edits the deferred reply (or the clicked message); the rest follow up. */
async function send(i: Repliable, mode: DeferMode, reply: Reply) {
  const [first, ...rest] = reply.payloads;
  await i.editReply({ content: null, ...first, components: reply.components ?? [], allowedMentions: NO_MENTIONS });
  const flags = mode === 'ephemeral' ? MessageFlags.Ephemeral : undefined;
  for (const [n, p] of rest.entries()) {
    // discord.js's types leave nonce out of follow-ups, but it sends what it is given (MessagePayload).
    await i.followUp(withNonce({ ...p, flags, allowedMentions: NO_MENTIONS }, nonceFor('followUp', i.id, n + 1)) as never);
  }
}

/** Tells the user what went wrong: their error as is, anything else as 'internal' with a reference. */
async function sendError(i: Repliable, mode: DeferMode | null, err: unknown, s: BotServices) {
  const ref = i.id;
  const content = err instanceof UserError ? err.message : errorMessage('internal', { ref });
  if (err instanceof UserError) s.log.info({ code: err.code, interaction: ref }, 'user error');
  else s.log.error({ err, code: 'internal', ref }, 'interaction failed');
  if (err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction) return; // token expired: nothing to reply to
  const ephemeral = { content, embeds: [], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
  const reply = !i.deferred && !i.replied ? i.reply(withNonce(ephemeral, nonceFor('reply', ref)) as never)
    : mode === 'update' ? i.followUp(withNonce(ephemeral, nonceFor('followUp', ref, 0)) as never)
      : i.editReply({ content, embeds: [], components: [] });
  await reply.catch((e: unknown) => s.log.warn({ err: e, ref }, 'could not tell the user about the error'));
}

export function createInteractionHandler(s: BotServices, limiter: { check(userId: string): number }) {
  return async function onInteraction(i: Interaction): Promise<void> {
    if (i.user.bot) return;
    if (i.isAutocomplete()) {
      const complete = COMMANDS.get(i.commandName)?.autocomplete;
      await (complete ? complete(i, s) : Promise.resolve([])).then((choices) => i.respond(choices))
        .catch((err: unknown) => s.log.warn({ err, interaction: i.id }, 'autocomplete failed'));
      return;
    }
    if (!i.isChatInputCommand() && !i.isButton()) return;
    let mode: DeferMode | null = null;
    try {
      const r = route(i, s);
      if (r === null) return;
      if (r instanceof UserError) throw r;
      const wait = r.limited ? limiter.check(i.user.id) : 0;
      if (wait > 0) throw new UserError('rate_limited', { seconds: wait });
      await defer(i, r.defer);
      mode = r.defer;
      await send(i, r.defer, await r.run());
    } catch (err) {
      await sendError(i, mode, err, s);
    }
  };
}
