// /targets topic — the plan's quantitative targets on a topic.
import { SlashCommandBuilder } from 'discord.js';
import { noTargetsMessage } from '../../targets/render.js';
import type { Command } from '../context.js';
import { renderTargets } from '../render.js';

const data = new SlashCommandBuilder()
  .setName('targets')
  .setDescription('Quantitative targets of the plan on a topic')
  .setDescriptionLocalization('zh-CN', '查询某一主题的量化目标')
  .addStringOption((o) => o.setName('topic').setDescription('主题，例如 森林覆盖率').setRequired(true).setMaxLength(200));

export const targets: Command = {
  data,
  defer: 'reply',
  limited: true,
  async execute(i, s) {
    const topic = i.options.getString('topic', true);
    return { payloads: renderTargets(await s.findTargets(topic), `目标：${topic}`, noTargetsMessage(topic), s.planLinks?.text) };
  },
};
