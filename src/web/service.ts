// What the web server serves over one loaded index: the reader's files (with their ETags), and the
// API's answers — the JSON of ask --json with a url on every citation, target rows and sections with
// their links; answers to questions asked again come from a small cache. Swapped whole (cache and all)
// when a rebuilt index replaces a stale one. No I/O of its own.
import { createHash } from 'node:crypto';
import type { Answer } from '../answer/answer.js';
import { answerJson } from '../answer/json.js';
import { OUTCOME_LABELS, reasonText } from '../answer/outcome-labels.js';
import type { Chunk } from '../chunk/chunk.js';
import { findSections, sectionTexts } from '../plan/browse.js';
import type { PlanDocument, SectionPath } from '../plan/types.js';
import type { Target } from '../targets/extract.js';
import { targetHeadline } from '../targets/render.js';
import { citationLinks, quoteLink, READER_PATH, type CitationLinks } from './citation-link.js';
import { layoutPlan, sectionKey, type ReaderLayout } from './layout.js';
import { contentType, readerFiles, type ReaderAssets } from './site.js';

export interface ReaderFile {
  body: string;
  type: string;
  etag: string;
}

export interface WebService {
  builtAt: string;
  files: Map<string, ReaderFile>;
  ask(question: string): Promise<ReturnType<typeof askJson>>;
  targets(topic: string): Promise<{ topic: string; targets: ReturnType<typeof targetJson>[] }>;
  section(ref: string): { ref: string; sections: { label: string; url: string; texts: string[] }[] };
}

export interface WebServiceInputs {
  plan: PlanDocument;
  chunks: readonly Chunk[];
  builtAt: string;
  ask: (question: string) => Promise<Answer>;
  findTargets: (topic: string) => Promise<Target[]>;
  assets: ReaderAssets;
  /** Where the links point: PUBLIC_URL, or the server's own address. */
  base: string;
  /** Answers kept for questions asked again (the same index gives the same answer); 0: none. */
  answerCache?: number;
}

/** The last `size` results by key, oldest dropped first; a failed result is not kept. */
export function memoise<T>(run: (key: string) => Promise<T>, size: number): (key: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key) => {
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const result = run(key);
    if (size > 0) {
      kept.set(key, result);
      result.catch(() => kept.delete(key));
      if (kept.size > size) kept.delete(kept.keys().next().value!);
    }
    return result;
  };
}

/**
 * The answer as ask --json gives it, a url on every citation (and on each suggested section of a
 * refusal), and the outcome and reason in the question's language.
 */
export function askJson(a: Answer, links: CitationLinks, sectionLink: (path: readonly string[]) => string) {
  const lang = a.language;
  const json = answerJson(a, undefined, links);
  return {
    ...json,
    ...(json.suggestions ? { suggestions: json.suggestions.map((s) => ({ ...s, url: sectionLink(s.path) })) } : {}),
    label: OUTCOME_LABELS[lang][a.outcome],
    ...(a.outcome !== 'answered' ? { reasonText: reasonText(a, lang) } : {}),
  };
}

export const targetJson = (t: Target, url: string | null) => ({
  id: t.id, headline: targetHeadline(t), quote: t.quote, year: t.year, binding: t.binding, period: t.period,
  citation: { ...t.citation, url },
});

/** The url of a heading trail's anchor (a trail or its labels). */
export function sectionUrl(layout: ReaderLayout, base: string, path: SectionPath | readonly string[]): string {
  const labels = path.map((h) => (typeof h === 'string' ? h : h.label));
  const page = layout.pages.find((p) => p.heading.label === labels[0]);
  const anchor = layout.headingAnchors.get(labels.join(' › '));
  return `${base.replace(/\/+$/, '')}${READER_PATH}${page?.file ?? 'index.html'}${anchor ? `#${anchor}` : ''}`;
}

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

export function createWebService(input: WebServiceInputs): WebService {
  const layout = layoutPlan(input.plan);
  const files = new Map([...readerFiles(input.plan, layout, input.assets)].map(([name, body]) => [name, { body, type: contentType(name), etag: etagOf(body) }]));
  const links = citationLinks(layout, input.chunks, input.base);
  const linkQuote = (quote: string) => quoteLink(layout, input.plan, input.base, quote);
  return {
    builtAt: input.builtAt,
    files,
    ask: memoise(async (q) => askJson(await input.ask(q), links, (path) => sectionUrl(layout, input.base, path)), input.answerCache ?? 500),
    targets: async (topic) => ({ topic, targets: (await input.findTargets(topic)).map((t) => targetJson(t, linkQuote(t.quote))) }),
    section: (ref) => ({
      ref,
      sections: findSections(input.plan, ref, 5).map((path) => ({
        label: sectionKey(path), url: sectionUrl(layout, input.base, path), texts: sectionTexts(input.plan, path).slice(0, 50),
      })),
    }),
  };
}
