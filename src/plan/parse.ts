// parsePlan: the plan's extracted text → PlanDocument. Walks the lines once, keeping the heading trail,
// joining sentences broken across page breaks (even across a footnote block or a chart caption),
// binding each footnote definition to the marker that uses it, and reading tables row by row.
import { headingKey, parseBoxTitle, parseHeading, parseTocLine } from './headings.js';
import {
  FOOTNOTE_DEF, FOOTNOTE_MARK, endsSentence, isBlank, isBoxItemStart, isBoxItemTitle, isCaptionLike,
  isChartUnit, isFigureCaption, isTableLine, isTableNote, isTableTitle,
} from './lines.js';
import { parseTable } from './tables.js';
import type { Block, Heading, PlanDocument, SectionPath } from './types.js';

const PREFACE: Heading = { level: 'preface', number: 0, title: '序言', label: '序言', page: null };

interface Draft extends Omit<Block, 'span'> {
  line: number;
}

interface Marker {
  marker: string;
  path: SectionPath;
  page: number | null;
  bound: boolean;
}

/** Finds the table of contents: its page numbers by heading key, and where the body starts. */
function readToc(lines: string[]): { title: string; pages: Map<string, number>[]; bodyStart: number } {
  const tocAt = lines.findIndex((l) => /^\s*目\s*录\s*$/.test(l));
  const title = lines.slice(0, Math.max(tocAt, 0)).find((l) => !isBlank(l))?.trim().replace(/\s+/g, '') ?? '';
  const entries: Heading[] = [];
  let i = tocAt + 1;
  for (; tocAt >= 0 && i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    const h = parseTocLine(lines[i]!);
    if (!h) break;
    entries.push(h);
  }
  // Pages keyed by reading order: the n-th "chapter:2" is paired with the n-th body "chapter:2".
  const pages: Map<string, number>[] = [];
  let part = -1;
  for (const e of entries) {
    if (e.level === 'part') pages[++part] = new Map();
    const scope = pages[Math.max(part, 0)] ?? (pages[0] = new Map());
    scope.set(tocScopeKey(e, scope), e.page!);
  }
  return { title, pages, bodyStart: tocAt >= 0 ? i : 0 };
}

/** Within one 篇, 章 numbers are unique, 节 numbers repeat per 章: key 节 by the 章 seen last. */
function tocScopeKey(h: Heading, scope: Map<string, number>): string {
  if (h.level !== 'section') return headingKey(h);
  const chapters = [...scope.keys()].filter((k) => k.startsWith('chapter:'));
  return `${chapters.at(-1) ?? ''}/${headingKey(h)}`;
}

class PlanReader {
  readonly drafts: Draft[] = [];
  readonly headings: Heading[] = [];
  readonly sections: SectionPath[] = [];
  private trail: Heading[];
  private partIndex = -1;
  private chapterKey = '';
  private item: string | undefined;
  private open: Draft | null = null;
  private lastFootnote: Draft | null = null;
  private markers: Marker[] = [];
  private tableLines: { text: string; line: number }[] = [];
  private tableTitle: string | null = null;
  private noteTable: Heading | null = null;

  constructor(private readonly pages: Map<string, number>[], private readonly firstPage: number | null) {
    this.trail = [{ ...PREFACE, page: firstPage }];
  }

  private get page(): number | null {
    return this.trail.at(-1)?.page ?? null;
  }

  private get inBox(): boolean {
    return this.trail.some((h) => h.level === 'box');
  }

  heading(h: Heading): void {
    this.flush();
    this.noteTable = null;
    if (h.level === 'part') this.partIndex++;
    const scope = this.pages[this.partIndex];
    if (h.level === 'chapter') this.chapterKey = headingKey(h);
    const key = h.level === 'section' ? `${this.chapterKey}/${headingKey(h)}` : headingKey(h);
    const withPage = { ...h, page: scope?.get(key) ?? this.page };
    const depth = { part: 0, chapter: 1, section: 2 }[h.level as 'part'];
    const kept = this.trail.filter((t) => t.level !== 'preface' && t.level !== 'box').slice(0, depth);
    this.trail = [...kept, withPage];
    this.item = undefined;
    this.headings.push(withPage);
    this.sections.push(this.trail);
  }

  box(h: Heading): void {
    this.flush();
    this.noteTable = null;
    const boxed = { ...h, page: this.page };
    this.trail = [...this.trail.filter((t) => t.level !== 'box'), boxed];
    this.item = undefined;
    this.headings.push(boxed);
    this.sections.push(this.trail);
  }

  footnote(marker: string, text: string, line: number): void {
    const use = [...this.markers].reverse().find((m) => m.marker === marker && !m.bound);
    if (use) use.bound = true;
    const term = text.split(/[：:]/)[0]!.trim();
    const draft: Draft = {
      kind: 'footnote', text: text.trim(), line,
      path: use?.path ?? this.trail, page: use?.page ?? this.page,
      footnote: { marker, term },
    };
    this.drafts.push(draft);
    this.lastFootnote = draft;
  }

  /** A line continuing the last footnote at the top of the next page's footnote block. */
  continueFootnote(text: string): boolean {
    const f = this.lastFootnote;
    if (!f || endsSentence(f.text) || !this.paragraphOpen) return false;
    f.text += text.trim();
    return true;
  }

  text(raw: string, line: number): void {
    const text = raw.trim();
    if (this.open && !endsSentence(this.open.text)) {
      this.open.text += text;
    } else {
      this.flush();
      if (this.inBox && isBoxItemTitle(text)) {
        this.item = text;
        this.drafts.push({ kind: 'box_item', text, line, path: this.trail, page: this.page, item: text });
        return;
      }
      const inlineItem = this.inBox && isBoxItemStart(text) ? text.split('。')[0] + '。' : undefined;
      const path = this.noteTable && isTableNote(text) ? [...this.trail, this.noteTable] : this.trail;
      if (!this.noteTable || !isTableNote(text)) this.noteTable = null;
      this.open = {
        kind: this.inBox ? 'box_item' : 'paragraph', text, line, path, page: this.page,
        ...(this.inBox && (inlineItem ?? this.item) ? { item: inlineItem ?? this.item } : {}),
      };
    }
    for (const m of text.matchAll(FOOTNOTE_MARK)) {
      this.markers.push({ marker: m[1]!, path: this.open!.path, page: this.open!.page, bound: false });
    }
  }

  get paragraphOpen(): boolean {
    return !!this.open && !endsSentence(this.open.text);
  }

  tableLine(text: string, line: number): void {
    if (this.open) this.drafts.push(this.open);
    this.open = null;
    this.tableLines.push({ text, line });
  }

  caption(text: string): void {
    if (isTableTitle(text)) this.tableTitle = text.trim();
  }

  flush(): void {
    if (this.open) this.drafts.push(this.open);
    this.open = null;
    if (this.tableLines.length) this.flushTable();
  }

  private flushTable(): void {
    const lines = this.tableLines;
    this.tableLines = [];
    const boxTitle = this.trail.at(-1)?.level === 'box' ? this.trail.at(-1)!.label : null;
    const title = this.tableTitle ?? boxTitle ?? '表';
    this.tableTitle = null;
    const table: Heading = { level: 'table', number: 0, title, label: title, page: this.page };
    const path = title === boxTitle ? this.trail : [...this.trail, table];
    for (const row of parseTable(lines.map((l) => l.text)).rows) {
      this.drafts.push({
        kind: 'table_row', text: row.text, line: lines[row.line]!.line + row.line / 1000, path, page: this.page,
        table: { table: title, group: row.group, cells: row.cells },
      });
    }
    this.noteTable = table;
  }
}

const isLegendLine = (line: string) =>
  !parseHeading(line) && !parseBoxTitle(line) && (isCaptionLike(line) || isTableLine(line) || /^\s*-\s/.test(line));

/** A chart title standing alone ("三产比例"): very short, no figures, quotes or footnote marks. */
const isBareTitle = (line: string) => line.trim().length <= 12 && !/[“”^\d]/.test(line);

/** Next non-blank line index after i, or -1. */
function nextContent(lines: string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j]!)) return j;
  return -1;
}

export function parsePlan(source: string): PlanDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const { title, pages, bodyStart } = readToc(lines);
  const firstPage = pages[0]?.values().next().value ?? null;
  const reader = new PlanReader(pages, firstPage);
  let legend = false; // inside a figure: its caption, legend and map labels carry no plan text
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (isFigureCaption(line) || /^图例/.test(line.trim())) legend = true;
    if (legend && (isFigureCaption(line) || isLegendLine(line))) continue;
    legend = false;
    const next = nextContent(lines, i);
    const nextLine = next >= 0 ? lines[next]! : '';
    const boxTitle = parseBoxTitle(line.replace(/\t+/g, ' '));
    const heading = parseHeading(line);
    const def = FOOTNOTE_DEF.exec(line.trim());
    if (boxTitle) reader.box(boxTitle);
    else if (heading && !isTableLine(line)) reader.heading(heading);
    else if (def) reader.footnote(def[1]!, def[2]!, i);
    else if (isTableLine(line)) reader.tableLine(line, i);
    else if (isChartUnit(line)) continue;
    else if (FOOTNOTE_DEF.test(nextLine.trim()) && endsSentence(line) && reader.continueFootnote(line)) continue;
    else if (isCaptionLike(line) && (isChartUnit(nextLine) || isTableLine(nextLine) || (isBareTitle(line) && !reader.paragraphOpen))) reader.caption(line);
    else reader.text(line, i);
  }
  reader.flush();
  return assemble(title, reader);
}

function assemble(title: string, reader: PlanReader): PlanDocument {
  const ordered = [...reader.drafts].sort((a, b) => a.line - b.line);
  const blocks: Block[] = [];
  let offset = 0;
  for (const { line: _line, ...draft } of ordered) {
    blocks.push({ ...draft, span: [offset, offset + draft.text.length] });
    offset += draft.text.length + 1;
  }
  return {
    title,
    text: blocks.map((b) => b.text).join('\n'),
    blocks,
    headings: reader.headings,
    sections: reader.sections,
  };
}
