// A claim check as the reader sees it, in the claim's language (the quotes stay Chinese): the verdict
// line ("⚠️ 与规划不符：规划写的是「突破5000亿元」，不是「4000亿元」"), then the quotes with their citations;
// and the one JSON shape of a check ({verdict, differs, quotes}). Pure.
import { englishCitation } from '../answer/citation-english.js';
import { languageOf, type Lang } from '../answer/outcome-labels.js';
import { labelledCells, showTabs } from '../plan/tables.js';
import type { ClaimCheck } from './check.js';
import type { Differ, PartName } from './compare.js';
import { MAX_CLAIM_SENTENCES, type PastedCheck } from './paragraph.js';

const PART_NAMES: Record<Lang, Record<PartName, string>> = {
  zh: { figure: '数字', year: '年份', place: '地点', commitment: '进度', level: '级别', direction: '增减方向', wording: '原话', pairing: '对应关系' },
  en: { figure: 'figure', year: 'year', place: 'place', commitment: 'commitment', level: 'level', direction: 'direction', wording: 'wording', pairing: 'pairing' },
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
      const unnamed = (check.unnamed ?? []).map((w) => (lang === 'en' ? `“${w}”` : `「${w}」`)).join(lang === 'en' ? ', ' : '、');
      const unshown = (check.unverified ?? []).map((w) => (lang === 'en' ? `“${w}”` : `「${w}」`)).join(lang === 'en' ? ', ' : '、');
      const why = differs || (unnamed ? (lang === 'en' ? `the plan does not mention ${unnamed}` : `规划中没有提到${unnamed}`) : '')
        || (absent ? (lang === 'en' ? `the plan does not give the claim's ${absent}` : `规划没有写到其中的${absent}`) : '')
        || (unshown ? (lang === 'en' ? `the quoted passages do not show ${unshown}` : `引用的规划原文没有写到${unshown}`) : '') || (absent ? (lang === 'en' ? `the plan does not give the claim's ${absent}` : `规划没有写到其中的${absent}`)
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
    ...(check.unverified ? { unverified: check.unverified } : {}),
    quotes: check.quotes.map((q) => ({ text: q.text, citation: q.citation, kind: q.kind, ...(q.columns ? { columns: q.columns } : {}) })),
  };
}

/**
 * A pasted text as the reader sees it: one claim as renderCheckText; a paragraph one line a sentence —
 * "1. 「sentence」 verdict line" — then each sentence's leading quote with its citation.
 */
export function renderPastedText(p: PastedCheck): string {
  if (p.checks.length === 1) return renderCheckText(p.checks[0]!);
  const lang = languageOf(p.text);
  const lines = p.checks.map((c, i) => `${i + 1}. 「${c.claim}」 ${verdictLine(c)}`);
  if (p.unchecked) lines.push(uncheckedLine(p.unchecked, lang));
  p.checks.forEach((c, i) => {
    const q = c.verdict === 'not_in_plan' ? undefined : c.quotes[0];
    if (!q) return;
    lines.push(`[${i + 1}] 「${showTabs(q.text)}」`, `   —— ${q.citation.label}`);
    if (lang === 'en') lines.push(`   —— ${englishCitation(q.citation)}`);
  });
  return lines.join('\n');
}

export const uncheckedLine = (n: number, lang: Lang) =>
  lang === 'en' ? `(${n} more sentence${n > 1 ? 's' : ''} not checked: at most ${MAX_CLAIM_SENTENCES} at once)` : `（另有 ${n} 句未核对：一次最多核对 ${MAX_CLAIM_SENTENCES} 句）`;

/** The `claim` field of ask --json: the verdict of the whole, what differs, and each sentence's check when there are several. */
export function pastedJson(p: PastedCheck) {
  const one = p.checks.length === 1 ? p.checks[0]! : null;
  return {
    verdict: p.verdict,
    line: one ? verdictLine(one) : null,
    differs: p.checks.flatMap((c) => c.differs),
    ...(one ? { absent: one.absent } : {}),
    ...(one ? {} : { sentences: p.checks.map((c) => ({ claim: c.claim, verdict: c.verdict, line: verdictLine(c), differs: c.differs, absent: c.absent })), unchecked: p.unchecked }),
  };
}
