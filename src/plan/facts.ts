// Facts about plan text, below search/ and understand/: whether a passage or table row carries a
// figure of an asked kind (and in an asked unit), whether it speaks of a year, whether it reports the
// previous plan (a 十三五 row, the review chapter), an empty cell. Pure. What a question asks for is
// src/understand/figure.ts; the shape of that ask (FigureKind, FigureAsk) is here, as both sides read it.
import { COUNTIES, countyForm } from './counties.js';

export type FigureKind = 'money' | 'percent' | 'date' | 'age' | 'frequency' | 'quantity' | 'person' | 'place' | 'amount';

export interface FigureAsk {
  /** Every kind the question asks for, most specific first. */
  kinds: FigureKind[];
  /** The unit the figure is asked in (多少微克 → 微克, how many tons → 吨), when the question names one. */
  unit?: string;
  /** The year the figure is asked for, when the question names one: a table row answers with that year's cell. */
  year?: number;
}

/**
 * Counters: 多少户, 几张床位, 多少人 — a figure answers only if it counts the same things, written as the
 * plan writes counts (14.2万户, 床位2000张).
 */
export const COUNTERS = ['户', '张', '人', '家', '所', '座', '条', '名', '台', '辆', '套', '处', '间', '项', '件', '批', '栋', '公顷'];

/** The year of the plan's targets: most of its figures are for it, mostly without naming it. */
export const PLAN_TARGET_YEAR = 2025;

/** How a year is printed in the plan: 2025年 (also with a space) or 二〇三五年. */
export const yearForms = (year: number): string[] =>
  [`${year}年`, `${year} 年`, `${[...String(year)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}年`];

/**
 * A number as the plan writes a figure: Arabic digits, or Chinese numerals other than a lone 一 or 两,
 * which are mostly articles (探索一条…之路, 打造一批…, 两个大局).
 */
const NUM = String.raw`(?:\d+(?:[.,]\d+)*|(?![一两][^一二三四五六七八九十百千万亿])[一二两三四五六七八九十百千万亿]+)`;

/**
 * A place the plan names: a county, district or city of Ji'an (吉州, 青原, 井冈山, 吉安县… of COUNTIES, also in
 * lists as 安福、遂川), a town, township, new district, park or port by its name.
 */
const PLACE_NAMED = new RegExp(`${COUNTIES.map(countyForm).join('|')}|庐陵新区|高铁新区|河东|\\p{Script=Han}{2,4}(?:镇|乡|新区|园区|工业园|港|码头|片区)`, 'u');

/** What counts as a figure of each kind in plan text. */
const CARRIES: Record<FigureKind, RegExp> = {
  // 300亿开发区, 投资50亿: a sum in 亿 without 元 is money too (not 亿斤, 亿立方米, 亿人次, 亿千瓦时).
  money: new RegExp(`${NUM}\\s*(?:亿|万)?\\s*(?:元|美元)|\\d[\\d.]*\\s*亿(?![斤吨人立方千瓦度头只羽件元美])`),
  percent: new RegExp(`${NUM}\\s*(?:%|％|个百分点)|百分之\\S|${NUM}\\s*倍`),
  date: new RegExp(`(?:19|20)\\d{2}\\s*年|二〇[二三]\\S年|年底|年内|当年|(?:十四五|“十四五”)(?:期间|时期|末)|${NUM}\\s*(?:分钟|小时|天|个月|年)`),
  age: /\d+\s*(?:周)?岁/,
  frequency: /\d+\s*(?:班|趟|列)|每周|每天\s*\d/,
  quantity: new RegExp(`${NUM}\\s*(?:万|亿)?\\s*(?:个|家|所|座|条|名|人|亩|公里|千米|米|张|台|辆|套|处|间|户|项|吨|平方|件|位|批|栋|床|千伏安|兆瓦|千瓦|立方|亿|万|%)`),
  person: /(?!)/,
  place: PLACE_NAMED,
  amount: new RegExp(`\\d|${NUM}\\s*(?:个|家|所|座|条|名|人|亩|万|亿|%)`),
};

/** A number in a unit (3万户, 2000张, 100万人, 6 万亩), one pattern per unit, made once. */
const IN_UNIT = new Map<string, RegExp>();
const inUnit = (unit: string): RegExp => {
  const known = IN_UNIT.get(unit);
  if (known) return known;
  const made = new RegExp(`${NUM}\\s*(?:万|亿)?\\s*${unit}`);
  IN_UNIT.set(unit, made);
  return made;
};

/** Whether a text gives a number in a unit (3万户, 2000张, 100万人, 6 万亩). */
export const carriesUnit = (text: string, unit: string): boolean => inUnit(unit).test(text.replace(NOT_FIGURES, ''));

/** A table's value cells that say nothing ("—", "-", blank). */
export const EMPTY_CELL = /^\s*[—–\-－]*\s*$/;

export interface FigureSource {
  text: string;
  /** For table rows: the cells (label → value). */
  cells?: readonly { label: string; value: string }[];
}

/**
 * Whether the text carries a figure the question asks for: any asked kind matches. A table row
 * carries one only when a value cell is filled (a row of "—" gives no figure).
 */
export function carriesFigure(source: FigureSource, ask: FigureAsk): boolean {
  if (source.cells) {
    // A row's figures are its value cells with a number in them; a row number (序号) counts nothing;
    // when the year asked for has a column, only that column's cell does (2025年目标值 "—" gives none).
    const cells = source.cells.slice(1).filter((c) => !/^(序号|编号)$/.test(c.label));
    const ofYear = ask.year ? cells.filter((c) => c.label.includes(String(ask.year))) : [];
    // A table with year columns but none for the year asked (2030) gives no figure for it.
    if (ask.year && !ofYear.length && cells.some((c) => /\d{4}年/.test(c.label))) return false;
    const values = (ofYear.length ? ofYear : cells).filter((c) => /\d/.test(c.value) && !EMPTY_CELL.test(c.value));
    if (!values.length) return false;
    // A row's value answers a count, an amount or a share; an age only in a row counted in years of
    // age (人均预期寿命(岁)); never a name, a date or a place.
    if (ask.kinds.some((k) => k !== 'person' && k !== 'date' && k !== 'place' && (k !== 'age' || /岁/.test(source.text)))) return true;
  }
  const text = source.text.replace(NOT_FIGURES, '');
  // Asked in a counter (多少户), a figure counting something else (1名网格员) is no answer.
  if (!source.cells && ask.unit && COUNTERS.includes(ask.unit) && !ask.kinds.some((k) => k !== 'quantity' && k !== 'amount') && !inUnit(ask.unit).test(text)) return false;
  return ask.kinds.some((k) => CARRIES[k].test(text));
}

/**
 * Numerals that name rather than count: the plan's own title and periods (第十四个五年, “十四五”,
 * 二〇三五年远景), quoted names (“三区两网”), pollutants (PM_{2.5}, PM10), 5G, a scenic area's grade (5A级).
 */
const NOT_FIGURES = /第?十[三四]个五年|“?十[三四]五”?|二〇三五年?远景|“[一二三四五六七八九十两百千]+[^”]{0,8}”|PM\s*_?\{?\s*(?:2\.5|10)\s*\}?|\b5G\b|[1-5]A级/gi;

/** Whether a text speaks of a year (2040 is beyond the plan's horizon; 2035 is its 远景). */
export const mentionsYear = (text: string, year: number): boolean => yearForms(year).some((f) => text.includes(f));

/** A row of the previous plan's completion table: a result, not a target of this plan. */
export const isPastResult = (tableName: string | undefined): boolean => /十三五/.test(tableName ?? '');

/** A passage of the chapter reviewing the previous plan (第一章 发展基础): its figures are results, not targets. */
export const inPastReview = (headings: readonly string[]): boolean => headings.some((h) => /发展基础$/.test(h));
