// /section query — the plan's text under a section (3.2.1, 专栏5 or words of a title), paged, with
// autocomplete over the section titles.
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { findSections, MAX_SECTION_QUERY_CHARS, sectionLabel, sectionTexts } from '../../plan/browse.js';
import { sectionRow } from '../buttons.js';
import type { BotServices, Command, Reply } from '../context.js';
import { UserError } from '../errors.js';
import { renderSection } from '../render.js';
import { truncate, truncateStart } from '../text.js';

const data = new SlashCommandBuilder()
  .setName('section')
  .setDescription('Browse the plan by number (3.2.1, 专栏5) or title')
  .setDescriptionLocalization('zh-CN', '按编号（3.2.1、专栏5）或标题浏览规划')
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName('query').setDescription('编号或标题').setRequired(true).setAutocomplete(true).setMaxLength(MAX_SECTION_QUERY_CHARS));

const PER_PAGE = 8;

/** The section holding a quote (its citation path's longest prefix that opens a section) and the page it is on. */
export function sectionOfQuote(path: readonly string[], quote: string, s: BotServices): { index: number; page: number } | null {
  for (let n = path.length; n > 0; n--) {
    const index = s.plan.sections.findIndex((p) => sectionLabel(p) === path.slice(0, n).join(' › '));
    const found = s.plan.sections[index];
    if (!found) continue;
    const at = sectionTexts(s.plan, found).findIndex((t) => t.includes(quote));
    return { index, page: Math.max(0, Math.floor(at / PER_PAGE)) };
  }
  return null;
}

/** Page `page` of the section at `index` in plan.sections, with its next-page button. */
export function sectionPage(index: number, page: number, s: BotServices): Reply {
  const path = s.plan.sections[index];
  if (!path) throw new UserError('section_not_found');
  const texts = sectionTexts(s.plan, path);
  const pages = Math.max(1, Math.ceil(texts.length / PER_PAGE));
  const pageNo = path.at(-1)?.page;
  const payloads = renderSection(`${sectionLabel(path)}${pageNo ? `（第${pageNo}页）` : ''}`, texts, page, PER_PAGE);
  return { payloads: payloads.slice(0, 1), components: [sectionRow(index, page, pages)] };
}

export const section: Command = {
  data,
  defer: 'reply',
  async execute(i, s) {
    const [path] = findSections(s.plan, i.options.getString('query', true), 1);
    if (!path) throw new UserError('section_not_found');
    return sectionPage(s.plan.sections.indexOf(path), 0, s);
  },
  async autocomplete(i, s) {
    return findSections(s.plan, i.options.getFocused(), 25).map((p) => ({
      name: truncateStart(sectionLabel(p), 100),
      value: truncate(p.at(-1)?.label ?? '', 100),
    }));
  },
};
