// Where the handlers meet the budgets (src/limits/budget.ts): who is charged for an interaction or a
// message (a thread counts as its parent channel), and what a refusal becomes — the user's one notice
// of the window, as a coded error to tell, or nothing: the action is dropped without a reply, logged
// with the user's count of refusals (at the 2nd, 4th, 8th… of the window, never the user's text).
import type { Interaction, Message } from 'discord.js';
import type { Asker, Budget, Cost, Scope } from '../limits/budget.js';
import type { BotLog } from './context.js';
import { UserError } from './errors.js';

const NOTICE: Record<Scope, 'rate_limited' | 'channel_busy' | 'server_busy'> = { user: 'rate_limited', channel: 'channel_busy', server: 'server_busy' };

/** The user, the channel (a thread's parent) and the server of an interaction or a message. */
export function askerOf(x: Interaction | Message): Asker {
  const channel = x.channel;
  const channelId = channel?.isThread() ? channel.parentId ?? x.channelId : x.channelId;
  const userId = 'author' in x ? x.author.id : x.user.id;
  return { userId, channelId: channelId ?? null, guildId: x.guildId };
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** Charges the action: 'go' to answer it, a UserError to tell (the window's one notice), or 'drop' to ignore it. */
export async function admit(budget: Budget, asker: Asker, cost: Cost, log: BotLog, ref: string): Promise<'go' | 'drop' | UserError> {
  const verdict = await budget.take(asker, cost);
  if (verdict.ok) return 'go';
  if (verdict.notice) return new UserError(NOTICE[verdict.scope], { seconds: verdict.seconds });
  if (isPowerOfTwo(verdict.refusals)) {
    log.info({ user: asker.userId, channel: asker.channelId, guild: asker.guildId, scope: verdict.scope, refusals: verdict.refusals, ref },
      'over budget: dropped without a reply (the user was told once this window)');
  }
  return 'drop';
}

/** Charges an autocomplete: true to offer choices; over budget, none are offered (and nothing is told). */
export async function admitAutocomplete(budget: Budget, asker: Asker): Promise<boolean> {
  return (await budget.take(asker, 'autocomplete', { quiet: true })).ok;
}
