// One reader page (a 篇, or the 序言) as HTML: its headings with their anchors, printed page markers
// (第N页, from the table of contents), paragraphs and box items, indicator tables as real tables,
// and its footnotes last, each linked both ways with its marker. Pure: plan + layout in, HTML out.
import type { Block, PlanDocument, SectionPath } from '../plan/types.js';
import { FOOTNOTE_MARK } from '../plan/lines.js';
import { documentShell, escapeHtml } from './html.js';
import { opensGroup, rowCells, sectionKey, type ReaderLayout } from './layout.js';
import { pageNav } from './contents-html.js';

interface PageState {
  plan: PlanDocument;
  layout: ReaderLayout;
  page: number;
  /** Footnote block → the marker (block, occurrence) that links back to it. */
  backRefs: Map<number, string>;
}

/** Block text with markers as links to their footnotes (the first marker of each is the footnote's way back). */
function inline(s: PageState, block: number, text: string, markerBase = 0): string {
  let n = markerBase;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(FOOTNOTE_MARK)) {
    out += escapeHtml(text.slice(from, m.index));
    from = m.index + m[0].length;
    const target = s.layout.footnoteLinks[block]?.[n];
    const id = `fnref-${block}-${n++}`;
    if (target === null || target === undefined) {
      out += `<sup>${m[1]}</sup>`;
      continue;
    }
    const place = s.layout.places[target]!;
    const href = place.page === s.page ? `#${place.anchor}` : `${s.layout.pages[place.page]!.file}#${place.anchor}`;
    out += `<sup><a class="fnref" id="${id}" href="${href}" aria-label="注${m[1]}">${m[1]}</a></sup>`;
  }
  return out + escapeHtml(text.slice(from));
}

function blockHtml(s: PageState, i: number, block: Block): string {
  const id = s.layout.places[i]!.anchor;
  if (block.kind === 'table_row') {
    let markers = 0;
    const cells = rowCells(block).map((value, c) => {
      const html = inline(s, i, value, markers);
      markers += [...value.matchAll(FOOTNOTE_MARK)].length;
      return c === 0 ? `<th scope="row">${html}</th>` : `<td>${html}</td>`;
    });
    return `<tr id="${id}">${cells.join('')}</tr>`;
  }
  if (block.kind === 'footnote') {
    const back = s.backRefs.get(i);
    const marker = escapeHtml(block.footnote?.marker ?? '');
    const lead = back ? `<a class="back" href="#${back}" aria-label="返回正文 ${marker}">${marker}</a>` : `<span class="marker">${marker}</span>`;
    return `<li id="${id}">${lead}${inline(s, i, block.text)}</li>`;
  }
  const cls = block.kind === 'box_item' ? (block.item === block.text ? ' class="box-item box-title"' : ' class="box-item"') : '';
  return `<p id="${id}"${cls}>${inline(s, i, block.text)}</p>`;
}

function tableOpen(s: PageState, path: SectionPath, first: Block): string {
  const anchor = s.layout.headingAnchors.get(sectionKey(path))!;
  const labels = first.table?.cells.map((c) => c.label) ?? [];
  const head = labels.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${anchor}-caption"><table id="${anchor}"><caption id="${anchor}-caption">${escapeHtml(path.at(-1)!.label)}</caption><thead><tr>${head}</tr></thead><tbody>`;
}

/** The page's body: headings opened as the blocks' trails change, tables around their rows, page markers. */
function bodyHtml(s: PageState, blocks: number[]): string[] {
  const out: string[] = [];
  let prev: SectionPath = [];
  let inTable = false;
  let printedPage: number | null = null;
  const opened = new Set<string>();
  blocks.forEach((i) => {
    const block = s.plan.blocks[i]!;
    let common = 0;
    while (common < prev.length && common < block.path.length && prev[common]!.label === block.path[common]!.label) common++;
    if (inTable && (block.kind !== 'table_row' || common < block.path.length)) {
      out.push('</tbody></table></div>');
      inTable = false;
    }
    for (let depth = common + 1; depth <= block.path.length; depth++) {
      const trail = block.path.slice(0, depth);
      const h = trail.at(-1)!;
      const anchor = s.layout.headingAnchors.get(sectionKey(trail))!;
      if (opened.has(anchor)) continue;
      opened.add(anchor);
      if (h.level === 'table') {
        out.push(tableOpen(s, trail, block));
        inTable = true;
        continue;
      }
      if (h.page && h.page !== printedPage && h.level !== 'box') {
        out.push(`<p class="page-mark" id="page-${h.page}">第${h.page}页</p>`);
        printedPage = h.page;
      }
      out.push(`<h${Math.min(depth, 6)} id="${anchor}"${h.level === 'box' ? ' class="box-heading"' : ''}>${escapeHtml(h.label)}</h${Math.min(depth, 6)}>`);
    }
    if (opensGroup(s.plan.blocks, i)) {
      out.push(`<tr class="group"><th colspan="${rowCells(block).length}" scope="colgroup">${escapeHtml(block.table!.group!)}</th></tr>`);
    }
    out.push(blockHtml(s, i, block));
    prev = block.path;
  });
  if (inTable) out.push('</tbody></table></div>');
  return out;
}

/** Footnote block → id of the first marker pointing to it. */
function backReferences(layout: ReaderLayout): Map<number, string> {
  const refs = new Map<number, string>();
  layout.footnoteLinks.forEach((targets, block) => targets.forEach((t, n) => {
    if (t !== null && !refs.has(t)) refs.set(t, `fnref-${block}-${n}`);
  }));
  return refs;
}

export function renderReaderPage(plan: PlanDocument, layout: ReaderLayout, page: number): string {
  const p = layout.pages[page];
  if (!p) throw new Error(`no reader page ${page}`);
  const s: PageState = { plan, layout, page, backRefs: backReferences(layout) };
  const text = p.blocks.filter((i) => plan.blocks[i]!.kind !== 'footnote');
  const notes = p.blocks.filter((i) => plan.blocks[i]!.kind === 'footnote');
  const footnotes = notes.length
    ? `<section class="footnotes" aria-labelledby="notes-${page}"><h2 id="notes-${page}">注释</h2><ol>${notes.map((i) => blockHtml(s, i, plan.blocks[i]!)).join('\n')}</ol></section>`
    : '';
  const neighbour = (k: number) => {
    const n = layout.pages[k];
    return n ? { href: n.file, label: n.heading.label } : undefined;
  };
  return documentShell({
    title: `${p.heading.label} — ${plan.title}`,
    planTitle: plan.title,
    nav: pageNav(plan, layout, page),
    body: `<article>\n${bodyHtml(s, text).join('\n')}\n</article>\n${footnotes}`,
    prevNext: { prev: neighbour(page - 1), next: neighbour(page + 1) },
  });
}
