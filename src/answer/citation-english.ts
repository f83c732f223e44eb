// A citation's headings in English form, for English questions: "第七篇 … › 第二章 … › 第一节 …（第88页起）"
// → "Part 7 › Chapter 2 › Section 1, from p. 88" (the page is where the section starts, as 起 says).
// Derived from the heading labels as printed; a table keeps its Chinese name (there is no official
// translation to quote). Pure.
import { chineseNumeral } from '../plan/headings.js';
import type { Citation } from './citation.js';

const LEVELS: [RegExp, string][] = [
  [/^第([零〇一二三四五六七八九十两]+)篇/, 'Part'],
  [/^第([零〇一二三四五六七八九十两]+)章/, 'Chapter'],
  [/^第([零〇一二三四五六七八九十两]+)节/, 'Section'],
];

/** One heading label in English form: "Part 7", "Box 13", "Preface", or "Table 《…》" for a table. */
export function englishHeading(label: string): string {
  for (const [re, word] of LEVELS) {
    const m = re.exec(label);
    const n = m?.[1] ? chineseNumeral(m[1]) : NaN;
    if (!Number.isNaN(n)) return `${word} ${n}`;
  }
  const box = /^专栏\s*(\d+)/.exec(label);
  if (box) return `Box ${box[1]}`;
  if (label === '序言') return 'Preface';
  return `Table “${label}”`;
}

/** The whole citation in English form: headings, a footnote if cited, and the printed page. */
export function englishCitation(c: Citation): string {
  const note = /› 注([①-⑳])/.exec(c.label);
  const trail = [...c.path.map(englishHeading), ...(note ? [`Note ${note[1]}`] : [])].join(' › ');
  return c.page ? `${trail}, from p. ${c.page}` : trail;
}
