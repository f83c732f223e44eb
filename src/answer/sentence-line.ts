// A figure's clause in a quoted sentence, as the direct line shows it: the clause carrying a figure of
// the kind asked that names most of the question's concepts (or runs from the clause before that names
// them), with the sentence's leading time clause; a clause listing figures after 、 read one per figure. Pure.
import { carriesFigure, carriesUnit, type FigureAsk } from '../plan/facts.js';
import type { Concept } from '../understand/question.js';
import { AFTER_FIGURE } from './figure-lists.js';

/** A list item's number (4. “耕地保有量”…, （2）…) or a footnote's: it counts nothing. */
const ITEM_NUMBER = /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）])\s*/;

/** A text's sentences, each without its list item's number. */
export const sentencesOf = (text: string) => text.split(/(?<=[。；！？])/).filter((s) => s.trim()).map((s) => s.replace(ITEM_NUMBER, ''));

/** The leading time clause of a sentence ("到2025年，"), kept with the figure it dates. */
export const TIME_CLAUSE = /^(?:到|至|力争到|力争)?\s*(?:20\d{2}|二〇[二三]\S)\s*年(?:底|前)?\s*[，,]/;

export interface Line {
  line: string;
  /** How many of the question's concepts it names. */
  score: number;
}

const named = (text: string, concepts: readonly Concept[]) => concepts.filter((c) => c.forms.some((f) => text.includes(f))).length;

/** The longest stretch of clauses shown to carry the measure named before its figure. */
export const SUBJECT_BEFORE_MAX = 90;

/** A figure in the unit asked for (多少户 → 14.2万户) counts this much more than another figure. */
export const UNIT_BONUS = 0.75;

export const inUnit = (text: string, ask: FigureAsk) => (ask.unit && carriesUnit(text, ask.unit) ? UNIT_BONUS : 0);

/**
 * A clause listing several figures of the kind asked after 、 (城区和中心镇 15 分钟、一般村镇（街道）20 分钟的
 * “公共文化服务圈”), as one clause per figure, each with the noun the list shares after its last figure: the
 * item the question names gives its own figure. A clause with one such figure stays whole.
 */
/** How far after the last figure its 的 may stand (the figure, its unit, a bound). */
const SHARED_NOUN_GAP = 12;

function figuresApart(clause: string, ask: FigureAsk): string[] {
  const parts = clause.split(AFTER_FIGURE);
  if (parts.length < 2 || parts.filter((p) => carriesFigure({ text: p }, ask)).length < 2) return [clause];
  // The noun after the last figure's unit and 的 (20 分钟的“公共文化服务圈”), a few characters after the figure.
  const last = parts.at(-1)!;
  const figureAt = last.search(/\d/);
  const ofAt = figureAt < 0 ? -1 : last.indexOf('的', figureAt);
  const shared = ofAt >= 0 && ofAt - figureAt <= SHARED_NOUN_GAP && !/[，；。、]/.test(last.slice(figureAt, ofAt)) ? last.slice(ofAt + 1).replace(/[，；。\s]+$/, '') : '';
  return parts.map((p, k) => (k < parts.length - 1 && shared ? `${p}的${shared}` : p));
}

/** The clause of a quote that carries the figure and names most of the question's concepts (in the unit asked, if any). */
export function sentenceLine(text: string, ask: FigureAsk, concepts: readonly Concept[]): Line | null {
  const sentences = sentencesOf(text);
  let best: Line | null = null;
  for (const sentence of sentences) {
    const lead = sentence.match(TIME_CLAUSE)?.[0] ?? '';
    const clauses = sentence.slice(lead.length).split(/(?<=[，；。])/).flatMap((c) => figuresApart(c, ask));
    clauses.forEach((clause, i) => {
      // Asked when, a clause under the sentence's leading time (到2025年，…人均GDP突破10000美元) carries it.
      if (!carriesFigure({ text: ask.kinds.includes('date') ? `${lead}${clause}` : clause }, ask)) return;
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
