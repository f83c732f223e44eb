// An indicator row as the figure line reads it: its cells with their column labels and units, the
// asked year's (or the target's, or the growth) cell first; whether that cell is words (保持稳定) or a
// share in %, and whether the row is in the unit asked. Pure.
import type { TableCell } from '../plan/types.js';
import { EMPTY_CELL, type FigureAsk } from '../plan/facts.js';

/** Columns that describe a row rather than give its figures: its attribute and its 十三五 verdict. */
export const ROW_NOTE = /^(属性|完成情况)$/;
export const UNIT = /[(（]([^()（）]*)[)）]\s*$/;
/** A column of the base year's value (2020年基期值), not of a target. */
export const BASE_YEAR = /基期/;

/** A completion table's columns: the previous plan's target (规划目标) and what it reached (预期值, 完成值). */
const PLANNED_TARGET = /规划目标/;
/** A question asking the target a plan set (十三五规划原来定的目标, the originally planned target), not what it reached. */
export const ASKS_TARGET_SET = /原定|原来定|原先定|原计划|当初定|规划目标|\boriginal(?:ly)?\b|\bplanned target\b/i;
const RESULT = /预期值|完成值|实际/;

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

/** A row's value cells in the order a line gives them: the asked year's (or the target's, or with growth the growth) cell first. */
function orderedValues(cells: readonly TableCell[], year: number | null, growth: boolean, targetAsked = false): TableCell[] {
  const values = cells.slice(1).filter((c) => !EMPTY_CELL.test(c.value) && !ROW_NOTE.test(c.label));
  const ordered = [...values.filter((c) => leadsRow(c, year, growth)), ...values.filter((c) => !leadsRow(c, year, growth))];
  // A previous plan's target (“十三五”…规划目标) beside its result (…预期值) is not what the plan reached: the result leads,
  // unless the target set is asked (十三五规划原来定的目标): then the target leads.
  if (targetAsked) return [...ordered.filter((c) => PLANNED_TARGET.test(c.label) && leadsRow(c, year, growth)), ...ordered.filter((c) => !(PLANNED_TARGET.test(c.label) && leadsRow(c, year, growth)))];
  const result = ordered.filter((c) => !PLANNED_TARGET.test(c.label) || !values.some((v) => RESULT.test(v.label)));
  return [...result.filter((c) => leadsRow(c, year, growth)), ...result.filter((c) => !leadsRow(c, year, growth)), ...ordered.filter((c) => !result.includes(c))];
}

/** The cell a row's line leads with: the growth column asked for growth, else the asked year's, or the target. */
const leadsRow = (c: TableCell, year: number | null, growth: boolean) =>
  (growth ? /增长/.test(c.label) : (year !== null && c.label.includes(String(year))) || (year === null && /目标/.test(c.label)));

/**
 * Whether the cell a row's line leads with says its target in words (公众安全感 2025年目标值 "保持稳定"):
 * the row gives no figure for what is asked, and its other cells (the 2020 base) must not read as one.
 */
export const leadsInWords = (cells: readonly TableCell[], year: number | null, growth = false): boolean => {
  const lead = orderedValues(cells, year, growth)[0];
  return lead !== undefined && leadsRow(lead, year, growth) && !/\d/.test(lead.value);
};

/** An indicator row as one line: the asked year's (or the target's, or with growth the growth) cell first, then the rest; its attribute last. */
export function rowLine(cells: readonly TableCell[], year: number | null, growth = false, targetAsked = false): string {
  const [first, ...rest] = cells;
  if (!first) return '';
  const unitMatch = first.value.match(UNIT);
  const unit = unitMatch && unitMatch[1] !== 'GDP' ? unitMatch[1] ?? '' : '';
  const name = (unit ? first.value.replace(UNIT, '') : first.value).trim();
  const filled = rest.filter((c) => !EMPTY_CELL.test(c.value));
  const tail = filled.filter((c) => ROW_NOTE.test(c.label));
  // Asked for a rate of growth, the growth column leads; else the asked year's cell, or the target.
  const ordered = orderedValues(cells, year, growth, targetAsked);
  const attribute = tail.find((c) => c.label === '属性')?.value;
  const done = tail.find((c) => c.label === '完成情况')?.value;
  return `${name}：${ordered.map((c) => cellText(c, unit)).join('；')}${attribute ? `（${attribute}）` : ''}${done ? `；${done}` : ''}`;
}

/**
 * Whether the cell a row's line leads with is in %: a row in %, or a growth column (%) — except a
 * bracketed five-year total, which is in the row's own unit ([27.92] 万人).
 */
export function leadsInPercent(cells: readonly TableCell[], year: number | null, growth: boolean, unit: string): boolean {
  const lead = orderedValues(cells, year, growth)[0];
  if (!lead) return false;
  if (!/[(（]%[)）]/.test(lead.label)) return unit === '%';
  return unit === '%' || !/^\[[\d.]+\]$/.test(lead.value.trim()) || !unit;
}

/**
 * Whether a row gives a figure in the unit asked (多少万亩: 耕地保有量 (万亩), not a project package's
 * 规划投资（亿元）): its label's or a column's unit names it. 个 counts anything, so any row answers it.
 */
export function inAskedUnit(cells: readonly TableCell[], ask: FigureAsk, asked: string): boolean {
  const unit = ask.unit ?? asked.match(SCALED_UNIT)?.[1];
  const units = cells.flatMap((c) => [c.value.match(UNIT)?.[1] ?? '', c.label.match(UNIT)?.[1] ?? '']).join(' ');
  // Asked how many of something (a count, an area), a sum of money (规划投资（亿元）) is no answer.
  if (ask.kinds.every((k) => k === 'quantity') && /元/.test(units) && !/元/.test(unit ?? '')) return false;
  if (!unit || unit === '个') return true;
  return units.includes(unit);
}

/** A unit asked with its scale (多少万亩, 几万户, 多少亿斤): the unit is what follows the scale. */
const SCALED_UNIT = /(?:多少|几)(?:万|亿|千|百)(平方公里|公里|千瓦|立方米|亩|吨|户|人|张|辆|座|所|家|件|套|斤|元)/u;


/** A row's measure: its first cell without its unit. */
export const rowName = (cells: readonly TableCell[]) => (cells[0]?.value ?? '').replace(UNIT, '').replace(/\s+/g, '');
