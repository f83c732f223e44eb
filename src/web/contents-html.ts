// The reader's table of contents: the contents page (every 篇/章/节 with its printed page, linking its
// anchor) and each page's own navigation (its 章 and 节). Pure.
import type { PlanDocument, TocEntry } from '../plan/types.js';
import { documentShell, escapeHtml } from './html.js';
import type { ReaderLayout } from './layout.js';

/** Anchor of a table-of-contents entry ("4.1.3" → "p4-c1-s3"), as layout.ts names headings. */
export const tocAnchor = (key: string) => {
  const [part, chapter, section] = key.split('.').map(Number);
  return [`p${part}`, ...(chapter ? [`c${chapter}`] : []), ...(section ? [`s${section}`] : [])].join('-');
};

const partOf = (e: TocEntry) => Number(e.key.split('.')[0]);

function entryLink(layout: ReaderLayout, e: TocEntry, known: Set<string>, samePage: boolean): string {
  const page = layout.pages.find((p) => p.heading.level === 'part' && p.heading.number === partOf(e));
  const anchor = tocAnchor(e.key);
  const href = samePage ? `#${anchor}` : `${page?.file ?? 'index.html'}${known.has(anchor) ? `#${anchor}` : ''}`;
  return `<a href="${href}">${escapeHtml(e.label)}</a><span class="toc-page">${e.page}</span>`;
}

/** Nested lists: 篇 › 章 › 节. */
function tocList(layout: ReaderLayout, entries: readonly TocEntry[], samePage: boolean): string {
  const known = new Set(layout.headingAnchors.values());
  const rank = { part: 0, chapter: 1, section: 2 } as Record<string, number>;
  let out = '<ol>';
  let depth = rank[entries[0]?.level ?? 'part'] ?? 0;
  const base = depth;
  entries.forEach((e, i) => {
    const d = rank[e.level] ?? base;
    if (i > 0 && d > depth) out += '<ol>'.repeat(d - depth);
    else if (i > 0 && d < depth) out += '</li></ol>'.repeat(depth - d) + '</li>';
    else if (i > 0) out += '</li>';
    depth = d;
    out += `<li>${entryLink(layout, e, known, samePage)}`;
  });
  return `${out}${'</li></ol>'.repeat(depth - base)}</li></ol>`;
}

/** A page's own navigation: its 章 and 节. */
export function pageNav(plan: PlanDocument, layout: ReaderLayout, page: number): string {
  const p = layout.pages[page]!;
  const entries = plan.toc.filter((e) => p.heading.level === 'part' && partOf(e) === p.heading.number && e.level !== 'part');
  if (!entries.length) return '';
  return `<nav class="toc page-toc" aria-label="本篇目录"><details open><summary>本篇目录</summary>${tocList(layout, entries, true)}</details></nav>`;
}

/** index.html: the whole table of contents. */
export function renderContents(plan: PlanDocument, layout: ReaderLayout): string {
  const preface = layout.pages.find((p) => p.heading.level === 'preface');
  const body = [
    `<h1>${escapeHtml(plan.title)}</h1>`,
    '<p class="lead">每一段、每个表格行和注释都有固定的链接；机器人引用规划时，链接直接打开被引用的原文并高亮。</p>',
    `<nav class="toc contents" aria-label="目录"><h2>目录</h2>`,
    preface ? `<p><a href="${preface.file}">${escapeHtml(preface.heading.label)}</a></p>` : '',
    tocList(layout, plan.toc, false),
    '</nav>',
  ].join('\n');
  return documentShell({ title: plan.title, planTitle: plan.title, body });
}
