// A claim check as the reader sees it, in the claim's language (the quotes stay Chinese): the verdict
// line ("⚠️ 与规划不符：规划写的是「突破5000亿元」，不是「4000亿元」"), then the quotes with their citations;
// and the one JSON shape of a check ({verdict, differs, quotes}). Pure.
import { englishCitation } from '../answer/citation-english.js';
import { languageOf, type Lang } from '../answer/outcome-labels.js';
import { labelledCells, showTabs } from '../plan/tables.js';
import type { ClaimCheck } from './check.js';
import type { Differ, PartName } from './compare.js';

const PART_NAMES: Record<Lang, Record<PartName, string>> = {
  zh: { figure: '数字', year: '年份', place: '地点', commitment: '进度', level: '级别', direction: '增减方向' },
  en: { figure: 'figure', year: 'year', place: 'place', commitment: 'commitment', level: 'level', direction: 'direction' },
};

const saysZh = (d: Differ) => `规划写的是「${d.plan}」，不是「${d.claim}」`;
const saysEn = (d: Differ) => `the plan says “${d.plan}”, not “${d.claim}”`;

/** The one line above the quotes that says what the plan makes of the claim. */
export function verdictLine(check: ClaimCheck): string {
  const lang = languageOf(check.claim);
  const differs = check.differs.map(lang === 'en' ? saysEn : saysZh).join(lang === 'en' ? '; ' : '；');
  const absent = [...new Set(check.absent)].map((p) => PART_NAMES[lang][p]).join(lang === 'en' ? ', ' : '、');
  switch (check.verdict) {
    case 'supported':
      return lang === 'en' ? '✅ Supported by the plan’s text' : '✅ 规划原文支持';
    case 'contradicted':
      return lang === 'en' ? `⚠️ Contradicted by the plan: ${differs}` : `⚠️ 与规划不符：${differs}`;
    case 'partly': {
      const why = differs || (absent ? (lang === 'en' ? `the plan does not give the claim's ${absent}` : `规划没有写到其中的${absent}`)
        : lang === 'en' ? 'the plan states only part of it' : '规划只写到其中一部分');
      return lang === 'en' ? `🔸 Partly supported: ${why}` : `🔸 部分相符：${why}`;
    }
    case 'not_in_plan':
      return lang === 'en' ? '❓ The plan does not say this' : '❓ 规划中没有这一说法';
  }
}

/** The heading over the quotes of a claim the plan does not make: the nearest passages, not evidence. */
const NEAREST: Record<Lang, string> = { zh: '最接近的规划原文：', en: 'The nearest passages of the plan:' };

export function renderCheckText(check: ClaimCheck, limit = 3): string {
  const lang = languageOf(check.claim);
  const lines = [verdictLine(check)];
  if (check.verdict === 'not_in_plan' && check.quotes.length) lines.push(NEAREST[lang]);
  check.quotes.slice(0, limit).forEach((item, i) => {
    lines.push(`${i + 1}. 「${showTabs(item.text)}」`);
    if (item.columns) lines.push(`   ${item.group ? `[${item.group}] ` : ''}${labelledCells(item.columns)}`);
    lines.push(`   —— ${item.citation.label}`);
    if (lang === 'en') lines.push(`   —— ${englishCitation(item.citation)}`);
  });
  return lines.join('\n');
}

export function checkJson(check: ClaimCheck) {
  return {
    claim: check.claim,
    verdict: check.verdict,
    line: verdictLine(check),
    differs: check.differs,
    absent: check.absent,
    quotes: check.quotes.map((q) => ({ text: q.text, citation: q.citation, kind: q.kind, ...(q.columns ? { columns: q.columns } : {}) })),
  };
}
