// /about — the plan answered from, the index build and the model (only to the asker).
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../context.js';
import { escapeMarkdown, packBlocks } from '../render.js';

const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription('The plan, index and model planbot answers from')
  .setDescriptionLocalization('zh-CN', '规划、索引和模型的信息')
  .setContexts(InteractionContextType.Guild);

export const about: Command = {
  data,
  defer: 'ephemeral',
  cost: 'light',
  async execute(_i, s) {
    const a = s.about;
    const lines = [
      `**规划**：《${escapeMarkdown(a.title)}》`,
      '**规划期**：2021—2025年（“十四五”），远景目标至2035年',
      `**索引**：${a.chunks} 个段落、${a.targets} 条量化目标，构建于 ${a.indexBuiltAt}`,
      `**检索模型**：${a.model ? `${escapeMarkdown(a.model)}（向量检索 + BM25）` : '无（仅 BM25 关键词检索）'}`,
      `**提问记录**：${s.questionLog ? '开启（见 README“隐私”一节）' : '关闭'}`,
    ];
    return { payloads: packBlocks([lines.join('\n')], '关于 planbot', '引文均为规划原文') };
  },
};
