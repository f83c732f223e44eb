// src/eval/ — owns measuring answer quality: scoring answers against questions with verbatim
// evidence (hit@k, MRR, outcomes, quote checks) and the fixed tuning/held-out split. Pure.
import type { Answer, Outcome } from '../answer/answer.js';
import { squash } from '../plan/whitespace.js';

export interface EvalQuestion {
  id: string;
  question: string;
  kind: string;
  lang?: string;
  evidence: string[];
  /** For the project's own questions: the outcome a good answer has. */
  expect?: Outcome;
}

export interface EvalRow {
  id: string;
  kind: string;
  lang: string;
  outcome: Outcome;
  rank: number | null;
  refused: boolean;
  answerable: boolean;
  quotes: number;
  verbatim: number;
  quoteChars: number;
}

export function scoreAnswer(q: EvalQuestion, a: Answer, planText: string): EvalRow {
  const evidence = q.evidence.map(squash);
  const found = a.answers.findIndex((x) => evidence.some((e) => squash(x.text).includes(e)));
  return {
    id: q.id,
    kind: q.kind,
    lang: q.lang ?? 'zh',
    outcome: a.outcome,
    rank: found >= 0 && !a.refused ? found + 1 : null,
    refused: a.refused,
    answerable: q.evidence.length > 0,
    quotes: a.answers.length,
    verbatim: a.answers.filter((x) => planText.includes(x.text)).length,
    quoteChars: a.answers.reduce((s, x) => s + [...x.text].length, 0),
  };
}

export interface Metrics {
  questions: number;
  hitAt1: number;
  hitAt5: number;
  mrrAt10: number;
  refusedUnanswerable: string;
  falseRefusals: number;
  verbatimPct: number;
  avgQuoteChars: number;
}

const pct = (n: number, d: number) => (d ? Number(((100 * n) / d).toFixed(1)) : 0);

export function summarise(rows: EvalRow[]): Metrics {
  const answerable = rows.filter((r) => r.answerable);
  const unanswerable = rows.filter((r) => !r.answerable);
  const quotes = rows.reduce((s, r) => s + r.quotes, 0);
  return {
    questions: rows.length,
    hitAt1: pct(answerable.filter((r) => r.rank === 1).length, answerable.length),
    hitAt5: pct(answerable.filter((r) => r.rank !== null && r.rank <= 5).length, answerable.length),
    mrrAt10: Number((answerable.reduce((s, r) => s + (r.rank && r.rank <= 10 ? 1 / r.rank : 0), 0) / (answerable.length || 1)).toFixed(3)),
    refusedUnanswerable: `${unanswerable.filter((r) => r.refused).length}/${unanswerable.length}`,
    falseRefusals: pct(answerable.filter((r) => r.refused).length, answerable.length),
    verbatimPct: pct(rows.reduce((s, r) => s + r.verbatim, 0), quotes),
    avgQuoteChars: Number((rows.reduce((s, r) => s + r.quoteChars, 0) / (quotes || 1)).toFixed(1)),
  };
}

export function byKind(rows: EvalRow[]): Record<string, Metrics> {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return Object.fromEntries(kinds.map((k) => [k, summarise(rows.filter((r) => r.kind === k))]));
}

/** hit@1, hit@5 and MRR@10 of the right answer's ranks (1–10, null when not in the first ten), as the fits print them. */
export function summariseRanks(ranks: (number | null)[]) {
  const n = ranks.length || 1;
  return {
    questions: ranks.length,
    hitAt1: Number(((100 * ranks.filter((r) => r === 1).length) / n).toFixed(1)),
    hitAt5: Number(((100 * ranks.filter((r) => r !== null && r <= 5).length) / n).toFixed(1)),
    mrrAt10: Number((ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n).toFixed(4)),
  };
}
