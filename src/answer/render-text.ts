// Rendering an Answer as plain terminal text (the Discord renderer lives in src/discord/).
import { labelledCells, showTabs } from '../plan/tables.js';
import type { Answer } from './answer.js';

export function renderAnswerText(a: Answer, opts: { scores?: boolean; limit?: number } = {}): string {
  const lines: string[] = [...a.notices.map((n) => `（${n}）`)];
  if (a.problem) return [...lines, a.problem.message].join('\n');
  if (a.refused) {
    lines.push('规划中没有直接回答这个问题的内容。');
    if (a.suggestions.length) lines.push('最接近的章节：', ...a.suggestions.map((s) => `  · ${s.label}`));
    return lines.join('\n');
  }
  a.answers.slice(0, opts.limit ?? 5).forEach((item, i) => {
    lines.push(`${i + 1}. 「${showTabs(item.text)}」`);
    if (item.columns) lines.push(`   ${item.group ? `[${item.group}] ` : ''}${labelledCells(item.columns)}`);
    lines.push(`   —— ${item.citation.label}${opts.scores ? `  [score ${item.score}]` : ''}`);
  });
  if (opts.scores) lines.push(`confidence ${a.confidence}`);
  return lines.join('\n');
}
