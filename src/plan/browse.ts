// Browsing the plan by section: "3.2.1" (第三篇第二章第一节), "专栏5", or words of a title.
import type { StructureRef } from '../understand/structure.js';
import { structureAsk } from '../understand/structure.js';
import type { PlanDocument, SectionPath } from './types.js';
import { squash } from './whitespace.js';

/** Characters of a query read at most: every heading is shorter (/section takes no more). */
export const MAX_SECTION_QUERY_CHARS = 100;

const key = (path: SectionPath) => path.map((h) => h.label).join(' › ');

export function findSections(doc: PlanDocument, query: string, limit = 25): SectionPath[] {
  const q = [...query.slice(0, 2 * MAX_SECTION_QUERY_CHARS)].slice(0, MAX_SECTION_QUERY_CHARS).join('').trim();
  const words = squash(q);
  const asked = structureAsk(q);
  if (asked && !asked.rest && asked.ref.kind !== 'table') { // 专栏十九, 第三篇第二章, part 3
    const found = resolveStructure(doc, asked.ref);
    return found ? [found] : [];
  }
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

/** The indexes of the blocks under a section (its sub-sections included), in reading order. */
export function sectionBlocks(doc: Pick<PlanDocument, 'blocks'>, path: SectionPath): number[] {
  const prefix = key(path);
  return doc.blocks.flatMap((b, i) => (key(b.path.slice(0, path.length)) === prefix ? [i] : []));
}

/** The plan text under a section (its sub-sections included), in reading order. */
export function sectionTexts(doc: PlanDocument, path: SectionPath): string[] {
  return sectionBlocks(doc, path).map((i) => doc.blocks[i]!.text);
}

/** The sections one level below a section (a 篇's 章, a 章's 节 and boxes). */
export const subSections = (doc: Pick<PlanDocument, 'sections'>, path: SectionPath): SectionPath[] =>
  doc.sections.filter((p) => p.length === path.length + 1 && key(p.slice(0, path.length)) === key(path));

export const sectionLabel = key;

/** The heading trails of the indicator tables (they open no section of their own: they sit in a chapter). */
export function tablePaths(doc: PlanDocument): SectionPath[] {
  const out = new Map<string, SectionPath>();
  for (const b of doc.blocks) if (b.path.at(-1)?.level === 'table' && !out.has(key(b.path))) out.set(key(b.path), b.path);
  return [...out.values()];
}

/** The section, box or indicator table a reference names; null when the plan has none such. */
export function resolveStructure(doc: PlanDocument, ref: StructureRef): SectionPath | null {
  if (ref.kind === 'table') {
    return tablePaths(doc).find((p) => p.at(-1)!.label.includes(ref.period) && /主要指标/.test(p.at(-1)!.label)) ?? null;
  }
  return doc.sections.find((path) => {
    const last = path.at(-1)!;
    if (ref.kind === 'box') return last.level === 'box' && last.number === ref.number;
    const nums = path.filter((h) => h.level !== 'box').map((h) => h.number);
    return last.level !== 'box' && nums.length === ref.numbers.length && nums.every((n, i) => n === ref.numbers[i]);
  }) ?? null;
}
