// The table of contents: its entries with their printed pages, the one scoped key that pairs a body
// heading with its entry (篇.章.节 numbers: 章 numbers restart in every 篇, 节 numbers in every 章),
// and the pages each heading covers. The text carries no page numbers, so these are the only pages
// the plan gives. Pure.
import { parseHeading } from './headings.js';
import type { Heading, HeadingLevel, TocEntry } from './types.js';
import { squash } from './whitespace.js';

/** Where a heading sits: the numbers of its 篇, 章 and 节 (0 where there is none). */
export interface HeadingScope {
  part: number;
  chapter: number;
  section: number;
}

export const OUTSIDE_ANY_HEADING: HeadingScope = { part: 0, chapter: 0, section: 0 };

/** The scope after reading heading h: a 篇 resets its 章 and 节, a 章 its 节. Boxes and tables leave it. */
export function enterHeading(scope: HeadingScope, h: Heading): HeadingScope {
  if (h.level === 'part') return { part: h.number, chapter: 0, section: 0 };
  if (h.level === 'chapter') return { ...scope, chapter: h.number, section: 0 };
  if (h.level === 'section') return { ...scope, section: h.number };
  return scope;
}

/** "4.1.3" = 第四篇第一章第三节; "4.1.0" = 第四篇第一章 itself. */
export const scopeKey = (s: HeadingScope): string => `${s.part}.${s.chapter}.${s.section}`;

export interface TableOfContents {
  /** The plan's title: the first line before 目录, spaces removed. */
  title: string;
  entries: TocEntry[];
  /** Line index where the body starts (after the last TOC line). */
  bodyStart: number;
}

const TOC_LINE = /^(第[一二三四五六七八九十]+[篇章节][\s\u3000]*\S.*?)[.\s…]*\t\s*(\d+)\s*$/;
const RANK: Partial<Record<HeadingLevel, number>> = { part: 0, chapter: 1, section: 2 };

/** A table-of-contents line ("第一节 以技术创新推动发展升级.....\t19") as a heading with its page, else null. */
export function parseTocLine(line: string): (Heading & { page: number }) | null {
  const m = TOC_LINE.exec(line.trim());
  const heading = m?.[1] ? parseHeading(m[1].replace(/[.…]+$/, '')) : null;
  return heading && m?.[2] ? { ...heading, page: Number(m[2]) } : null;
}

/** Finds 目录 and reads its entries up to the first line that is not one. */
export function readToc(lines: readonly string[]): TableOfContents {
  const tocAt = lines.findIndex((l) => /^\s*目\s*录\s*$/.test(l));
  const title = squash(lines.slice(0, Math.max(tocAt, 0)).find((l) => l.trim()) ?? '');
  const headings: (Heading & { page: number })[] = [];
  let i = tocAt + 1;
  for (; tocAt >= 0 && i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    const h = parseTocLine(line);
    if (!h) break;
    headings.push(h);
  }
  return { title, entries: withKeysAndRanges(headings), bodyStart: tocAt >= 0 ? i : 0 };
}

function withKeysAndRanges(headings: (Heading & { page: number })[]): TocEntry[] {
  let scope = OUTSIDE_ANY_HEADING;
  return headings.map((h, i) => {
    scope = enterHeading(scope, h);
    const rank = RANK[h.level] ?? 0;
    const next = headings.slice(i + 1).find((n) => (RANK[n.level] ?? 0) <= rank);
    return { ...h, key: scopeKey(scope), endPage: next?.page ?? null };
  });
}

/** Does a page fall within an entry's pages (from its start page to the next same-rank heading's)? */
export const pageWithin = (page: number, entry: TocEntry): boolean =>
  page >= entry.page && (entry.endPage === null || page <= entry.endPage);
