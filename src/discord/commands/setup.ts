// /setup ask-channel channel | off [channel] — ask channels: every message in one is a question,
// answered in a thread on it (Manage Server; needs the Message Content intent). Only a channel of the
// caller's own server: a forged interaction can name any channel id.
import {
  ChannelType, DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes, Routes, InteractionContextType, SlashCommandBuilder, type APIChannel,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { textReply, type Command } from '../context.js';
import { UserError } from '../errors.js';
import { requireManageGuild } from './digest.js';

const data = new SlashCommandBuilder()
  .setName('setup')
  .setDescription('Server settings: ask channels')
  .setDescriptionLocalization('zh-CN', '服务器设置：提问频道')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) => s.setName('ask-channel').setDescription('Answer every message in a channel, in a thread on it')
    .addChannelOption((o) => o.setName('channel').setDescription('频道').setRequired(true).addChannelTypes(ChannelType.GuildText)))
  .addSubcommand((s) => s.setName('off').setDescription('Stop answering in the ask channels (one, or all of this server)')
    .addChannelOption((o) => o.setName('channel').setDescription('频道（不填则全部）').addChannelTypes(ChannelType.GuildText)));

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

export const setup: Command = {
  data,
  defer: 'ephemeral',
  async execute(i, s) {
    requireManageGuild(i);
    const channel = i.options.getChannel('channel');
    if (i.options.getSubcommand() === 'off') {
      const removed = await s.store.removeAskChannels(i.guildId, channel?.id);
      return textReply(removed.length ? `已停止在 ${removed.map((c) => `<#${c}>`).join('、')} 自动回答。` : '没有设置提问频道。');
    }
    if (!channel || channel.type !== ChannelType.GuildText) throw new UserError('not_a_text_channel');
    if (!s.messageContent) throw new UserError('needs_message_content');
    if ((await serverOf(i, channel.id)) !== i.guildId) throw new UserError('channel_of_another_server');
    const added = await s.store.addAskChannel({ channelId: channel.id, guildId: i.guildId, setBy: i.user.id, since: s.now().toISOString() });
    return textReply(`${added ? '已设置' : '已经是'}提问频道：<#${channel.id}>。那里的每条提问都会在该消息的子区（thread）中回答，` +
      '在子区里可以继续追问。问候、单独的链接和表情不会被回答。');
  },
};
