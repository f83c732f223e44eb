// parsePlan: the plan's extracted text → PlanDocument. Walks the lines once, keeping the heading trail,
// joining sentences broken across page breaks (even across a footnote block or a chart caption) and
// reading tables row by row; then binds footnotes to their markers (footnotes.ts) and gives the
// closing words their own place. Pages come from the table of contents (toc.ts).
import { closingWords } from './closing.js';
import { bindFootnotes } from './footnotes.js';
import { parseBoxTitle, parseHeading } from './headings.js';
import { classifyLine, endsSentence, type LineKind, FOOTNOTE_DEF, isBlank, isBoxItemStart, isBoxItemTitle, isTableNote, isTableTitle } from './lines.js';
import { parseTable } from './tables.js';
import { enterHeading, OUTSIDE_ANY_HEADING, readToc, scopeKey, type TableOfContents } from './toc.js';
import type { Block, Heading, PlanDocument, SectionPath } from './types.js';

const PREFACE: Heading = { level: 'preface', number: 0, title: '序言', label: '序言', page: null };

/** A block as read, before its span is known; `line` is the source line it starts on. */
interface Draft extends Omit<Block, 'span' | 'page'> {
  line: number;
}

const isBox = (h: Heading) => h.level === 'box';

class PlanReader {
  readonly drafts: Draft[] = [];
  readonly headings: Heading[] = [];
  readonly sections: SectionPath[] = [];
  private trail: Heading[];
  private scope = OUTSIDE_ANY_HEADING;
  private item: string | undefined;
  private open: Draft | null = null;
  private lastFootnote: Draft | null = null;
  private tableLines: { text: string; line: number }[] = [];
  private tableTitle: string | null = null;
  private noteTable: Heading | null = null;

  constructor(private readonly pages: ReadonlyMap<string, number>, preface: Heading) {
    this.trail = [preface];
  }

  private get page(): number | null {
    return this.trail.at(-1)?.page ?? null;
  }

  private get inBox(): boolean {
    return this.trail.some(isBox);
  }

  get paragraphOpen(): boolean {
    return !!this.open && !endsSentence(this.open.text);
  }

  get footnoteOpen(): boolean {
    return !!this.lastFootnote && !endsSentence(this.lastFootnote.text) && this.paragraphOpen;
  }

  private enter(h: Heading, trail: Heading[]): void {
    this.flush();
    this.noteTable = null;
    this.item = undefined;
    this.trail = trail;
    this.headings.push(h);
    this.sections.push(trail);
  }

  heading(h: Heading): void {
    this.scope = enterHeading(this.scope, h);
    const withPage = { ...h, page: this.pages.get(scopeKey(this.scope)) ?? this.page };
    const depth = { part: 0, chapter: 1, section: 2 }[h.level as 'part'];
    const kept = this.trail.filter((t) => t.level !== 'preface' && !isBox(t)).slice(0, depth);
    this.enter(withPage, [...kept, withPage]);
  }

  box(h: Heading): void {
    const boxed = { ...h, page: this.page };
    this.enter(boxed, [...this.trail.filter((t) => !isBox(t)), boxed]);
  }

  footnote(marker: string, text: string, line: number): void {
    const term = (text.split(/[：:]/)[0] ?? '').trim();
    const draft: Draft = { kind: 'footnote', text: text.trim(), line, path: this.trail, footnote: { marker, term } };
    this.drafts.push(draft);
    this.lastFootnote = draft;
  }

  /** A line finishing the last footnote, found at the top of the next page's footnote block. */
  footnoteTail(text: string): void {
    if (this.lastFootnote) this.lastFootnote.text += text.trim();
  }

  text(raw: string, line: number): void {
    const text = raw.trim();
    if (this.open && !endsSentence(this.open.text)) {
      this.open.text += text;
      return;
    }
    this.flush();
    if (this.inBox && isBoxItemTitle(text)) {
      this.item = text;
      this.drafts.push({ kind: 'box_item', text, line, path: this.trail, item: text });
      return;
    }
    const inlineItem = this.inBox && isBoxItemStart(text) ? text.split('。')[0] + '。' : undefined;
    const isNote = !!this.noteTable && isTableNote(text);
    const path = this.noteTable && isNote ? [...this.trail, this.noteTable] : this.trail;
    if (!isNote) this.noteTable = null;
    const item = this.inBox ? inlineItem ?? this.item : undefined;
    this.open = { kind: this.inBox ? 'box_item' : 'paragraph', text, line, path, ...(item ? { item } : {}) };
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

  /**
   * The rows of the table just read. A titled table gets its own heading (its notes follow under it);
   * an untitled table inside a 专栏 is the box's content, and the box ends with it.
   */
  private flushTable(): void {
    const lines = this.tableLines;
    this.tableLines = [];
    const box = this.trail.at(-1);
    const boxTitle = box && isBox(box) ? box.label : null;
    const title = this.tableTitle ?? boxTitle ?? '表';
    this.tableTitle = null;
    const table: Heading = { level: 'table', number: 0, title, label: title, page: this.page };
    const path = title === boxTitle ? this.trail : [...this.trail, table];
    for (const row of parseTable(lines.map((l) => l.text)).rows) {
      // Several records can share a source line (two-column layouts): the stable sort in assemble keeps their order.
      const line = lines[row.line]?.line ?? lines[0]?.line ?? 0;
      this.drafts.push({ kind: 'table_row', text: row.text, line, path, table: { table: title, group: row.group, cells: row.cells } });
    }
    this.noteTable = title === boxTitle ? null : table;
    if (title === boxTitle) this.trail = this.trail.filter((t) => !isBox(t));
  }
}

/** Next non-blank line after i, or ''. */
function nextContent(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j] ?? '')) return lines[j] ?? '';
  return '';
}

export function parsePlan(source: string): PlanDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const toc = readToc(lines);
  const pages = new Map(toc.entries.map((e) => [e.key, e.page]));
  const reader = new PlanReader(pages, { ...PREFACE, page: toc.entries[0]?.page ?? null });
  let inFigure = false;
  for (let i = toc.bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const kind = classifyLine(line, {
      next: nextContent(lines, i), inFigure, paragraphOpen: reader.paragraphOpen, footnoteOpen: reader.footnoteOpen,
    });
    if (kind === 'blank') continue;
    inFigure = kind === 'figure';
    read(reader, kind, line, i);
  }
  reader.flush();
  return assemble(toc, reader);
}

function read(reader: PlanReader, kind: LineKind, line: string, i: number): void {
  const heading = kind === 'heading' ? parseHeading(line) : kind === 'box_title' ? parseBoxTitle(line) : null;
  const def = kind === 'footnote' ? FOOTNOTE_DEF.exec(line.trim()) : null;
  if (heading?.level === 'box') reader.box(heading);
  else if (heading) reader.heading(heading);
  else if (def) reader.footnote(def[1] ?? '', def[2] ?? '', i);
  else if (kind === 'table') reader.tableLine(line, i);
  else if (kind === 'footnote_tail') reader.footnoteTail(line);
  else if (kind === 'caption') reader.caption(line);
  else if (kind === 'text') reader.text(line, i);
}

function assemble(toc: TableOfContents, reader: PlanReader): PlanDocument {
  // Footnotes are read when met but paragraphs only when they end: put both back in reading order.
  const ordered = closingWords(bindFootnotes([...reader.drafts].sort((a, b) => a.line - b.line)));
  const blocks: Block[] = [];
  let offset = 0;
  for (const { line: _line, ...draft } of ordered) {
    blocks.push({ ...draft, page: draft.path.at(-1)?.page ?? null, span: [offset, offset + draft.text.length] });
    offset += draft.text.length + 1;
  }
  return {
    title: toc.title,
    text: blocks.map((b) => b.text).join('\n'),
    blocks,
    headings: reader.headings,
    sections: reader.sections,
    toc: toc.entries,
  };
}
