// /setup — the server's settings, for Manage Server (the default permission, checked again here):
// ask-channel channel | off [channel] — ask channels: every message in one is a question, answered in a
// thread on it (needs the Message Content intent); only a channel of the caller's own server, since a
// forged interaction can name any channel id. digest-subscribe | digest-unsubscribe — the daily digest
// of the plan's targets in this channel (/digest time and preview are for everyone).
import {
  ChannelType, DiscordAPIError, InteractionContextType, PermissionFlagsBits, RESTJSONErrorCodes, Routes, SlashCommandBuilder,
  type APIChannel, type ChatInputCommandInteraction,
} from 'discord.js';
import { textReply, type BotServices, type Command, type Reply } from '../context.js';
import { UserError } from '../errors.js';

const data = new SlashCommandBuilder()
  .setName('setup')
  .setDescription('Server settings: ask channels, the daily digest')
  .setDescriptionLocalization('zh-CN', '服务器设置：提问频道、每日推送')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) => s.setName('ask-channel').setDescription('Answer every message in a channel, in a thread on it')
    .addChannelOption((o) => o.setName('channel').setDescription('频道').setRequired(true).addChannelTypes(ChannelType.GuildText)))
  .addSubcommand((s) => s.setName('off').setDescription('Stop answering in the ask channels (one, or all of this server)')
    .addChannelOption((o) => o.setName('channel').setDescription('频道（不填则全部）').addChannelTypes(ChannelType.GuildText)))
  .addSubcommand((s) => s.setName('digest-subscribe').setDescription('Post the daily digest of the plan\'s targets in this channel'))
  .addSubcommand((s) => s.setName('digest-unsubscribe').setDescription('Stop the daily digest in this channel'));

type InServer = ChatInputCommandInteraction<'cached' | 'raw'>;

/** Server settings need Manage Server, checked again here (the default permission can be overridden). */
export function requireManageGuild(i: ChatInputCommandInteraction): asserts i is InServer {
  if (!i.inGuild()) throw new UserError('guild_only');
  if (!i.memberPermissions.has(PermissionFlagsBits.ManageGuild)) throw new UserError('needs_manage_guild');
}

const NOT_VISIBLE = new Set<unknown>([RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.MissingAccess]);

/**
 * The server a channel is in, as Discord says (GET /channels/:id), or null when the bot cannot see it.
 * Not the resolved option's guildId: discord.js files a channel it does not know under the caller's server.
 */
async function serverOf(i: ChatInputCommandInteraction, channelId: string): Promise<string | null> {
  try {
    const channel = await i.client.rest.get(Routes.channel(channelId)) as APIChannel;
    return 'guild_id' in channel ? channel.guild_id ?? null : null;
  } catch (err) {
    if (err instanceof DiscordAPIError && NOT_VISIBLE.has(err.code)) return null;
    throw err;
  }
}

async function askChannel(i: InServer, s: BotServices): Promise<Reply> {
  const channel = i.options.getChannel('channel');
  if (i.options.getSubcommand() === 'off') {
    const removed = await s.store.removeAskChannels(i.guildId, channel?.id);
    return textReply(removed.length ? `已停止在 ${removed.map((c) => `<#${c}>`).join('、')} 自动回答。` : '没有设置提问频道。');
  }
  if (!channel || channel.type !== ChannelType.GuildText) throw new UserError('not_a_text_channel');
  if (!s.messageContent) throw new UserError('needs_message_content');
  const server = await serverOf(i, channel.id);
  if (server === null) throw new UserError('channel_not_visible');
  if (server !== i.guildId) throw new UserError('channel_of_another_server');
  const added = await s.store.addAskChannel({ channelId: channel.id, guildId: i.guildId, setBy: i.user.id, since: s.now().toISOString() });
  return textReply(`${added ? '已设置' : '已经是'}提问频道：<#${channel.id}>。那里的每条提问都会在该消息的子区（thread）中回答，` +
    '在子区里可以继续追问。问候、单独的链接和表情不会被回答。');
}

async function digestSubscription(i: InServer, s: BotServices, on: boolean): Promise<Reply> {
  if (on) {
    const added = await s.store.subscribe({ channelId: i.channelId, guildId: i.guildId, since: s.now().toISOString() });
    return textReply(added ? `已订阅：本频道每日 ${s.digest.postAt}（${s.digest.timeZone}）推送规划目标。` : '本频道已经订阅了每日推送。');
  }
  return textReply(await s.store.unsubscribe(i.channelId) ? '已取消本频道的每日推送。' : '本频道没有订阅每日推送。');
}

export const setup: Command = {
  data,
  defer: 'ephemeral',
  async execute(i, s) {
    requireManageGuild(i);
    const sub = i.options.getSubcommand();
    return sub.startsWith('digest-') ? digestSubscription(i, s, sub === 'digest-subscribe') : askChannel(i, s);
  },
};
