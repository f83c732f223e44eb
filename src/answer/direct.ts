// The direct line: for a question that asks for a figure, one line above the quotes that leads with
// it, composed only from what is quoted — an indicator row's cells with their column labels, or the
// clause of a quoted sentence that carries the figure (with the sentence's leading time clause). Pure.
import type { TableCell } from '../plan/types.js';
import { carriesFigure, carriesUnit, EMPTY_CELL, type FigureAsk } from '../understand/figure.js';
import type { Concept } from '../understand/question.js';

/** What the direct line reads of an answer: the quote and, for a table row, its labelled cells. */
export interface Quoted {
  text: string;
  columns?: readonly TableCell[];
  /** A row of the previous plan's completion table (a “十三五” result, not a target). */
  pastResult?: boolean;
}

/** What the direct line needs to know of the question. */
export interface FigureQuestion {
  figure: FigureAsk | null;
  year: number | null;
  asksPast: boolean;
  concepts: readonly Concept[];
}

/** How a result of the previous plan is introduced, so it never reads as a target. */
export const PAST_RESULT_PREFIX = '“十三五”完成情况：';

/** How many of the top quotes may give the figure. */
const DIRECT_FROM = 3;

/** Said when a figure is asked and no quote gives one of that kind. */
export const NO_FIGURE_LINE = '规划没有给出具体数字。';
/** Said when only a place is asked (建在哪) and no quote names one. */
export const NO_PLACE_LINE = '规划没有写明具体地点。';

/** Columns that describe a row rather than give its figures: its attribute and its 十三五 verdict. */
const ROW_NOTE = /^(属性|完成情况)$/;
const UNIT = /[(（]([^()（）]*)[)）]\s*$/;
/** A column of the base year's value (2020年基期值), not of a target. */
const BASE_YEAR = /基期/;

/** A cell that holds a number: 7.6, [2.12], <4.5, 75左右. */
const NUMBER_CELL = /^([<>≤≥]?\[?[\d.]+\]?)(左右|以上|以内|以下)?$/;

/** "7.6左右" → "7.6%左右", "<4.5" → "<4.5%"; a value that is not a number stays as printed. */
const percent = (v: string) => v.replace(NUMBER_CELL, '$1%$2');

function cellText(cell: TableCell, unit: string): string {
  const value = cell.value.trim();
  // A growth column is in % — except a bracketed five-year total, which is in the row's own unit
  // (城镇新增就业人数 [27.92] 万人, 每万人口有效发明专利拥有量 [2.12] 件).
  if (/[(（]%[)）]/.test(cell.label)) {
    const label = cell.label.replace(/\s*[(（]%[)）]/, '');
    const total = /^\[[\d.]+\]$/.test(value) && unit && unit !== '%';
    return `${label}${total ? `${value}${unit}` : percent(value)}`;
  }
  const own = cell.label.match(UNIT)?.[1];
  const label = own ? cell.label.replace(UNIT, '') : cell.label;
  return NUMBER_CELL.test(value) ? `${label}${value.replace(NUMBER_CELL, `$1${own ?? unit}$2`)}` : `${label}${value}`;
}

/** An indicator row as one line: the asked year's (or the target's) cell first, then the rest; its attribute last. */
export function rowLine(cells: readonly TableCell[], year: number | null): string {
  const [first, ...rest] = cells;
  if (!first) return '';
  const unitMatch = first.value.match(UNIT);
  const unit = unitMatch && unitMatch[1] !== 'GDP' ? unitMatch[1] ?? '' : '';
  const name = (unit ? first.value.replace(UNIT, '') : first.value).trim();
  const filled = rest.filter((c) => !EMPTY_CELL.test(c.value));
  const tail = filled.filter((c) => ROW_NOTE.test(c.label));
  const values = filled.filter((c) => !tail.includes(c));
  const leads = (c: TableCell) => (year !== null && c.label.includes(String(year))) || (year === null && /目标/.test(c.label));
  const ordered = [...values.filter(leads), ...values.filter((c) => !leads(c))];
  const attribute = tail.find((c) => c.label === '属性')?.value;
  const done = tail.find((c) => c.label === '完成情况')?.value;
  return `${name}：${ordered.map((c) => cellText(c, unit)).join('；')}${attribute ? `（${attribute}）` : ''}${done ? `；${done}` : ''}`;
}

/** The leading time clause of a sentence ("到2025年，"), kept with the figure it dates. */
const TIME_CLAUSE = /^(?:到|至|力争到|力争)?\s*(?:20\d{2}|二〇[二三]\S)\s*年(?:底|前)?\s*[，,]/;

interface Line {
  line: string;
  /** How many of the question's concepts it names. */
  score: number;
}

const named = (text: string, concepts: readonly Concept[]) => concepts.filter((c) => c.forms.some((f) => text.includes(f))).length;

/** The longest stretch of clauses shown to carry the measure named before its figure. */
const SUBJECT_BEFORE_MAX = 90;

/** A figure in the unit asked for (多少户 → 14.2万户) counts this much more than another figure. */
const UNIT_BONUS = 0.75;

const inUnit = (text: string, ask: FigureAsk) => (ask.unit && carriesUnit(text, ask.unit) ? UNIT_BONUS : 0);

/** The clause of a quote that carries the figure and names most of the question's concepts (in the unit asked, if any). */
export function sentenceLine(text: string, ask: FigureAsk, concepts: readonly Concept[]): Line | null {
  const sentences = text.split(/(?<=[。；！？])/).filter((s) => s.trim());
  let best: Line | null = null;
  for (const sentence of sentences) {
    const lead = sentence.match(TIME_CLAUSE)?.[0] ?? '';
    const clauses = sentence.slice(lead.length).split(/(?<=[，；。])/);
    clauses.forEach((clause, i) => {
      if (!carriesFigure({ text: clause }, ask)) return;
      // The measure may be named in a clause before the figure (劳动者总量翻一番，达到100万人): then the line
      // runs from that clause, and counts a little less than a clause naming it itself.
      const own = named(clause, concepts);
      const from = own ? i : clauses.slice(0, i).findLastIndex((c) => named(c, concepts) > 0);
      const upTo = clauses.slice(Math.max(from, 0), i + 1).join('');
      const [text, score] = own || from < 0 || upTo.length > SUBJECT_BEFORE_MAX ? [clause, own] : [upTo, named(upTo, concepts) - 0.25];
      const line = `${lead}${text}`.replace(/[，；。、\s]+$/, '');
      const total = score + inUnit(clause, ask);
      if (!best || total > best.score) best = { line, score: total };
    });
  }
  return best;
}

/** A direct line and the quote it comes from (null for NO_FIGURE_LINE / NO_PLACE_LINE). */
export interface Direct {
  line: string;
  from: number | null;
}

/**
 * The direct line for a figure question: from the top quote that carries a figure of the asked kind
 * and names most of the question's concepts (the higher-ranked on a tie); NO_FIGURE_LINE (NO_PLACE_LINE
 * when only a place is asked) when none carries one under a measure the question names; null when no
 * figure is asked. A “十三五” result answers only a question about that period, and says what it is.
 */
export function composeDirect(question: FigureQuestion, quotes: readonly Quoted[]): Direct | null {
  const { figure: ask, year, asksPast, concepts } = question;
  if (!ask) return null;
  let best: (Line & { from: number }) | null = null;
  for (const [from, q] of quotes.slice(0, DIRECT_FROM).entries()) {
    // An indicator row may state its target in words (森林覆盖率：2025年目标值保持稳定): shown too. Its
    // base-year value alone (2020年基期值 94.5, target "—") is no target: only a question about the past takes it.
    const gives = q.columns ? q.columns.slice(1).some((c) => !EMPTY_CELL.test(c.value) && !ROW_NOTE.test(c.label) && (asksPast || !BASE_YEAR.test(c.label)))
      : carriesFigure({ text: q.text }, ask);
    if ((q.pastResult && !asksPast) || !gives) continue;
    // A table row names its measure in its first cell: on a tie with a sentence it wins (+0.5).
    const found = q.columns
      ? { line: `${q.pastResult ? PAST_RESULT_PREFIX : ''}${rowLine(q.columns, year)}`, score: named(q.columns[0]?.value ?? '', concepts) + 0.5 + (ask.unit && q.columns[0]?.value.match(UNIT)?.[1]?.includes(ask.unit) ? UNIT_BONUS : 0) }
      : sentenceLine(q.text, ask, concepts);
    // A figure counts only under a measure the question names: another measure's figure is no answer.
    if (found?.line && found.score >= 1 && (!best || found.score > best.score)) best = { ...found, from };
  }
  if (best) return { line: best.line, from: best.from };
  return { line: ask.kinds.every((k) => k === 'place') ? NO_PLACE_LINE : NO_FIGURE_LINE, from: null };
}

/** Whether a direct line answers with a figure (not one saying the plan gives none, or gives it for another year or measure). */
export const answersWithFigure = (line: string | null): boolean => line !== null && line !== NO_FIGURE_LINE && line !== NO_PLACE_LINE;
