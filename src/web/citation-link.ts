// Where a citation opens: the reader page and anchor of the quoted block, the quoted span as the
// reader's own highlight parameter (?hl=anchor:start-end, offsets in the element's text) and as a text fragment
// (#anchor:~:text=start,end — terms chosen so the browser's first match on the page is the quote).
// Links stay within Discord's 512 characters. Pure.
import type { Chunk } from '../chunk/chunk.js';
import type { PlanDocument } from '../plan/types.js';
import type { ReaderLayout } from './layout.js';

/** Discord's limit on a link button's url; every link is kept within it. */
export const MAX_URL_LENGTH = 512;

/** The path of the reader under the server's root (and the folder build:site writes). */
export const READER_PATH = '/plan/';

export interface CitationTarget {
  file: string;
  anchor: string;
  /** [start, end) of the quote in the element's text; null when the quote is not found in it (the whole element is meant). */
  highlight: [number, number] | null;
  /** The text directive's value (already percent-encoded), or null when no terms find the quote first. */
  fragment: string | null;
}

/** The quote as its element shows it: markers as printed, table cells run together. */
export const shownQuote = (quote: string) => quote.replace(/\^([①-⑳])/gu, '$1').replace(/\t/g, '');

/** Percent-encoding for a text directive term: also "-", "," and "&", which the syntax reserves. */
const encodeTerm = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Word boundaries of a span, as ICU finds them (Chromium uses ICU too): a browser matches a start term
 * that ends, and an end term that starts, on a word boundary only.
 */
const boundaries = (span: string) => new Set([...words.segment(span)].map((s) => s.index).concat(span.length));

/** The shortest prefix (from `min` characters, ending on a word boundary) whose first occurrence in text is at `at`. */
function uniqueStart(text: string, term: string, at: number, bounds: Set<number>, min: number, max: number): string | null {
  for (let n = Math.min(min, term.length); n <= Math.min(max, term.length); n++) {
    if (bounds.has(n) && text.indexOf(term.slice(0, n)) === at) return term.slice(0, n);
  }
  return null;
}

/** The shortest suffix (starting on a word boundary) whose first occurrence after `after` ends the quote. */
function uniqueEnd(text: string, term: string, end: number, after: number, bounds: Set<number>, min: number, max: number): string | null {
  for (let n = Math.min(min, term.length); n <= Math.min(max, term.length); n++) {
    if (bounds.has(term.length - n) && text.indexOf(term.slice(-n), after) === end - n) return term.slice(-n);
  }
  return null;
}

/** Terms for a span of a page's text: "start,end" (or the whole span when short), or null. */
export function textDirective(pageText: string, at: number, span: string, cells?: readonly string[]): string | null {
  if (cells && cells.length > 1) {
    // A table row: a term may not cross a cell, so the row is found from its first cell to its last.
    const first = cells[0]!;
    const last = cells.at(-1)!;
    const ok = pageText.indexOf(first) === at && pageText.indexOf(last, at + first.length) === at + span.length - last.length;
    return ok && first && last ? `${encodeTerm(first)},${encodeTerm(last)}` : null;
  }
  if (span.length <= 14) return pageText.indexOf(span) === at ? encodeTerm(span) : null;
  const bounds = boundaries(span);
  const start = uniqueStart(pageText, span, at, bounds, 6, 16);
  if (!start) return null;
  const end = uniqueEnd(pageText, span, at + span.length, at + start.length, bounds, 4, Math.min(16, span.length - start.length));
  return end ? `${encodeTerm(start)},${encodeTerm(end)}` : null;
}

/** Where the quote of a block opens in the reader. */
export function citationTarget(layout: ReaderLayout, block: number, quote: string, cells?: readonly string[]): CitationTarget {
  const place = layout.places[block];
  const page = place ? layout.pages[place.page] : undefined;
  if (!place || !page) throw new Error(`no block ${block} in the reader`);
  const shown = shownQuote(quote);
  const start = place.shown.indexOf(shown);
  const highlight: [number, number] | null = start >= 0 && shown ? [start, start + shown.length] : null;
  const span = highlight ? shown : place.shown;
  const fragment = textDirective(page.text, place.offset + (highlight?.[0] ?? 0), span, cells);
  return { file: page.file, anchor: place.anchor, highlight, fragment };
}

/** The reader's own highlight: "anchor:start-end", so it marks only that element (not one a later in-page link opens). */
export const highlightParam = (anchor: string, [start, end]: [number, number]) => `${anchor}:${start}-${end}`;

/** The link: base url (no trailing slash) + reader path + page, highlight and fragment. */
export function citationUrl(base: string, t: CitationTarget): string {
  const page = `${base.replace(/\/+$/, '')}${READER_PATH}${t.file}${t.highlight ? `?hl=${highlightParam(t.anchor, t.highlight)}` : ''}#${t.anchor}`;
  const full = t.fragment ? `${page}:~:text=${t.fragment}` : page;
  return full.length <= MAX_URL_LENGTH ? full : page;
}

/** What a citation link needs of an answer's quote. */
export interface LinkedQuote {
  text: string;
  chunkId: string;
}

export type CitationLinks = (item: LinkedQuote) => string | null;

/** Links for the quotes of answers over these chunks; null for a quote whose chunk is unknown. */
export function citationLinks(layout: ReaderLayout, chunks: readonly Chunk[], base: string): CitationLinks {
  const byId = new Map(chunks.map((c) => [c.id, c]));
  return (item) => {
    const chunk = byId.get(item.chunkId);
    if (!chunk) return null;
    const cells = chunk.table?.cells.map((c) => c.value);
    return citationUrl(base, citationTarget(layout, chunk.block, item.text, cells));
  };
}

/** The link of any verbatim quote (a target's, a digest item's): the block of the plan that holds it; null when none does. */
export function quoteLink(layout: ReaderLayout, plan: PlanDocument, base: string, quote: string): string | null {
  const at = plan.text.indexOf(quote);
  const block = at < 0 ? -1 : plan.blocks.findIndex((b) => b.span[0] <= at && at < b.span[1]);
  if (block < 0) return null;
  const cells = plan.blocks[block]!.table?.cells.map((c) => c.value);
  return citationUrl(base, citationTarget(layout, block, quote, cells));
}
