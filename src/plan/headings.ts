// Recognising body headings: 篇/章/节 lines and 专栏 titles. (The table of contents is read in toc.ts.)
import type { Heading, HeadingLevel } from './types.js';
import { oneSpace } from './whitespace.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A Chinese numeral below 100: 一 → 1, 十二 → 12, 二十三 → 23 (digits as they are); NaN for what is not one ("三五"). */
export function chineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九两]?)(十?)([零〇一二三四五六七八九]?)$/.exec(text);
  if (!m || !text) return NaN;
  const [, tens = '', ten, units = ''] = m;
  if (!ten) return tens && units ? NaN : DIGITS[tens || units] ?? NaN;
  return (tens ? DIGITS[tens] ?? NaN : 1) * 10 + (units ? DIGITS[units] ?? NaN : 0);
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
