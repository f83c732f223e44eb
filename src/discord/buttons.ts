// Button custom ids, encoded and decoded in one place, and the button rows under answers and sections.
// A custom id is at most 100 characters; an id that does not decode is answered as expired.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { Vote } from '../state/store.js';

export type ButtonId =
  | { kind: 'more'; answerId: string; page: number }
  | { kind: 'full'; answerId: string; item: number }
  | { kind: 'section'; section: number; page: number }
  | { kind: 'vote'; answerId: string; vote: Vote };

const ID = '(\\d{1,22})';
const N = '(\\d{1,4})';
const PATTERNS: { [K in ButtonId['kind']]: RegExp } = {
  more: new RegExp(`^more:${ID}:${N}$`),
  full: new RegExp(`^full:${ID}:${N}$`),
  section: new RegExp(`^sec:${N}:${N}$`),
  vote: new RegExp(`^vote:${ID}:(up|down)$`),
};

export function encodeButtonId(b: ButtonId): string {
  switch (b.kind) {
    case 'more': return `more:${b.answerId}:${b.page}`;
    case 'full': return `full:${b.answerId}:${b.item}`;
    case 'section': return `sec:${b.section}:${b.page}`;
    case 'vote': return `vote:${b.answerId}:${b.vote === 1 ? 'up' : 'down'}`;
  }
}

export function decodeButtonId(customId: string): ButtonId | null {
  let m = PATTERNS.more.exec(customId);
  if (m) return { kind: 'more', answerId: m[1]!, page: Number(m[2]) };
  m = PATTERNS.full.exec(customId);
  if (m) return { kind: 'full', answerId: m[1]!, item: Number(m[2]) };
  m = PATTERNS.section.exec(customId);
  if (m) return { kind: 'section', section: Number(m[1]), page: Number(m[2]) };
  m = PATTERNS.vote.exec(customId);
  if (m) return { kind: 'vote', answerId: m[1]!, vote: m[2] === 'up' ? 1 : -1 };
  return null;
}

const button = (id: ButtonId, label: string, style: ButtonStyle, disabled = false) =>
  new ButtonBuilder().setCustomId(encodeButtonId(id)).setLabel(label).setStyle(style).setDisabled(disabled);

/** Where an answer's reader is: the page shown, how many there are, the first quote on it. */
export interface AnswerPage {
  page: number;
  pages: number;
  firstItem: number;
}

/** Under an answer: more passages and the full section (when it quotes: `at`), and 👍/👎 always. */
export function answerRows(answerId: string, at: AnswerPage | null) {
  const vote = new ActionRowBuilder<ButtonBuilder>().addComponents(
    button({ kind: 'vote', answerId, vote: 1 }, '👍 有帮助', ButtonStyle.Success),
    button({ kind: 'vote', answerId, vote: -1 }, '👎 没帮助', ButtonStyle.Secondary),
  );
  if (!at) return [vote];
  const nav = new ActionRowBuilder<ButtonBuilder>().addComponents(
    button({ kind: 'more', answerId, page: at.page + 1 }, '更多段落', ButtonStyle.Secondary, at.page + 1 >= at.pages),
    button({ kind: 'full', answerId, item: at.firstItem }, '查看全文', ButtonStyle.Primary),
  );
  return [nav, vote];
}

/** Discord's limit on buttons in a row. */
const ROW_BUTTONS = 5;

/** "Open in the plan" link buttons, one per quote shown (numbered as the quotes are), at most a row. */
export function planLinkRow(links: { n: number; url: string }[], lang: 'zh' | 'en') {
  const label = lang === 'en' ? 'Open in the plan' : '在规划中查看';
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    links.slice(0, ROW_BUTTONS).map(({ n, url }) => new ButtonBuilder().setStyle(ButtonStyle.Link).setURL(url).setLabel(`${n}. ${label}`)),
  );
}

export function sectionRow(section: number, page: number, pages: number) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    button({ kind: 'section', section, page: page + 1 }, '下一页', ButtonStyle.Secondary, page + 1 >= pages),
  );
}
