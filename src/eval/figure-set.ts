// Scoring the "答：" figure line against a labelled figure set (test/fixtures/figures-own-1.jsonl):
// each question says whether the plan gives the asked measure's figure for the asked year (expect
// "figure", with the figure) or not ("no_figure": another measure, another year, another area). Pure.
import { halfOf, type Half, type HalfRule } from './split.js';

export interface FigureSetQuestion {
  id: string;
  question: string;
  lang: string;
  expect: 'figure' | 'no_figure';
  measure: string;
  year: number | null;
  /** The figure as the plan prints it (8家以上, 95%以上, 3-5个); null for no_figure. */
  figure: string | null;
}

export type FigureSetRow = FigureSetQuestion & { half: Half };

/** Whether a parsed JSON line is a figure-set question (its own fields, not an eval question's). */
export const isFigureSetQuestion = (o: Record<string, unknown>): boolean =>
  typeof o.id === 'string' && typeof o.question === 'string' && (o.expect === 'figure' || o.expect === 'no_figure') && 'measure' in o && 'figure' in o;

/** A figure question's half: by its file's rule (test/fixtures/questions.json), by default by sha256 of its id alone. */
export const halfOfFigureQuestion = (id: string, rule: HalfRule = 'by-id'): Half => halfOf(id, rule);

/**
 * The questions of a figure-set file's text, each in its half by its file's rule: by sha256 of its id
 * (figures-own-1, figures-own-2) or all held out (a set written blind and not yet measured).
 */
export function parseFigureSet(text: string, rule: HalfRule = 'by-id'): FigureSetRow[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => {
    const q = JSON.parse(l) as FigureSetQuestion;
    return { id: q.id, question: q.question, lang: q.lang, expect: q.expect, measure: q.measure, year: q.year, figure: q.figure, half: halfOfFigureQuestion(q.id, rule) };
  });
}

const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * A year as a year (2025年, 2021—2025, 2020年基期值), not a figure; a number after 到 counting
 * something (达到 2000 人以上) is a figure.
 */
const isYearAt = (line: string, index: number, value: string) =>
  /^(19|20)\d{2}$/.test(value) && (/^\s*(年|[—–\-－~～至到])/.test(line.slice(index + value.length))
    || (/[—–\-－~～至到]\s*$/.test(line.slice(0, index)) && !/^\s*(?:万|亿)?\s*(?!年)\p{Script=Han}/u.test(line.slice(index + value.length))));

/** The numbers of a text that are figures, in order: years and the numbers of the measure's own name left out. */
export function figuresIn(line: string, nameNumbers: ReadonlySet<number> = new Set()): number[] {
  return [...line.matchAll(NUMBER)]
    .filter((m) => !isYearAt(line, m.index, m[0]) && !/[A-Za-z_{]$/.test(line.slice(0, m.index)) && !/^[A-Za-z]/.test(line.slice(m.index + m[0].length)))
    .map((m) => Number(m[0]))
    .filter((n) => !nameNumbers.has(n));
}

/**
 * Whether a shown figure line gives the expected figure. The rule: the line's leading figure — its
 * first number that is not a year (2025年, 2021—2025), not part of a name with letters (PM2.5, 5G, 5A)
 * and not a number of the measure's own name or of the question (超500亿元开发区, 每千人口) — is the
 * expected figure's first number (8 of 8家以上, 3 of 3-5个, 7 of 7万吨/日). A line that leads with
 * another measure's figure, or another year's, fails even when the expected figure comes later in it.
 */
export function givesExpectedFigure(line: string, q: Pick<FigureSetQuestion, 'figure' | 'measure' | 'question'>): boolean {
  const expected = Number(q.figure?.match(/\d+(?:\.\d+)?/)?.[0] ?? NaN);
  if (Number.isNaN(expected)) return false;
  const named = new Set(figuresIn(`${q.measure} ${q.question}`).filter((n) => n !== expected));
  return figuresIn(line, named)[0] === expected;
}

export interface FigureSetOutcome {
  /** The direct line shown, when it answers with a figure (not a "no figure" or another year's note). */
  figureLine: string | null;
}

export interface FigureSetSummary {
  questions: number;
  /** expect=figure: how many, how many with a figure line, how many of those give the expected figure. */
  figure: number;
  shown: number;
  correct: number;
  /** expect=no_figure: how many, and how many were wrongly given a figure line. */
  noFigure: number;
  wronglyShown: number;
}

export function summariseFigureSet(rows: readonly (FigureSetRow & FigureSetOutcome)[]): FigureSetSummary {
  const figure = rows.filter((r) => r.expect === 'figure');
  const shown = figure.filter((r) => r.figureLine !== null);
  const noFigure = rows.filter((r) => r.expect === 'no_figure');
  return {
    questions: rows.length,
    figure: figure.length,
    shown: shown.length,
    correct: shown.filter((r) => givesExpectedFigure(r.figureLine!, r)).length,
    noFigure: noFigure.length,
    wronglyShown: noFigure.filter((r) => r.figureLine !== null).length,
  };
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '—');

/** One printed line per summary: shown, correct among shown, no_figure wrongly given a line. */
export const formatFigureSummary = (s: FigureSetSummary): Record<string, string> => ({
  questions: String(s.questions),
  'line shown (figure)': `${pct(s.shown, s.figure)} (${s.shown}/${s.figure})`,
  'correct among shown': `${pct(s.correct, s.shown)} (${s.correct}/${s.shown})`,
  'line given (no_figure)': `${pct(s.wronglyShown, s.noFigure)} (${s.wronglyShown}/${s.noFigure})`,
});
