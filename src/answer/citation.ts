// Citations: a heading trail and printed page as a reader would write them. The plan's text carries no
// page numbers; the page is the start page the table of contents prints for the deepest 篇/章/节 of
// the trail (boxes, tables and footnotes inherit their section's), so the label says "第N页起".
import type { SectionPath } from '../plan/types.js';

export interface Citation {
  label: string;
  path: string[];
  /** Printed start page of the deepest 篇/章/节 in `path`, from the table of contents. */
  page: number | null;
}

/** "第N页起": the page the cited section starts on. */
export const pageLabel = (page: number) => `第${page}页起`;

export function cite(path: SectionPath, page: number | null, marker?: string): Citation {
  const labels = path.map((h) => h.label);
  const where = labels.join(' › ') + (marker ? ` › 注${marker}` : '');
  return { label: page ? `${where}（${pageLabel(page)}）` : where, path: labels, page };
}
