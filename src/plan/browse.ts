// Browsing the plan by section: "3.2.1" (第三篇第二章第一节), "专栏5", or words of a title.
import type { PlanDocument, SectionPath } from './types.js';
import { squash } from './whitespace.js';

/** Characters of a query read at most: every heading is shorter (/section takes no more). */
export const MAX_SECTION_QUERY_CHARS = 100;

const key = (path: SectionPath) => path.map((h) => h.label).join(' › ');

export function findSections(doc: PlanDocument, query: string, limit = 25): SectionPath[] {
  const q = [...query.slice(0, 2 * MAX_SECTION_QUERY_CHARS)].slice(0, MAX_SECTION_QUERY_CHARS).join('').trim();
  const words = squash(q);
  const numbers = /^\d+(\.\d+){0,2}$/.test(q) ? q.split('.').map(Number) : null;
  const box = /^专栏\s*(\d+)$/.exec(q);
  return doc.sections
    .filter((path) => {
      const last = path.at(-1);
      if (!last) return false;
      if (box) return last.level === 'box' && last.number === Number(box[1]);
      if (numbers) {
        const nums = path.filter((h) => h.level !== 'box').map((h) => h.number);
        return last.level !== 'box' && nums.length === numbers.length && nums.every((n, i) => n === numbers[i]);
      }
      return squash(key(path)).includes(words);
    })
    .slice(0, limit);
}

/** The plan text under a section (its sub-sections included), in reading order. */
export function sectionTexts(doc: PlanDocument, path: SectionPath): string[] {
  const prefix = key(path);
  return doc.blocks.filter((b) => key(b.path.slice(0, path.length)) === prefix).map((b) => b.text);
}

export const sectionLabel = key;
