// Indicator rows found through the names people use for them: a table row's indicator name (地区生产总值)
// matched against the plan terms a question names (GDP, 经济增速 → 地区生产总值), and the row a figure
// question names brought into the top three. Pure.
import type { Chunk } from '../chunk/chunk.js';
import { isPastResult } from '../plan/facts.js';
import type { Candidate, Hit, RetrievalQuery } from './types.js';

/** The indicator's name in a table row: its label cell without units in brackets. */
const indicatorName = (c: Chunk) => (c.table?.cells[0]?.value ?? '').replace(/[(（][^)）]*[)）]/g, '').replace(/\s+/g, '');

/** Share of the indicator's name covered by terms the question names (longest term that fits). */
export function indicatorMatch(c: Chunk, namedTerms: readonly string[]): number {
  const name = indicatorName(c);
  if (!name) return 0;
  const best = Math.max(0, ...namedTerms.filter((t) => t.length >= 2 && name.includes(t)).map((t) => t.length));
  return Math.min(1, best / name.length);
}

/** How much of an indicator's name a question must name for its row to be brought in (see withNamedIndicator). */
export const INDICATOR_NAMED = 0.6;

/**
 * The indicator row a figure question names (工资 → 居民人均可支配收入, GDP → 地区生产总值), if any: the
 * best-matching row of the “十四五” table, or of the “十三五” table when the question asks about it.
 */
export function namedIndicatorRow(q: RetrievalQuery, chunks: readonly Chunk[]): number | null {
  if (!q.figure) return null;
  let best: { chunk: number; score: number } | null = null;
  chunks.forEach((c, chunk) => {
    if (!c.table || isPastResult(c.table.table) !== q.asksPast) return;
    const score = indicatorMatch(c, q.namedTerms);
    if (score >= INDICATOR_NAMED && (!best || score > best.score)) best = { chunk, score };
  });
  return (best as { chunk: number } | null)?.chunk ?? null;
}

/** Puts the named indicator row second when it is not among the top three already. */
export function withNamedIndicator(hits: Hit[], candidates: Candidate[], q: RetrievalQuery, chunks: readonly Chunk[]): Hit[] {
  const row = namedIndicatorRow(q, chunks);
  const passage = row === null ? undefined : chunks[row];
  if (row === null || !passage || hits.slice(0, 3).some((h) => h.chunk === row)) return hits;
  const found = candidates.find((c) => c.chunk === row);
  const base: Candidate = found ?? {
    chunk: row, passageSimilarity: null, sentenceSimilarity: null, bestSentence: null,
    signals: { lexical: 0, passage: 0, sentence: 0, figure: 1, indicator: indicatorMatch(passage, q.namedTerms), year: 0, covered: 0, defines: 0 },
  };
  const rest = hits.filter((h) => h.chunk !== row && h.passage.block !== passage.block);
  return [...rest.slice(0, 1), { ...base, passage, score: rest[0]?.score ?? 0 }, ...rest.slice(1)].slice(0, hits.length);
}
