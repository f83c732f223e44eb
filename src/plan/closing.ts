// The plan's closing words: where the paragraphs after the last 专栏 belong. Pure.
import type { Heading, SectionPath } from './types.js';

const isBox = (h: Heading) => h.level === 'box';
const sectionOf = (path: SectionPath) => path.filter((h) => !isBox(h) && h.level !== 'table');
const sameHeadings = (a: SectionPath, b: SectionPath) => a.length === b.length && a.every((h, i) => h === b[i]);

/**
 * The plan's closing words: paragraphs after its last 专栏 with no heading after them. The text gives
 * them no heading (no 结束语), so they are cited under the last 篇 rather than its last 节.
 */
export function closingWords<T extends { path: SectionPath }>(drafts: T[]): T[] {
  const lastBox = drafts.findLastIndex((d) => d.path.some(isBox));
  const boxSection = sectionOf(drafts[lastBox]?.path ?? []);
  const tail = drafts.slice(lastBox + 1);
  const part = boxSection[0];
  if (lastBox < 0 || !part || !tail.length || !tail.every((d) => sameHeadings(d.path, boxSection))) return drafts;
  return [...drafts.slice(0, lastBox + 1), ...tail.map((d) => ({ ...d, path: [part] }))];
}

