// src/targets/ — owns the plan's quantitative targets: extracting them from tables and sentences
// (every quote verbatim), and choosing each day's digest. Pure.
import { cite, type Citation } from '../answer/citation.js';
import { quotePassage } from '../answer/quote.js';
import { splitSentences } from '../chunk/chunk.js';
import type { Block, PlanDocument, TableCell } from '../plan/types.js';
import { words } from '../search/tokenize.js';

export type TargetKind = 'indicator' | 'completion' | 'investment' | 'text' | 'box';

export interface Figure {
  value: string;
  unit: string;
  /** 以上 / 左右 / 以内 / 不低于 / 突破 / 超过 / 达到 … when stated. */
  qualifier: string | null;
}

export interface Target {
  id: string;
  kind: TargetKind;
  quote: string;
  measure: string;
  figures: Figure[];
  year: number | null;
  binding: '约束性' | '预期性' | null;
  theme: string;
  citation: Citation;
  columns?: TableCell[];
}

const UNITS = '%|万个|万平方米|平方米|万立方米|立方米|万辆|万册|万亩|亩|万人次|万人|人次|人|亿元|万元|元|亿美元|万户|户|个|家|所|平方公里|公里|千米|米|张|亿斤|万千瓦|千瓦|万吨|吨|座|条|项|次|天|岁|倍|处|套|间|辆|艘|名|件|台|只|株|棵|年|小时|分钟|GB|兆';
const FIGURE = new RegExp(`(不低于|不少于|超过|突破|达到|达|力争|控制在|低于|高于|提高到|增加到|新增|新建|建成|培育)?\\s*(\\d+(?:\\.\\d+)?(?:\\s*[-~～]\\s*\\d+(?:\\.\\d+)?)?)\\s*(${UNITS})\\s*(以上|左右|以内|以下)?`, 'g');
const FORWARD = /到\s*20(2[1-9]|3\d)\s*年|力争|确保|目标|达到|突破|超过|不低于|不少于|以上|左右|控制在|新增|新建|建成|培育|打造|提高到|提升到|每年|累计/;
const PAST = /“十三五”时期|十三五期间|过去五年|已经|已达|取得|实现了|获评|荣获/;
const YEAR = /(?:到|至)\s*(20[2-3]\d)\s*年/;

/** FNV-1a, base 36: a short id that stays the same while the quoted text does. */
export function stableId(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36).padStart(7, '0');
}

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [, before, value, unit, after] = m;
    if (unit === '年' && /^20\d\d$/.test(value!)) continue; // a year, not a figure
    out.push({ value: value!.replace(/\s+/g, ''), unit: unit!, qualifier: after ?? before ?? null });
  }
  return out;
}

/** What is measured: the clause holding the first figure, up to the figure's cue or number. */
export function measureOf(sentence: string): string {
  const clause = sentence.split(/[，；。：]/).find((c) => figuresIn(c).length > 0) ?? sentence;
  const stripped = clause.replace(/^(力争)?(到|至)?\s*20\d\d\s*年[，,]?/, '').trim();
  const cut = stripped.search(/(不低于|不少于|超过|突破|达到|达|力争|控制在|低于|高于|提高到|增加到|稳定在|保持在)?\s*\d/);
  const head = (cut > 0 ? stripped.slice(0, cut) : stripped).replace(/^[，、\s]+|[，、\s]+$/g, '');
  return head.length > 4 ? head : stripped.slice(0, 40); // "新增2个…" says little: keep the whole clause
}

function tableTargets(block: Block, theme: string): Target | null {
  const t = block.table!;
  const cell = (label: RegExp) => t.cells.find((c) => label.test(c.label))?.value ?? '';
  const measure = t.cells[0]!.value;
  const binding = (cell(/属性/) || null) as Target['binding'];
  const isIndicator = /十四五/.test(t.table) && t.cells.some((c) => /2025/.test(c.label));
  const isCompletion = /十三五/.test(t.table);
  const kind: TargetKind = isIndicator ? 'indicator' : isCompletion ? 'completion' : /投资/.test(t.cells.map((c) => c.label).join()) ? 'investment' : 'box';
  if (kind === 'box') return null; // 专栏28 lists plans, not figures
  const target = isIndicator ? cell(/2025/) : isCompletion ? cell(/规划目标/) : cell(/投资/);
  const value = target.replace(/左右|以上/, '');
  const unit = /\d/.test(value) ? measure.match(/[（(]([^）)]+)[）)]\s*$/)?.[1] ?? '' : '';
  const figures = target && target !== '—' ? [{ value, unit, qualifier: target.match(/左右|以上/)?.[0] ?? null }] : [];
  return {
    id: stableId(`${kind}|${block.text}`),
    kind, quote: block.text, measure: t.group && kind !== 'indicator' ? `${t.group} ${measure}` : measure,
    figures, year: isIndicator ? 2025 : isCompletion ? 2020 : null, binding,
    theme, citation: cite(block.path, block.page), columns: t.cells,
  };
}

function sentenceTargets(block: Block, theme: string): Target[] {
  const out: Target[] = [];
  if (block.path.some((h) => /基础|成就|回顾/.test(h.title)) && block.path.every((h) => h.level !== 'box')) return out;
  for (const s of splitSentences(block.text)) {
    const sentence = block.text.slice(s.start, s.end).trim();
    const figures = figuresIn(sentence);
    if (!figures.length || !FORWARD.test(sentence) || PAST.test(sentence)) continue;
    const weights = new Map(figures.flatMap((f) => words(`${f.value}${f.unit}`)).map((w) => [w, 1]));
    const quote = quotePassage(sentence, weights).text;
    const year = Number(sentence.match(YEAR)?.[1]) || null;
    out.push({
      id: stableId(`text|${quote}`),
      kind: block.kind === 'box_item' ? 'box' : 'text',
      quote, measure: measureOf(quote), figures: figuresIn(quote), year,
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
    const found = block.kind === 'table_row' ? [tableTargets(block, theme)] : block.kind === 'footnote' ? [] : sentenceTargets(block, theme);
    for (const t of found) {
      if (!t || seen.has(t.id) || !doc.text.includes(t.quote)) continue;
      seen.add(t.id);
      targets.push(t);
    }
  }
  return targets;
}
