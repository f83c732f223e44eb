// /digest subscribe | unsubscribe | time | preview — the daily digest of the plan's targets in a channel.
import { PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { localTime } from '../../digest/schedule.js';
import { selectDigest } from '../../targets/digest.js';
import { textReply, type BotServices, type Command } from '../context.js';
import { UserError } from '../errors.js';
import { renderDigest } from '../render.js';

const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('Daily digest of the plan\'s targets in this channel')
  .setDescriptionLocalization('zh-CN', '在本频道每日推送规划目标')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) => s.setName('subscribe').setDescription('Post the daily digest in this channel'))
  .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop the daily digest in this channel'))
  .addSubcommand((s) => s.setName('time').setDescription('Show when the digest is posted'))
  .addSubcommand((s) => s.setName('preview').setDescription('Show today\'s digest (only to you)'));

/** Server settings need Manage Server, checked again here (the default permission can be overridden). */
export function requireManageGuild(i: ChatInputCommandInteraction): asserts i is ChatInputCommandInteraction<'cached' | 'raw'> {
  if (!i.inGuild()) throw new UserError('guild_only');
  if (!i.memberPermissions.has(PermissionFlagsBits.ManageGuild)) throw new UserError('needs_manage_guild');
}

async function subscription(i: ChatInputCommandInteraction, s: BotServices, on: boolean) {
  requireManageGuild(i);
  if (on) {
    const added = await s.store.subscribe({ channelId: i.channelId, guildId: i.guildId, since: s.now().toISOString() });
    return textReply(added ? `已订阅：本频道每日 ${s.digest.postAt}（${s.digest.timeZone}）推送规划目标。` : '本频道已经订阅了每日推送。');
  }
  return textReply(await s.store.unsubscribe(i.channelId) ? '已取消本频道的每日推送。' : '本频道没有订阅每日推送。');
}

export const digest: Command = {
  data,
  defer: 'ephemeral',
  async execute(i, s) {
    const sub = i.options.getSubcommand();
    if (sub === 'preview') {
      const date = localTime(s.now(), s.digest.timeZone).date;
      return { payloads: renderDigest(selectDigest(s.targets, date, s.digest.size), s.planLinks?.text).slice(0, 1) };
    }
    if (sub === 'time') return textReply(`每日 ${s.digest.postAt}（${s.digest.timeZone}）推送 ${s.digest.size} 条规划目标。`);
    return subscription(i, s, sub === 'subscribe');
  },
};
