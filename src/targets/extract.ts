// src/targets/ — owns the plan's quantitative targets: extracting them from tables and sentences
// (every quote verbatim, every figure with its own measure), knowing which plan period each belongs
// to, finding them by topic and choosing each day's digest. Pure.
import { cite, type Citation } from '../answer/citation.js';
import { quotePassage } from '../answer/quote.js';
import { splitSentences } from '../chunk/chunk.js';
import type { Block, PlanDocument, TableCell, TableRowInfo } from '../plan/types.js';
import { words } from '../search/tokenize.js';
import { figuresIn, labelFigures, type Figure } from './figures.js';

export type { Figure } from './figures.js';

export type TargetKind = 'indicator' | 'completion' | 'investment' | 'text' | 'box';

/**
 * 十四五: a target of this plan, to 2025 (or to 2035 where the plan says so);
 * 十三五: a result of the previous plan, a row of its completion table (市“十三五”规划主要指标完成情况表).
 */
export type PlanPeriod = '十四五' | '十三五';

export interface Target {
  id: string;
  kind: TargetKind;
  period: PlanPeriod;
  quote: string;
  /** What the (first) figure measures. */
  measure: string;
  /** Every figure, each with its own measure. */
  figures: Figure[];
  /** The year the figures are for, when the plan states it (2025, 2035; 2020 for 十三五 results). */
  year: number | null;
  binding: '约束性' | '预期性' | null;
  theme: string;
  citation: Citation;
  columns?: TableCell[];
}

const FORWARD = /到\s*20(2[1-9]|3\d)\s*年|力争|确保|目标|达到|突破|超过|不低于|不少于|以上|左右|控制在|新增|新建|建成|培育|打造|提高到|提升到|每年|累计/;
const PAST = /“十三五”时期|十三五期间|过去五年|已经|已达|取得|实现了|获评|荣获/;
const YEAR = /(?:到|至|^)\s*(20[2-3]\d)\s*年/;

/** FNV-1a, base 36: a short id that stays the same while the quoted text does. */
export function stableId(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0');
}

const cellOf = (t: TableRowInfo, label: RegExp) => t.cells.find((c) => label.test(c.label))?.value ?? '';
/** "(亿元)" at the end of an indicator name or a column label. */
const unitOf = (label: string) => /[（(]([^）)]+)[）)]\s*$/.exec(label)?.[1] ?? '';

/** The column of an indicator row giving its growth over the period ("年均/累计增长(%)"). */
const GROWTH_COLUMN = /增长/;

/**
 * The figure a table row states: its 2025 target, its 2020 result (十三五), or its planned investment.
 * An indicator row whose 2025 cell is "—" but which states a growth target ("规模以上工业增加值增速",
 * 年均/累计增长 "8左右") gives that growth (its year is the period's, not 2025); a row with neither gives none.
 */
function tableFigure(t: TableRowInfo, kind: TargetKind, measure: string): Figure[] {
  const column = kind === 'indicator' ? /2025/ : kind === 'completion' ? /^2020年.*预期值/ : /投资/;
  const stated = cellOf(t, column);
  if (!stated || stated === '—') return kind === 'indicator' ? growthFigure(t, measure) : [];
  const unitLabel = t.cells.find((c) => column.test(c.label))?.label ?? '';
  const value = stated.replace(/左右|以上/, '');
  const unit = /\d/.test(value) ? unitOf(measure) || unitOf(unitLabel) : '';
  return [{ value, unit, qualifier: /左右|以上/.exec(stated)?.[0] ?? null, measure }];
}

function growthFigure(t: TableRowInfo, measure: string): Figure[] {
  const cell = t.cells.find((c) => GROWTH_COLUMN.test(c.label));
  const value = cell?.value.replace(/左右|以上/, '').trim() ?? '';
  if (!cell || !/^\d+(?:\.\d+)?$/.test(value)) return [];
  return [{ value, unit: unitOf(cell.label) || unitOf(measure), qualifier: /左右|以上/.exec(cell.value)?.[0] ?? null, measure }];
}

/** Whether a table row's figure is its growth over the period rather than a 2025 level. */
const isGrowthOnly = (t: TableRowInfo, figures: Figure[]) => figures.length > 0 && ['', '—'].includes(cellOf(t, /2025/).trim());

/**
 * A target to show as one: a result of the previous plan, or a target of this one with at least one
 * figure (an indicator row whose cells are all "—", 城镇调查失业率, states no target).
 */
export const statesTarget = (t: Target): boolean => t.period === '十三五' || t.figures.length > 0;

function tableTarget(block: Block, theme: string): Target | null {
  const t = block.table;
  const measure = t?.cells[0]?.value;
  if (!t || !measure) return null;
  const isIndicator = /十四五/.test(t.table) && t.cells.some((c) => /2025/.test(c.label));
  const isCompletion = /十三五/.test(t.table);
  const isInvestment = !isIndicator && !isCompletion && t.cells.some((c) => /投资/.test(c.label));
  if (!isIndicator && !isCompletion && !isInvestment) return null; // 专栏28 lists plans, not figures
  const kind: TargetKind = isIndicator ? 'indicator' : isCompletion ? 'completion' : 'investment';
  const named = t.group && kind !== 'indicator' ? `${t.group} ${measure}` : measure;
  const binding = cellOf(t, /属性/);
  const figures = tableFigure(t, kind, named);
  return {
    id: stableId(`${kind}|${block.text}`),
    kind, period: isCompletion ? '十三五' : '十四五', quote: block.text, measure: named,
    figures, year: isIndicator && !isGrowthOnly(t, figures) ? 2025 : isCompletion ? 2020 : null,
    binding: binding === '约束性' || binding === '预期性' ? binding : null,
    theme, citation: cite(block.path, block.page), columns: t.cells,
  };
}

/** Sections looking back on the previous plan: their figures are results, not targets. */
const looksBack = (block: Block) =>
  block.path.some((h) => /基础|成就|回顾/.test(h.title)) && block.path.every((h) => h.level !== 'box');

function sentenceTargets(block: Block, theme: string): Target[] {
  if (looksBack(block)) return [];
  const out: Target[] = [];
  for (const s of splitSentences(block.text)) {
    const sentence = block.text.slice(s.start, s.end).trim();
    const found = figuresIn(sentence);
    if (!found.length || !FORWARD.test(sentence) || PAST.test(sentence)) continue;
    const weights = new Map(found.flatMap((f) => words(`${f.value}${f.unit}`)).map((w) => [w, 1]));
    const quote = quotePassage(sentence, weights).text;
    const figures = labelFigures(quote);
    const year = /(?:到|至)\s*二〇三五年/.test(sentence) ? 2035 : Number(YEAR.exec(sentence)?.[1]) || null;
    out.push({
      id: stableId(`text|${quote}`),
      kind: block.kind === 'box_item' ? 'box' : 'text', period: '十四五',
      quote, measure: figures[0]?.measure ?? quote, figures, year,
      binding: /约束性/.test(sentence) ? '约束性' : /预期性/.test(sentence) ? '预期性' : null,
      theme, citation: cite(block.path, block.page),
    });
  }
  return out;
}

export function extractTargets(doc: PlanDocument): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const block of doc.blocks) {
    const theme = block.path.find((h) => h.level === 'part')?.label ?? '序言';
    const found = block.kind === 'table_row' ? [tableTarget(block, theme)] : block.kind === 'footnote' ? [] : sentenceTargets(block, theme);
    for (const t of found) {
      if (!t || seen.has(t.id) || !doc.text.includes(t.quote)) continue;
      seen.add(t.id);
      targets.push(t);
    }
  }
  return targets;
}
