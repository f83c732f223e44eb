// /check claim — checks a claim against the plan, whatever its form: supported (✅), contradicted with
// the plan's and the claim's wording (⚠️), partly (🔸) or not in the plan (❓), above the quotes; a
// paragraph sentence by sentence (up to 10). Charged and queued as a question.
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { checkReply } from '../answering.js';
import type { Command } from '../context.js';

const data = new SlashCommandBuilder()
  .setName('check')
  .setDescription('Check a claim against the Ji\'an 14th Five-Year Plan: supported, contradicted or not in the plan')
  .setDescriptionLocalization('zh-CN', '核对一种说法是否符合吉安“十四五”规划原文')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('claim').setDescription('说法 / claim').setRequired(true).setMaxLength(1000));

export const check: Command = {
  data,
  defer: 'reply',
  cost: 'question',
  async execute(i, s) {
    return checkReply({ id: i.id, question: i.options.getString('claim', true), source: 'slash', guildId: i.guildId }, s);
  },
};
