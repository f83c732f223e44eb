// /targets topic — the plan's quantitative targets on a topic (the topic echoed escaped).
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { MAX_TOPIC_CHARS } from '../../targets/lookup.js';
import type { Command } from '../context.js';
import { renderTopicTargets } from '../render.js';

const data = new SlashCommandBuilder()
  .setName('targets')
  .setDescription('Quantitative targets of the plan on a topic')
  .setDescriptionLocalization('zh-CN', '查询某一主题的量化目标')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('topic').setDescription('主题，例如 森林覆盖率').setRequired(true).setMaxLength(MAX_TOPIC_CHARS));

export const targets: Command = {
  data,
  defer: 'reply',
  cost: 'question',
  async execute(i, s) {
    const topic = i.options.getString('topic', true);
    return { payloads: renderTopicTargets(await s.findTargets(topic), topic, s.planLinks?.text) };
  },
};
