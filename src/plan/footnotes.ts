// The footnotes a quoted passage's markers (^①, ^②…) point to, so the footnote's own text can be shown
// under the quote. Markers restart on every printed page, so a marker is matched to the footnote whose
// term ends the text just before it: “遇困即扶”^② → ② “遇困即扶”：对因遭受…; the longest term wins. Pure.
import { FOOTNOTE_MARK } from './lines.js';
import type { PlanDocument } from './types.js';

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
  return quoted.length ? quoted : [term.replace(/\s+/g, '')];
};

export type FootnoteLookup = (quote: string) => Footnote[];

export function createFootnoteLookup(plan: PlanDocument): FootnoteLookup {
  const notes = plan.blocks.flatMap((b) => (b.kind === 'footnote' && b.footnote
    ? [{ marker: b.footnote.marker, text: b.text, keys: keysOf(b.footnote.term) }] : []));
  return (quote) => {
    const at = plan.text.indexOf(quote);
    const found: Footnote[] = [];
    for (const m of quote.matchAll(FOOTNOTE_MARK)) {
      const end = (at >= 0 ? at : 0) + m.index;
      const before = at >= 0 ? plan.text.slice(Math.max(0, end - LOOK_BACK), end) : quote.slice(0, m.index);
      let best: { note: (typeof notes)[number]; length: number } | null = null;
      for (const note of notes) {
        if (note.marker !== m[1]) continue;
        const length = Math.max(0, ...note.keys.filter((k) => before.includes(k)).map((k) => k.length));
        if (length > (best?.length ?? 0)) best = { note, length };
      }
      if (best && !found.some((f) => f.text === best.note.text)) found.push({ marker: best.note.marker, text: best.note.text });
    }
    return found;
  };
}

/** Plan text for reading: footnote markers shown as printed (② rather than ^②). */
export const showMarkers = (text: string) => text.replace(FOOTNOTE_MARK, '$1');
