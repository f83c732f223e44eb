// Rendering an Answer as plain terminal text (the Discord renderer lives in src/discord/): the outcome
// (labels shared with Discord) and the direct line on top, then the quotes or the closest sections, each
// quote's link into the web reader when given.
import { showTabs, labelledCells } from '../plan/tables.js';
import type { Answer, AnswerItem } from './answer.js';
import { englishCitation } from './citation-english.js';
import { ENGLISH_NOTE, OUTCOME_LABELS, reasonText, relatedLines, SUGGESTIONS_HEADING } from './outcome-labels.js';

/** `link`: where a quote opens in the web reader, printed under its citation. */
export function renderAnswerText(a: Answer, opts: { scores?: boolean; limit?: number; link?: (item: AnswerItem) => string | null } = {}): string {
  if (a.problem) return [...a.notices.map((n) => `（${n}）`), a.problem.message].join('\n');
  const lang = a.language;
  const lines: string[] = [`【${OUTCOME_LABELS[lang][a.outcome]}】`];
  if (a.direct && a.outcome === 'answered') lines.push(`${lang === 'en' ? 'Answer' : '答'}：${a.direct}`);
  lines.push(...a.notices.map((n) => `（${n}）`));
  if (a.outcome === 'not_covered' || !a.answers.length) {
    lines.push(reasonText(a, lang));
    if (a.suggestions.length) lines.push(SUGGESTIONS_HEADING[lang], ...a.suggestions.map((s) => `  · ${s.label}`));
    return lines.join('\n');
  }
  if (a.outcome === 'related') lines.push(...relatedLines(a, lang));
  if (lang === 'en') lines.push(`(${ENGLISH_NOTE})`);
  a.answers.slice(0, opts.limit ?? a.answers.length).forEach((item, i) => {
    lines.push(`${i + 1}. 「${showTabs(item.text)}」`);
    if (item.columns) lines.push(`   ${item.group ? `[${item.group}] ` : ''}${labelledCells(item.columns)}`);
    lines.push(`   —— ${item.citation.label}${opts.scores ? `  [score ${item.score}]` : ''}`);
    if (lang === 'en') lines.push(`   —— ${englishCitation(item.citation)}`);
    const url = opts.link?.(item);
    if (url) lines.push(`   🔗 ${url}`);
  });
  if (opts.scores) lines.push(`confidence ${a.confidence}`);
  return lines.join('\n');
}
