// Slash command definitions (registered by scripts/deploy-commands.ts).
import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';

export const commandData = [
  new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask the Ji\'an 14th Five-Year Plan; answers quote the plan with citations')
    .setDescriptionLocalization('zh-CN', '提问吉安“十四五”规划，回答引用原文并注明出处')
    .addStringOption((o) => o.setName('question').setDescription('问题 / question').setRequired(true).setMaxLength(1000)),
  new SlashCommandBuilder()
    .setName('section')
    .setDescription('Browse the plan by number (3.2.1, 专栏5) or title')
    .setDescriptionLocalization('zh-CN', '按编号（3.2.1、专栏5）或标题浏览规划')
    .addStringOption((o) => o.setName('query').setDescription('编号或标题').setRequired(true).setAutocomplete(true)),
  new SlashCommandBuilder()
    .setName('targets')
    .setDescription('Quantitative targets of the plan on a topic')
    .setDescriptionLocalization('zh-CN', '查询某一主题的量化目标')
    .addStringOption((o) => o.setName('topic').setDescription('主题，例如 森林覆盖率').setRequired(true)),
  new SlashCommandBuilder()
    .setName('digest')
    .setDescription('Daily digest of the plan\'s targets in this channel')
    .setDescriptionLocalization('zh-CN', '在本频道每日推送规划目标')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) => s.setName('subscribe').setDescription('Post the daily digest in this channel'))
    .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop the daily digest in this channel'))
    .addSubcommand((s) => s.setName('time').setDescription('Show when the digest is posted'))
    .addSubcommand((s) => s.setName('preview').setDescription('Show today\'s digest (only to you)')),
].map((c) => c.toJSON());
