// /ask question — answers with quotes from the plan, 👍/👎 and paging buttons; a pasted claim is
// checked against the plan instead (as /check).
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { respond } from '../answering.js';
import type { Command } from '../context.js';

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask the Ji\'an 14th Five-Year Plan; answers quote the plan with citations')
  .setDescriptionLocalization('zh-CN', '提问吉安“十四五”规划，回答引用原文并注明出处')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('question').setDescription('问题 / question').setRequired(true).setMaxLength(1000));

export const ask: Command = {
  data,
  defer: 'reply',
  cost: 'question',
  async execute(i, s) {
    return (await respond({ id: i.id, question: i.options.getString('question', true), source: 'slash', guildId: i.guildId }, s)).reply;
  },
};
