// src/feedback/ — owns what the 👍/👎 votes teach: voted answers as eval questions (the format of
// ../shared/eval/dev.jsonl) and counts per outcome. Pure.
import type { EvalQuestion } from '../eval/score.js';
import { squash } from '../plan/whitespace.js';
import type { Outcome } from '../answer/answer.js';
import type { VotedAnswer } from '../state/store.js';

/** A line of dev.jsonl: the eval question plus the heading path of its evidence and a reference answer. */
export interface EvalLine extends EvalQuestion {
  lang: 'zh' | 'en';
  section: string;
  answer: string;
}

/** A 👎 answer to look at: what was quoted (verbatim) and the votes. */
export interface ReviewLine extends EvalLine {
  outcome: Outcome;
  quoted: string[];
  votes: { up: number; down: number };
}

/** How many quotes a reader sees before paging: the ones a vote judges. */
export const QUOTES_JUDGED = 3;

/**
 * Splits voted answers: more 👍 than 👎 → an eval question whose evidence is the quotes shown
 * (whitespace removed, as in dev.jsonl; a helpful refusal becomes an 'unanswerable' question);
 * otherwise → a line for review, with what was quoted.
 */
export function feedbackToEval(voted: readonly VotedAnswer[]): { eval: EvalLine[]; review: ReviewLine[] } {
  const out = { eval: [] as EvalLine[], review: [] as ReviewLine[] };
  for (const { answer: a, up, down } of voted) {
    const shown = a.outcome === 'not_covered' ? [] : a.answer.answers.slice(0, QUOTES_JUDGED);
    const line: EvalLine = {
      id: `f${a.id}`, question: a.question, lang: a.lang, kind: a.outcome === 'not_covered' ? 'unanswerable' : 'feedback',
      evidence: shown.map((x) => squash(x.text)), section: shown[0]?.citation.path.join(' > ') ?? '', answer: a.answer.direct ?? '',
    };
    if (up > down) out.eval.push(line);
    else out.review.push({ ...line, kind: 'review', evidence: [], outcome: a.outcome, quoted: shown.map((x) => x.text), votes: { up, down } });
  }
  return out;
}

export interface OutcomeCounts {
  answers: number;
  up: number;
  down: number;
}

/** Votes per outcome (every outcome listed, voted on or not). */
export function feedbackStats(voted: readonly VotedAnswer[]): Record<Outcome, OutcomeCounts> {
  const stats: Record<Outcome, OutcomeCounts> = {
    answered: { answers: 0, up: 0, down: 0 }, related: { answers: 0, up: 0, down: 0 }, not_covered: { answers: 0, up: 0, down: 0 },
  };
  for (const v of voted) {
    const s = stats[v.answer.outcome];
    s.answers++;
    s.up += v.up;
    s.down += v.down;
  }
  return stats;
}
