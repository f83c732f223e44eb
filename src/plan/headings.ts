// Recognising headings (篇/章/节, 专栏) and the table of contents with its printed page numbers.
import type { Heading, HeadingLevel } from './types.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十二 → 12, 二十三 → 23 (enough for heading numbers). */
export function chineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return [...text].reduce((n, ch) => n * 10 + (DIGITS[ch] ?? NaN), 0);
  const tens = tenAt === 0 ? 1 : DIGITS[text[0]!]!;
  const units = tenAt === text.length - 1 ? 0 : DIGITS[text[tenAt + 1]!]!;
  return tens * 10 + units;
}

const LEVEL_OF: Record<string, HeadingLevel> = { 篇: 'part', 章: 'chapter', 节: 'section' };
const HEADING = /^第([一二三四五六七八九十]+)([篇章节])[\s\u3000]*(\S.*?)\s*$/;
const BOX = /^专栏\s*(\d+)\s*(\S.*?)\s*$/;
const TOC_LINE = /^(第[一二三四五六七八九十]+[篇章节][\s\u3000]*\S.*?)[.\s…]*\t\s*(\d+)\s*$/;

/** A body line that is a 篇/章/节 heading (short, no sentence punctuation), else null. */
export function parseHeading(line: string, page: number | null = null): Heading | null {
  const m = HEADING.exec(line.trim());
  if (!m || line.trim().length > 40 || /[。；，]$/.test(line.trim())) return null;
  const [, num, kind, rawTitle] = m;
  const title = rawTitle!.replace(/\s+/g, ' ').replace(/[.…]+$/, '');
  return {
    level: LEVEL_OF[kind!]!,
    number: chineseNumeral(num!),
    title,
    label: `第${num}${kind} ${title}`,
    page,
  };
}

export function parseBoxTitle(line: string): Heading | null {
  const m = BOX.exec(line.trim());
  if (!m || line.trim().length > 40) return null;
  const title = m[2]!.replace(/\s+/g, ' ');
  return { level: 'box', number: Number(m[1]), title, label: `专栏${m[1]} ${title}`, page: null };
}

/** A table-of-contents line ("第一节 以技术创新推动发展升级.....\t19"), else null. */
export function parseTocLine(line: string): Heading | null {
  const m = TOC_LINE.exec(line.trim());
  if (!m) return null;
  const heading = parseHeading(m[1]!.replace(/[.…]+$/, ''), Number(m[2]));
  return heading;
}

/** Key used to pair a body heading with its TOC entry: level + number in reading order. */
export function headingKey(h: Heading): string {
  return `${h.level}:${h.number}`;
}
