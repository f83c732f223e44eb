// Binding footnotes to the passages that use them. A definition ("^① term：…") is printed at the foot
// of a page, away from its marker; it belongs to the section of the passage whose marker it explains:
// the latest use of its marker before it that no earlier definition took. Pure.
import { FOOTNOTE_MARK } from './lines.js';
import type { SectionPath } from './types.js';

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
