// Recognising body headings: 篇/章/节 lines and 专栏 titles. (The table of contents is read in toc.ts.)
import type { Heading, HeadingLevel } from './types.js';
import { oneSpace } from './whitespace.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const digit = (ch: string | undefined) => (ch === undefined ? NaN : DIGITS[ch] ?? NaN);

/** 一 → 1, 十二 → 12, 二十三 → 23 (enough for heading numbers); NaN for what is not a numeral. */
export function chineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return [...text].reduce((n, ch) => n * 10 + digit(ch), 0);
  const tens = tenAt === 0 ? 1 : digit(text[0]);
  const units = tenAt === text.length - 1 ? 0 : digit(text[tenAt + 1]);
  return tens * 10 + units;
}

const LEVEL_OF: Record<string, HeadingLevel> = { 篇: 'part', 章: 'chapter', 节: 'section' };
const HEADING = /^第([一二三四五六七八九十]+)([篇章节])[\s\u3000]*(\S.*?)\s*$/;
const BOX = /^专栏\s*(\d+)\s*(\S.*?)\s*$/;

/** A body line that is a 篇/章/节 heading (short, no sentence punctuation), else null. Its page is set later. */
export function parseHeading(line: string): Heading | null {
  const text = line.trim();
  const m = HEADING.exec(text);
  if (!m || text.length > 40 || /[。；，]$/.test(text)) return null;
  const [, num = '', kind = '', rawTitle = ''] = m;
  const level = LEVEL_OF[kind];
  if (!level) return null;
  const title = oneSpace(rawTitle).replace(/[.…]+$/, '');
  return { level, number: chineseNumeral(num), title, label: `第${num}${kind} ${title}`, page: null };
}

/** "专栏 5 开发区布局和发展方向" (tabs read as spaces), else null. */
export function parseBoxTitle(line: string): Heading | null {
  const text = line.replace(/\t+/g, ' ').trim();
  const m = BOX.exec(text);
  if (!m || text.length > 40) return null;
  const [, num = '', rawTitle = ''] = m;
  const title = oneSpace(rawTitle);
  return { level: 'box', number: Number(num), title, label: `专栏${num} ${title}`, page: null };
}
