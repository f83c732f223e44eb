// /help — what the bot can and cannot answer, its commands with an example each (only to the asker).
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { CAN_ANSWER, CANNOT_ANSWER, EXAMPLE_QUESTIONS } from '../../app/help.js';
import type { Command } from '../context.js';
import { packBlocks } from '../render.js';

const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What planbot can answer, and how to ask')
  .setDescriptionLocalization('zh-CN', '能回答什么、怎么提问')
  .setContexts(InteractionContextType.Guild);

const COMMANDS = [
  ['/ask', `提问，例如 \`/ask question:${EXAMPLE_QUESTIONS[0]}\``],
  ['/check', '核对一种说法是否符合规划原文（✅ 支持 / ⚠️ 不符 / ❓ 没有这一说法），例如 `/check claim:到2025年吉安电子信息产业营收突破4000亿元`；在 /ask、@planbot 和提问频道里直接贴上说法也会核对'],
  ['/section', '按编号或标题浏览规划原文，例如 `/section query:3.2.1`、`/section query:专栏5`'],
  ['/targets', '某一主题的量化目标，例如 `/targets topic:森林覆盖率`'],
  ['/digest', '每日推送的规划目标：推送时间和今天的内容，例如 `/digest time`、`/digest preview`'],
  ['/setup', '服务器设置（管理员）：提问频道和每日推送，例如 `/setup ask-channel channel:#规划问答`、`/setup off`、`/setup digest-subscribe`'],
  ['/about', '规划、索引和模型的信息'],
];

export const HELP_BLOCKS = [
  ['**能回答**', ...CAN_ANSWER.map((l) => `• ${l}`)].join('\n'),
  ['**不能回答**', ...CANNOT_ANSWER.map((l) => `• ${l}`)].join('\n'),
  ['**命令**', ...COMMANDS.map(([c, d]) => `\`${c}\` — ${d}`)].join('\n'),
  ['**其他提问方式**', '• 在消息里 @planbot 加上问题；', '• 在提问频道里直接发问题，回答在子区中，子区里可以追问（如“那2025年呢？”）。',
    '• 每条回答下的 👍/👎 帮助维护者改进回答。'].join('\n'),
];

export const help: Command = {
  data,
  defer: 'ephemeral',
  cost: 'light',
  async execute() {
    return { payloads: packBlocks(HELP_BLOCKS, 'planbot 使用说明 / Help', '引文均为规划原文 · quotes are the plan\'s own words') };
  },
};
