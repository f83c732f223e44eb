// Classifying lines of the extracted text: what a line is, given the line after it and the little the
// reader knows at that point (inside a figure? a paragraph or footnote left open?). Pure; parse.ts
// acts on the kind.
import { parseBoxTitle, parseHeading } from './headings.js';

export const FOOTNOTE_DEF = /^\^?([①-⑳])\s*(\S.*)$/u;
export const FOOTNOTE_MARK = /\^([①-⑳])/gu;
const BOX_ITEM = /^[（(]\s*[一二三四五六七八九十]+\s*[）)]/;
const SENTENCE_PUNCT = /[，。；：！？、]/;

/** Does this text end a sentence (so a following line starts a new paragraph)? */
export function endsSentence(text: string): boolean {
  const t = text.trim();
  return /[。！？；：…]$/.test(t) || /[。！？；][”’）)」』]+$/.test(t);
}

/** "（三）先进装备制造领域。" standing alone: a box item heading. */
export function isBoxItemTitle(line: string): boolean {
  const t = line.trim();
  return BOX_ITEM.test(t) && t.length <= 30;
}

export const isBoxItemStart = (line: string): boolean => BOX_ITEM.test(line.trim());

/** Short line without sentence punctuation: a chart, figure or table caption when it stands alone. */
export function isCaptionLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && !SENTENCE_PUNCT.test(t);
}

export const isChartUnit = (line: string) => /^单位：/.test(line.trim());
export const isFigureCaption = (line: string) => {
  const t = line.trim();
  return t.length <= 40 && /图$/.test(t) && !/[，。；：！？]/.test(t);
};
export const isTableTitle = (line: string) => isCaptionLike(line) && /表$/.test(line.trim());
export const isBlank = (line: string) => line.trim() === '';
export const isTableLine = (line: string) => line.includes('\t');
export const isTableNote = (line: string) => /^(注[：:]|\d+\.\s*\S)/.test(line.trim());

/** A line of a map or chart (legend entry, place label, axis): short, or tabbed, or "- item". */
const isLegendLine = (line: string) =>
  !parseHeading(line) && !parseBoxTitle(line) && (isCaptionLike(line) || isTableLine(line) || /^\s*-\s/.test(line));

/** A chart title standing alone ("三产比例"): very short, no figures, quotes or footnote marks. */
const isBareTitle = (line: string) => line.trim().length <= 12 && !/[“”^\d]/.test(line);

export type LineKind =
  | 'blank'
  | 'figure' // a figure's caption, legend or map label: carries no plan text
  | 'box_title'
  | 'heading'
  | 'footnote' // a footnote definition "^① term：…"
  | 'table'
  | 'chart_unit' // "单位：亿元" under a chart
  | 'footnote_tail' // the end of the open footnote, carried to the top of the next page's footnote block
  | 'caption' // a chart or table title
  | 'text';

export interface LineContext {
  /** The next non-blank line ('' at the end). */
  next: string;
  /** The previous line was part of a figure. */
  inFigure: boolean;
  /** A paragraph is open (its last sentence unfinished). */
  paragraphOpen: boolean;
  /** The last footnote definition is unfinished, and so is the paragraph it interrupted. */
  footnoteOpen: boolean;
}

export function classifyLine(line: string, ctx: LineContext): LineKind {
  if (isBlank(line)) return 'blank';
  const figureStarts = isFigureCaption(line) || /^图例/.test(line.trim());
  if ((ctx.inFigure || figureStarts) && (isFigureCaption(line) || isLegendLine(line))) return 'figure';
  if (parseBoxTitle(line)) return 'box_title';
  if (parseHeading(line) && !isTableLine(line)) return 'heading';
  if (FOOTNOTE_DEF.test(line.trim())) return 'footnote';
  if (isTableLine(line)) return 'table';
  if (isChartUnit(line)) return 'chart_unit';
  if (ctx.footnoteOpen && FOOTNOTE_DEF.test(ctx.next.trim()) && endsSentence(line)) return 'footnote_tail';
  const titlesWhatFollows = isChartUnit(ctx.next) || isTableLine(ctx.next) || (isBareTitle(line) && !ctx.paragraphOpen);
  if (isCaptionLike(line) && titlesWhatFollows) return 'caption';
  return 'text';
}
