// src/chunk/ — owns cutting the parsed plan into retrieval units. A chunk never crosses a heading:
// a table row, a footnote definition or a box item is a unit; a long paragraph is split on sentence
// boundaries (。；！？) with one sentence of overlap. Pure.
import type { Block, BlockKind, FootnoteInfo, PlanDocument, SectionPath, TableRowInfo } from '../plan/types.js';

export const CHUNKER_VERSION = 'sentences-v1';

export interface Chunk {
  id: string;
  kind: BlockKind;
  /** Verbatim plan text: a substring of the normalised plan at `span`. */
  text: string;
  path: SectionPath;
  page: number | null;
  span: [number, number];
  /** Heading trail, box item and table labels: what the text is about, for search only. */
  context: string;
  block: number;
  item?: string;
  table?: TableRowInfo;
  footnote?: FootnoteInfo;
}

export interface ChunkOptions {
  /** Soft upper bound on a split paragraph's length, in characters. */
  maxChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxChars: 220 };

/** Sentences with their offsets; each keeps its closing punctuation (and closing quotes). */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[。；！？]+[”’）」]*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** Groups consecutive sentences into windows of at most maxChars, overlapping by one sentence. */
export function sentenceWindows(text: string, maxChars: number): { start: number; end: number }[] {
  const sentences = splitSentences(text);
  if (text.length <= maxChars || sentences.length <= 1) return [{ start: 0, end: text.length }];
  const windows: { start: number; end: number }[] = [];
  let first = 0;
  const startOf = (i: number) => sentences[i]?.start ?? text.length;
  const endOf = (i: number) => sentences[i]?.end ?? text.length;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && endOf(last + 1) - startOf(first) <= maxChars) last++;
    windows.push({ start: startOf(first), end: endOf(last) });
    if (last + 1 >= sentences.length) break;
    first = last > first ? last : last + 1;
  }
  return windows;
}

export function blockContext(block: Block): string {
  const parts = block.path.map((h) => h.label);
  if (block.item && block.item !== block.text) parts.push(block.item);
  if (block.table) {
    if (block.table.group) parts.push(block.table.group);
    parts.push(block.table.cells.map((c) => `${c.label}：${c.value}`).join('；'));
  }
  if (block.footnote) parts.push(`注释 ${block.footnote.term}`);
  return parts.join(' › ');
}

export function chunkPlan(doc: PlanDocument, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const chunks: Chunk[] = [];
  doc.blocks.forEach((block, index) => {
    const whole = block.kind === 'table_row' || block.kind === 'footnote';
    const windows = whole ? [{ start: 0, end: block.text.length }] : sentenceWindows(block.text, options.maxChars);
    const context = blockContext(block);
    windows.forEach((w, n) => {
      const text = block.text.slice(w.start, w.end).trim();
      const lead = block.text.slice(w.start).length - block.text.slice(w.start).trimStart().length;
      const start = block.span[0] + w.start + lead;
      chunks.push({
        id: `b${index}.${n}`,
        kind: block.kind,
        text,
        path: block.path,
        page: block.page,
        span: [start, start + text.length],
        context,
        block: index,
        ...(block.item ? { item: block.item } : {}),
        ...(block.table ? { table: block.table } : {}),
        ...(block.footnote ? { footnote: block.footnote } : {}),
      });
    });
  });
  return chunks;
}
