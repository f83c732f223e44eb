// A citation's headings in English form, for English questions: "第七篇 … › 第二章 … › 第一节 …（第88页起）"
// → "Part 7 › Chapter 2 › Section 1, from p. 88" (the page is where the section starts, as 起 says).
// Derived from the heading labels as printed; a table keeps its Chinese name (there is no official
// translation to quote). Pure.
import type { Citation } from './citation.js';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral below 100 ("七" 7, "十二" 12, "二十三" 23), or null. */
export function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九两]?)(十?)([零〇一二三四五六七八九]?)$/.exec(text);
  if (!m || !text) return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && units ? null : (DIGITS[tens || units!] ?? null);
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}

const LEVELS: [RegExp, string][] = [
  [/^第([零〇一二三四五六七八九十两]+)篇/, 'Part'],
  [/^第([零〇一二三四五六七八九十两]+)章/, 'Chapter'],
  [/^第([零〇一二三四五六七八九十两]+)节/, 'Section'],
];

/** One heading label in English form: "Part 7", "Box 13", "Preface", or "Table 《…》" for a table. */
export function englishHeading(label: string): string {
  for (const [re, word] of LEVELS) {
    const m = re.exec(label);
    const n = m ? chineseNumber(m[1]!) : null;
    if (n !== null) return `${word} ${n}`;
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
