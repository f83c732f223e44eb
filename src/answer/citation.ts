// Citations: a heading trail and printed page as a reader would write them.
import type { SectionPath } from '../plan/types.js';

export interface Citation {
  label: string;
  path: string[];
  page: number | null;
}

export function cite(path: SectionPath, page: number | null, marker?: string): Citation {
  const labels = path.map((h) => h.label);
  const where = labels.join(' › ') + (marker ? ` › 注${marker}` : '');
  return { label: page ? `${where}（第${page}页）` : where, path: labels, page };
}
