// A claim check as Discord messages. On top the verdict line — "⚠️ 与规划不符：规划写的是「突破5000亿元」，
// 不是「4000亿元」", "✅ 规划原文支持", "❓ 规划中没有这一说法" (English forms for an English claim) — then the
// quotes, verbatim, each with its footnotes and citation as for answers. A paragraph: one line a
// sentence with its verdict, then each sentence's leading quote. Pure: footnotes come in as a lookup.
import type { AnswerItem } from '../answer/answer.js';
import { englishCitation } from '../answer/citation-english.js';
import { languageOf, type Lang } from '../answer/outcome-labels.js';
import type { PastedCheck } from '../check/paragraph.js';
import { uncheckedLine, verdictLine } from '../check/render.js';
import type { Footnote } from '../plan/footnotes.js';
import { labelledCells } from '../plan/tables.js';
import { blockQuote, escapeMarkdown, packBlocks, planText, type MessagePayload } from './render.js';

const NEAREST: Record<Lang, string> = { zh: '最接近的规划原文（不是依据）：', en: 'The nearest passages of the plan (not evidence):' };

function quoteBlock(item: AnswerItem, label: string, lang: Lang, footnotes: (quote: string) => Footnote[]): string {
  const columns = item.columns ? `\n${escapeMarkdown(labelledCells(item.columns))}` : '';
  const notes = footnotes(item.text).map((f) => `${f.marker} ${planText(f.text)}`);
  const cite = [`— ${escapeMarkdown(item.citation.label)}`, ...(lang === 'en' ? [`— ${escapeMarkdown(englishCitation(item.citation))}`] : [])];
  return [`**${label}**`, blockQuote(planText(item.text) + columns), ...notes, ...cite].join('\n');
}

/** The quotes shown with a check, numbered as the reader links are: a single claim's first three, a paragraph's leading quote of each sentence stated in the plan. */
export function shownQuotes(p: PastedCheck): { n: number; item: AnswerItem; label: string }[] {
  if (p.checks.length === 1) return p.checks[0]!.quotes.slice(0, 3).map((item, i) => ({ n: i + 1, item, label: `${i + 1}.` }));
  return p.checks.flatMap((c, i) => (c.verdict !== 'not_in_plan' && c.quotes[0] ? [{ n: i + 1, item: c.quotes[0], label: `[${i + 1}]` }] : []));
}

export function renderCheck(p: PastedCheck, footnotes: (quote: string) => Footnote[]): MessagePayload[] {
  const lang = languageOf(p.text);
  const title = `${lang === 'en' ? 'Check' : '核对'}：${escapeMarkdown(p.text)}`;
  const footer = lang === 'en' ? 'Checked against the plan’s text · quotes are the plan’s own words' : '与规划原文核对 · 引文均为规划原文';
  const one = p.checks.length === 1 ? p.checks[0]! : null;
  const head = one
    ? [`**${escapeMarkdown(verdictLine(one))}**`]
    : p.checks.map((c, i) => `**${i + 1}.** 「${escapeMarkdown(c.claim)}」\n${escapeMarkdown(verdictLine(c))}`);
  if (p.unchecked) head.push(escapeMarkdown(uncheckedLine(p.unchecked, lang)));
  const quotes = shownQuotes(p).map((q) => quoteBlock(q.item, q.label, lang, footnotes));
  const nearest = one?.verdict === 'not_in_plan' && quotes.length ? [NEAREST[lang]] : [];
  return packBlocks([head.join('\n'), ...nearest, ...quotes], title, footer);
}
