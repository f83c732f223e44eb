// src/plan/ — owns turning the plan's extracted text into a cited tree: headings (篇/章/节/专栏),
// blocks (paragraphs, box items, table rows, footnotes) with heading paths and printed pages, and the
// normalised plan text every quote is checked against. Pure: no I/O.

export type HeadingLevel = 'preface' | 'part' | 'chapter' | 'section' | 'box' | 'table';

/** One step of a heading trail, as printed: e.g. {level:'chapter', label:'第二章 形成主导产业特色优势'}. */
export interface Heading {
  level: HeadingLevel;
  /** Ordinal within its parent (篇/章/节 numbers, 专栏 number); 0 for preface and tables. */
  number: number;
  title: string;
  /** The heading as printed, e.g. "第一节 做大做强生物医药大健康产业" or "专栏5 开发区布局和发展方向". */
  label: string;
  /** Printed start page from the table of contents (boxes and tables inherit their section's). */
  page: number | null;
}

/** The trail of headings from 篇 down to the innermost 节/专栏/table that holds a block. */
export type SectionPath = readonly Heading[];

export type BlockKind = 'paragraph' | 'box_item' | 'table_row' | 'footnote';

export interface TableCell {
  label: string;
  value: string;
}

export interface TableRowInfo {
  table: string;
  /** Group (类别) the row belongs to, when the table has one. */
  group: string | null;
  /** Column label → value, in printed order (the row's label column first). */
  cells: TableCell[];
}

export interface FootnoteInfo {
  marker: string;
  /** The term being defined (text before the first "："). */
  term: string;
}

export interface Block {
  kind: BlockKind;
  /** Verbatim plan text (page-break and footnote interruptions repaired). */
  text: string;
  path: SectionPath;
  /** Printed start page of the deepest 篇/章/节 in `path` (the text has no page numbers of its own). */
  page: number | null;
  /** [start, end) of `text` in the normalised plan. */
  span: [number, number];
  /** For box items: the item heading, e.g. "（三）先进装备制造领域。". */
  item?: string;
  table?: TableRowInfo;
  footnote?: FootnoteInfo;
}

/** A table-of-contents entry: a 篇/章/节 with its printed start page and the pages it can reach. */
export interface TocEntry extends Heading {
  /** Scope key "篇.章.节" (e.g. "4.1.3"), pairing the entry with its body heading (see toc.ts). */
  key: string;
  /** Printed start page (the TOC's number). */
  page: number;
  /** Start page of the next heading of the same or higher rank: the last page this one can reach. Null for the last. */
  endPage: number | null;
}

export interface PlanDocument {
  title: string;
  /** All blocks' texts joined by "\n": the text every quote must be a substring of. */
  text: string;
  blocks: Block[];
  headings: Heading[];
  /** Every heading trail that opens a section, in reading order (for browsing). */
  sections: SectionPath[];
  /** The table of contents, in reading order. */
  toc: TocEntry[];
}
