// Choosing how many quotes to show: the scores of the quotes an answer would show and the rank of the
// right one, per labelled question, and what a relevance bar (a share of the first quote's score)
// would keep of them. Pure; scripts/quote-bar.ts gathers the rows with the engine and prints the table.
import { shownQuotes } from '../answer/shown.js';
import type { Half } from './split.js';

export interface QuoteBarRow {
  id: string;
  half: Half;
  answerable: boolean;
  refused: boolean;
  /** Scores of the quotes in the order shown (before any bar). */
  scores: number[];
  /** 1-based rank of the first quote with the evidence, null when none has it. */
  rank: number | null;
}

export interface QuoteBarFigures {
  bar: number;
  questions: number;
  hitAt1: number;
  hitAt5: number;
  /** Quotes shown on average when answered or related. */
  meanShown: number;
  /** Answers showing all five quotes, %. */
  fivePct: number;
}

const pct = (n: number, d: number) => (d ? Number(((100 * n) / d).toFixed(1)) : 0);

/** hit@1, hit@5 and quotes shown with a bar, over rows. */
export function withBar(rows: readonly QuoteBarRow[], bar: number): QuoteBarFigures {
  const shown = rows.filter((r) => !r.refused && r.scores.length).map((r) => ({ r, n: shownQuotes(r.scores.map((score) => ({ score })), bar).length }));
  const answerable = rows.filter((r) => r.answerable);
  const kept = (r: QuoteBarRow) => (r.refused || r.rank === null ? 0 : shownQuotes(r.scores.map((score) => ({ score })), bar).length >= r.rank ? r.rank : 0);
  return {
    bar,
    questions: rows.length,
    hitAt1: pct(answerable.filter((r) => kept(r) === 1).length, answerable.length),
    hitAt5: pct(answerable.filter((r) => kept(r) >= 1 && kept(r) <= 5).length, answerable.length),
    meanShown: Number((shown.reduce((s, x) => s + x.n, 0) / (shown.length || 1)).toFixed(2)),
    fivePct: pct(shown.filter((x) => x.n === 5).length, shown.length),
  };
}
