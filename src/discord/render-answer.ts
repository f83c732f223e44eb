// An Answer as Discord messages. On top: the outcome and the direct line (or why the plan does not
// answer); then the quotes, every line inside the block quote, each followed by the text of the
// footnotes its markers point to and its citation (also in English form for an English question).
// Pure: footnotes come in as a lookup.
import type { Answer, AnswerItem } from '../answer/answer.js';
import { englishCitation } from '../answer/citation-english.js';
import {
  ENGLISH_NOTE, OUTCOME_LABELS, reasonText, relatedLines, SUGGESTIONS_HEADING, type Lang,
} from '../answer/outcome-labels.js';
import type { Footnote } from '../plan/footnotes.js';
import { labelledCells } from '../plan/tables.js';
import { blockQuote, escapeMarkdown, packBlocks, planText, type MessagePayload } from './render.js';

export const PER_PAGE = 3;

export interface AnswerView {
  page: number;
  /** The footnotes a quote's markers point to. */
  footnotes: (quote: string) => Footnote[];
  /** What the user typed, when a follow-up was combined with the question before it. */
  typed?: string;
}

export const pageCount = (a: Answer) => Math.max(1, Math.ceil(a.answers.length / PER_PAGE));

function quoteBlock(item: AnswerItem, n: number, lang: Lang, footnotes: AnswerView['footnotes']): string {
  const columns = item.columns ? `\n${escapeMarkdown(labelledCells(item.columns))}` : '';
  const notes = footnotes(item.text).map((f) => `${f.marker} ${planText(f.text)}`);
  const cite = [`— ${escapeMarkdown(item.citation.label)}`, ...(lang === 'en' ? [`— ${escapeMarkdown(englishCitation(item.citation))}`] : [])];
  return [`**${n}.**`, blockQuote(planText(item.text) + columns), ...notes, ...cite].join('\n');
}

/** The lines on top: outcome, how a follow-up was read, the direct line or the reason, notices. */
function headBlock(a: Answer, lang: Lang, typed: string | undefined): string {
  const lines = [`**${OUTCOME_LABELS[lang][a.outcome]}**`];
  if (typed && typed !== a.question) lines.push(`↪ ${lang === 'en' ? 'Read with the previous question as' : '接上一问，理解为'}：${escapeMarkdown(a.question)}`);
  if (a.direct && a.outcome === 'answered') lines.push(`**${lang === 'en' ? 'Answer' : '答'}：${escapeMarkdown(a.direct)}**`);
  if (a.outcome === 'related') lines.push(...relatedLines(a, lang).map(escapeMarkdown));
  if (a.outcome === 'not_covered') lines.push(escapeMarkdown(reasonText(a, lang)));
  lines.push(...a.notices.map((n) => `*${escapeMarkdown(n)}*`));
  if (lang === 'en' && a.outcome !== 'not_covered') lines.push(`*${ENGLISH_NOTE}*`);
  return lines.join('\n');
}

function suggestionsBlock(a: Answer, lang: Lang): string[] {
  if (!a.suggestions.length) return [];
  const lines = a.suggestions.map((s) => `• ${escapeMarkdown(s.label)}${lang === 'en' ? ` (${escapeMarkdown(englishCitation(s))})` : ''}`);
  return [[SUGGESTIONS_HEADING[lang], ...lines].join('\n')];
}

export function renderAnswer(a: Answer, view: AnswerView): MessagePayload[] {
  if (a.problem) return [{ content: a.problem.message, embeds: [] }];
  const lang = a.language;
  const title = `${lang === 'en' ? 'Q' : '问'}：${escapeMarkdown(view.typed ?? a.question)}`;
  const head = headBlock(a, lang, view.typed);
  if (a.outcome === 'not_covered' || !a.answers.length) {
    return packBlocks([head, ...suggestionsBlock(a, lang)], title, lang === 'en' ? 'No passage to quote' : '未找到可引用的原文');
  }
  const first = view.page * PER_PAGE;
  const blocks = a.answers.slice(first, first + PER_PAGE).map((item, i) => quoteBlock(item, first + i + 1, lang, view.footnotes));
  const pageOf = `${view.page + 1}/${pageCount(a)}`;
  const footer = lang === 'en'
    ? `Confidence ${(a.confidence * 100).toFixed(0)}% · page ${pageOf} · quotes are the plan's own words`
    : `置信度 ${(a.confidence * 100).toFixed(0)}% · 第 ${pageOf} 页 · 引文均为规划原文`;
  return packBlocks([head, ...blocks], title, footer);
}
