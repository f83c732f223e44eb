// Tab-separated tables from the PDF (indicator tables, 专栏27/28): header rows merged into column
// labels, repeated page headers dropped, group cells (类别) carried down, double-width layouts split.
import type { TableCell } from './types.js';
import { oneSpace, squash } from './whitespace.js';

/** A table row for reading: its tab-separated cells shown as "a | b | c". */
export const showTabs = (text: string) => text.replace(/\t/g, ' | ');

/** Every column labelled: "指标：研发经费支出(亿元)；2020年基期值：34.7；…" (— for an empty cell). */
export const labelledCells = (cells: readonly TableCell[]) => cells.map((c) => `${c.label}：${c.value || '—'}`).join('；');

export interface ParsedRow {
  /** Verbatim text of the record: its cells joined by tabs, a substring of the source line. */
  text: string;
  group: string | null;
  cells: TableCell[];
  /** Index of the source line within the table's lines. */
  line: number;
}

/** A space the PDF left inside a Chinese phrase ("完成 情况"). */
const CJK_GAP = /(?<=[\u4e00-\u9fff”）)%])\s+(?=[\u4e00-\u9fff“（(])/g;
const hasDigit = (s: string) => /\d/.test(s);

/** Column labels from one or two header lines: an empty top cell takes its left neighbour's label. */
export function columnLabels(top: string[], sub: string[] | null): string[] {
  const labels: string[] = [];
  let carried = '';
  for (let i = 0; i < Math.max(top.length, sub?.length ?? 0); i++) {
    const t = (top[i] ?? '').trim();
    const s = (sub?.[i] ?? '').trim();
    if (t) carried = t;
    const head = t || (s ? carried : '');
    labels.push(oneSpace([head, s].filter(Boolean).join(' ')).replace(CJK_GAP, ''));
  }
  while (labels.length && !labels[labels.length - 1]) labels.pop();
  return labels;
}

/** The header repeats side by side ("序号 规划名称 牵头单位 序号 规划名称 牵头单位"): its period. */
function repeatPeriod(labels: string[]): number {
  for (let p = 1; p <= labels.length / 2; p++) {
    if (labels.length % p === 0 && labels.every((l, i) => squash(l) === squash(labels[i % p] ?? ''))) return p;
  }
  return labels.length;
}

/**
 * Parse the tab lines of one table (blank lines already removed). The first line is the header; a
 * following digit-free line starting with a tab is its second header row; later copies of the header
 * (a new page) are skipped.
 */
export function parseTable(lines: string[]): { columns: string[]; rows: ParsedRow[] } {
  const [first = '', maybeSecond] = lines;
  const second = maybeSecond !== undefined && /^\t/.test(maybeSecond) && !hasDigit(maybeSecond) ? maybeSecond : null;
  const columns = columnLabels(first.split('\t'), second?.split('\t') ?? null);
  const period = repeatPeriod(columns);
  const labels = columns.slice(0, period);
  const headerKeys = new Set([squash(first), second ? squash(second) : '']);
  const body = lines.map((l, i) => ({ l, i })).filter(({ l }) => !headerKeys.has(squash(l)));
  const groupColumn = period === columns.length && body.some(({ l }) => l.startsWith('\t') && l.split('\t').length === period);
  const rows: ParsedRow[] = [];
  let group: string | null = null;
  for (const { l, i } of body) {
    let cells = l.replace(/\t+$/, '').split('\t');
    const extraGroup = cells.length === period + 1 && !groupColumn;
    let valueLabels = labels;
    if (extraGroup || groupColumn) {
      const groupCell = (cells[0] ?? '').trim();
      if (groupCell) group = groupCell;
      cells = cells.slice(1);
      if (groupColumn) valueLabels = labels.slice(1);
    } else {
      group = null;
    }
    rows.push(...records(cells, valueLabels, group, i));
  }
  return { columns, rows };
}

/** A line's cells cut into records of the labels' width (a double-width layout holds two). */
function records(cells: string[], labels: string[], group: string | null, line: number): ParsedRow[] {
  const rows: ParsedRow[] = [];
  const width = Math.max(labels.length, 1);
  for (let start = 0; start < cells.length; start += width) {
    const record = cells.slice(start, start + width);
    if (!record.some((c) => c.trim())) continue;
    const text = record.join('\t').replace(/\t+$/, '');
    rows.push({ text, group, line, cells: record.map((value, k) => ({ label: labels[k] ?? '', value: value.trim() })) });
  }
  return rows;
}
