// src/web/ — owns the plan as a web reader. This file: where everything goes — one page per 篇 (and
// one for the 序言), a stable anchor for every heading and block derived from the plan's own numbering
// (篇/章/节 numbers, 专栏 numbers, table and block ordinals), the text each anchored element shows, and
// each page's text in reading order (for text fragments). Pure: the same plan always gives the same anchors.
import { footnoteTargets } from '../plan/footnotes.js';
import type { Block, Heading, PlanDocument, SectionPath } from '../plan/types.js';
import { FOOTNOTE_MARK } from '../plan/lines.js';

export interface ReaderPage {
  /** File name within the reader: "p4.html", "preface.html". */
  file: string;
  /** The 篇 (or 序言) heading the page holds. */
  heading: Heading;
  /** Positions in plan.blocks, in reading order; footnotes come last. */
  blocks: number[];
  /** Heading labels and element texts in reading order, joined by "\n": what a browser searches. */
  text: string;
}

export interface BlockPlace {
  page: number;
  anchor: string;
  /** The text content of the block's element (markers as printed, table cells run together). */
  shown: string;
  /** Where `shown` starts in its page's text. */
  offset: number;
}

export interface ReaderLayout {
  pages: ReaderPage[];
  places: BlockPlace[];
  /** Anchor of every heading trail, keyed by sectionKey. */
  headingAnchors: Map<string, string>;
  /** Per block: for each footnote marker in its text, the footnote block it points to (or null). */
  footnoteLinks: (number | null)[][];
}

export const sectionKey = (path: SectionPath) => path.map((h) => h.label).join(' › ');

/** A table row's cell values in printed order. */
export const rowCells = (block: Block): string[] => block.table?.cells.map((c) => c.value) ?? block.text.split('\t');

/** The text a block's element shows: markers as printed; a table row's cells run together; a footnote led by its marker. */
export function shownText(block: Block): string {
  if (block.kind === 'table_row') return rowCells(block).join('').replace(FOOTNOTE_MARK, '$1');
  const text = block.text.replace(FOOTNOTE_MARK, '$1');
  return block.kind === 'footnote' ? `${block.footnote?.marker ?? ''}${text}` : text;
}

/** Anchor of a 篇/章/节 trail: "p4", "p4-c3", "p4-c3-s1"; "preface"; boxes "box9"; tables "table2" (plan order). */
function trailAnchor(path: SectionPath, tableNumber: (label: string) => number): string {
  const last = path.at(-1);
  if (!last) return 'top';
  if (last.level === 'box') return `box${last.number}`;
  if (last.level === 'table') return `table${tableNumber(last.label)}`;
  if (last.level === 'preface') return 'preface';
  const letter = { part: 'p', chapter: 'c', section: 's' } as const;
  return path.map((h) => `${letter[h.level as keyof typeof letter] ?? 'x'}${h.number}`).join('-');
}

const pageFile = (h: Heading) => (h.level === 'part' ? `p${h.number}.html` : 'preface.html');

/** True when block i is a table row that starts a new group (类别) of its table: a group heading row goes before it. */
export function opensGroup(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  const before = blocks[i - 1];
  return !!block?.table?.group && (before?.table?.table !== block.table.table || before.table.group !== block.table.group);
}

/** A page while it is laid out: its texts in reading order, each block's marked. */
type PageDraft = ReaderPage & { parts: { text: string; block?: number }[] };

/** Pages, anchors and shown texts, block by block in reading order. */
function placeBlocks(plan: PlanDocument) {
  const tables: string[] = [];
  const tableNumber = (label: string) => (tables.includes(label) ? tables.indexOf(label) : tables.push(label) - 1) + 1;
  const headingAnchors = new Map<string, string>();
  const pages: PageDraft[] = [];
  const places: BlockPlace[] = new Array(plan.blocks.length);
  const ordinals = new Map<string, number>();
  let footnotes = 0;
  plan.blocks.forEach((block, i) => {
    const top = block.path[0];
    if (!top) throw new Error(`block ${i} has no heading`);
    let page = pages.findIndex((p) => p.heading.label === top.label);
    if (page < 0) page = pages.push({ file: pageFile(top), heading: top, blocks: [], text: '', parts: [] }) - 1;
    const draft = pages[page]!;
    for (let depth = 1; depth <= block.path.length && block.kind !== 'footnote'; depth++) {
      const trail = block.path.slice(0, depth);
      if (headingAnchors.has(sectionKey(trail))) continue;
      headingAnchors.set(sectionKey(trail), trailAnchor(trail, tableNumber));
      draft.parts.push({ text: trail.at(-1)!.label });
    }
    const owner = headingAnchors.get(sectionKey(block.path)) ?? trailAnchor(block.path, tableNumber);
    const n = block.kind === 'footnote' ? ++footnotes : (ordinals.get(owner) ?? 0) + 1;
    if (block.kind !== 'footnote') ordinals.set(owner, n);
    const anchor = block.kind === 'footnote' ? `fn${n}` : block.kind === 'table_row' ? `${owner}-r${n}` : `${owner}-${n}`;
    places[i] = { page, anchor, shown: shownText(block), offset: 0 };
    if (opensGroup(plan.blocks, i)) draft.parts.push({ text: block.table!.group! });
    if (block.kind !== 'footnote') draft.parts.push({ text: places[i]!.shown, block: i });
    draft.blocks.push(i);
  });
  return { pages, places, headingAnchors };
}

/** A page's footnotes last, its text as a browser searches it (navigation first), and each block's offset in it. */
function finishPage(plan: PlanDocument, p: PageDraft, places: BlockPlace[]): ReaderPage {
  const notes = p.blocks.filter((i) => plan.blocks[i]!.kind === 'footnote');
  const blocks = [...p.blocks.filter((i) => plan.blocks[i]!.kind !== 'footnote'), ...notes];
  const body: PageDraft['parts'] = [...p.parts, { text: '注释' }, ...notes.map((i) => ({ text: places[i]!.shown, block: i }))];
  // The page's navigation lists its headings before the body: a browser searching the page meets them first.
  const parts: PageDraft['parts'] = [...body.filter((part) => part.block === undefined).map(({ text }) => ({ text })), ...body];
  let at = 0;
  for (const part of parts) {
    if (part.block !== undefined) places[part.block]!.offset = at;
    at += part.text.length + 1;
  }
  return { file: p.file, heading: p.heading, blocks, text: parts.map((part) => part.text).join('\n') };
}

export function layoutPlan(plan: PlanDocument): ReaderLayout {
  const { pages, places, headingAnchors } = placeBlocks(plan);
  return { pages: pages.map((p) => finishPage(plan, p, places)), places, headingAnchors, footnoteLinks: footnoteTargets(plan) };
}
