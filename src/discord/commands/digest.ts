// /digest time | preview — when the daily digest of the plan's targets is posted, and today's digest;
// for every member (subscribing a channel is /setup digest-subscribe, for Manage Server).
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { localTime } from '../../digest/schedule.js';
import { selectDigest } from '../../targets/digest.js';
import { textReply, type Command } from '../context.js';
import { renderDigest } from '../render.js';

const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('The daily digest of the plan\'s targets: when it is posted, today\'s')
  .setDescriptionLocalization('zh-CN', '每日推送的规划目标：推送时间、今天的内容')
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) => s.setName('time').setDescription('Show when the digest is posted'))
  .addSubcommand((s) => s.setName('preview').setDescription('Show today\'s digest (only to you)'));

export const digest: Command = {
  data,
  defer: 'ephemeral',
  async execute(i, s) {
    if (i.options.getSubcommand() === 'preview') {
      const date = localTime(s.now(), s.digest.timeZone).date;
      return { payloads: renderDigest(selectDigest(s.targets, date, s.digest.size), s.planLinks?.text).slice(0, 1) };
    }
    return textReply(`每日 ${s.digest.postAt}（${s.digest.timeZone}）推送 ${s.digest.size} 条规划目标。`);
  },
};
