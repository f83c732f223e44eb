// Footnotes: binding each definition ("^① term：…", printed at the foot of a page, away from its
// marker) to the passage whose marker it explains — the latest use of its marker before it that no
// earlier definition took — and, for display, finding the footnotes a quoted passage's markers point
// to: a marker is matched to the footnote whose term ends the text just before it (“遇困即扶”^② →
// ② “遇困即扶”：对因遭受…; the longest term wins), since markers restart on every printed page. Pure.
import { FOOTNOTE_MARK } from './lines.js';
import type { PlanDocument, SectionPath } from './types.js';
import { squash } from './whitespace.js';

export interface ReadBlock {
  kind: string;
  text: string;
  path: SectionPath;
}

/** The blocks (in reading order) with each footnote definition moved to its marker's section. */
export function bindFootnotes<T extends ReadBlock & { footnote?: { marker: string } }>(blocks: readonly T[]): T[] {
  const unbound: { marker: string; path: SectionPath }[] = [];
  return blocks.map((block) => {
    const marker = block.footnote?.marker;
    if (block.kind !== 'footnote' || marker === undefined) {
      for (const m of block.text.matchAll(FOOTNOTE_MARK)) if (m[1]) unbound.push({ marker: m[1], path: block.path });
      return block;
    }
    const at = unbound.findLastIndex((u) => u.marker === marker);
    const use = unbound[at];
    if (!use) return block;
    unbound.splice(at, 1);
    return { ...block, path: use.path };
  });
}

export interface Footnote {
  marker: string;
  /** The footnote's verbatim text (without its marker). */
  text: string;
}

/** How far before a marker its term may start (the longest terms are about 20 characters). */
const LOOK_BACK = 40;

/** The quoted phrases of a footnote's term (“一区四园”), or the whole term when it has none. */
const keysOf = (term: string) => {
  const quoted = [...term.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
  return quoted.length ? quoted : [squash(term)];
};

export type FootnoteLookup = (quote: string) => Footnote[];

interface NoteKeys {
  marker: string;
  text: string;
  /** Position of the footnote's block in plan.blocks. */
  block: number;
  keys: string[];
}

const notesOf = (plan: PlanDocument): NoteKeys[] => plan.blocks.flatMap((b, block) => (b.kind === 'footnote' && b.footnote
  ? [{ marker: b.footnote.marker, text: b.text, block, keys: keysOf(b.footnote.term) }] : []));

/** The footnote a marker points to, given the text just before the marker: the longest term that ends it wins. */
function noteFor(notes: readonly NoteKeys[], marker: string, before: string): NoteKeys | null {
  let best: { note: NoteKeys; length: number } | null = null;
  for (const note of notes) {
    if (note.marker !== marker) continue;
    const length = Math.max(0, ...note.keys.filter((k) => before.includes(k)).map((k) => k.length));
    if (length > (best?.length ?? 0)) best = { note, length };
  }
  return best?.note ?? null;
}

export function createFootnoteLookup(plan: PlanDocument): FootnoteLookup {
  const notes = notesOf(plan);
  return (quote) => {
    const at = plan.text.indexOf(quote);
    const found: Footnote[] = [];
    for (const m of quote.matchAll(FOOTNOTE_MARK)) {
      const end = (at >= 0 ? at : 0) + m.index;
      const before = at >= 0 ? plan.text.slice(Math.max(0, end - LOOK_BACK), end) : quote.slice(0, m.index);
      const best = noteFor(notes, m[1]!, before);
      if (best && !found.some((f) => f.text === best.text)) found.push({ marker: best.marker, text: best.text });
    }
    return found;
  };
}

/**
 * For every block, the footnote block each of its markers points to (in the order the markers occur;
 * null when none matches): the links both ways of a reader.
 */
export function footnoteTargets(plan: PlanDocument): (number | null)[][] {
  const notes = notesOf(plan);
  return plan.blocks.map((b) => [...b.text.matchAll(FOOTNOTE_MARK)].map((m) => {
    const end = b.span[0] + m.index;
    return noteFor(notes, m[1]!, plan.text.slice(Math.max(0, end - LOOK_BACK), end))?.block ?? null;
  }));
}

/** Plan text for reading: footnote markers shown as printed (② rather than ^②). */
export const showMarkers = (text: string) => text.replace(FOOTNOTE_MARK, '$1');
