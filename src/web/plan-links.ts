// The links answers carry into the web reader, over one loaded index: a quote of an answer (by its
// chunk), and any verbatim quote (targets, digest items). Pure.
import type { Chunk } from '../chunk/chunk.js';
import type { PlanDocument } from '../plan/types.js';
import { citationLinks, quoteLink, type CitationLinks } from './citation-link.js';
import { layoutPlan } from './layout.js';

export interface PlanLinks {
  /** An answer's quote. */
  quote: CitationLinks;
  /** Any verbatim quote of the plan (a target's); null when the plan does not hold it. */
  text(quote: string): string | null;
}

export function createPlanLinks(plan: PlanDocument, chunks: readonly Chunk[], base: string): PlanLinks {
  const layout = layoutPlan(plan);
  return { quote: citationLinks(layout, chunks, base), text: (quote) => quoteLink(layout, plan, base, quote) };
}
