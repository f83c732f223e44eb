// What a target looks like when shown, as plain text (Discord escaping is applied by src/discord/):
// each figure under its own measure, the period it belongs to, and the 十三五 rows as results.
import { labelledCells, showTabs } from '../plan/tables.js';
import type { Digest } from './digest.js';
import type { Figure, Target } from './extract.js';

const BEFORE = /^(不低于|不少于|超过|突破|低于|高于|控制在)$/;
const AFTER = /^(以上|左右|以内|以下)$/;

/** "不少于100名", "95%以上", "72亿元". */
export function figureText(f: Figure): string {
  const q = f.qualifier ?? '';
  return `${BEFORE.test(q) ? q : ''}${f.value}${f.unit}${AFTER.test(q) ? q : ''}`;
}

/** Figures grouped under their measures: "农村青年致富带头人：不少于100名；创评“…孵化基地”：10个". */
export function measuredFigures(figures: readonly Figure[]): string {
  const groups: { measure: string; figures: string[] }[] = [];
  for (const f of figures) {
    const last = groups.at(-1);
    if (last?.measure === f.measure) last.figures.push(figureText(f));
    else groups.push({ measure: f.measure, figures: [figureText(f)] });
  }
  return groups.map((g) => `${g.measure}：${g.figures.join('、')}`).join('；');
}

/** When a 十四五 target is for: "2025年", else the plan period. */
const when = (t: Target) => (t.year ? `${t.year}年` : '“十四五”时期');

/** A 十三五 completion row read as a result: what 2020 reached against what was planned. */
function resultText(t: Target): string {
  const cell = (label: RegExp) => t.columns?.find((c) => label.test(c.label))?.value || '—';
  const unit = t.figures[0]?.unit ?? '';
  const withUnit = (v: string) => (/\d$/.test(v) ? `${v}${unit}` : v);
  const reached = `2020年预期值 ${withUnit(cell(/^2020年.*预期值/))}，规划目标 ${withUnit(cell(/^2020年.*规划目标/))}`;
  return `“十三五”完成情况 · ${t.measure}：${reached} · ${cell(/完成情况/)}`;
}

/** One line saying what the target is: its figures with their measures, when, and binding. */
export function targetHeadline(t: Target): string {
  if (t.period === '十三五') return resultText(t);
  if (!t.figures.length && t.columns) return [`${t.measure}：2025年目标值 —`, t.binding ?? ''].filter(Boolean).join(' · '); // the table gives no figure
  const figures = t.figures.length ? measuredFigures(t.figures) : t.measure;
  return [figures, when(t), t.binding ?? ''].filter(Boolean).join(' · ');
}

export const noTargetsMessage = (topic: string) => `规划中没有关于“${topic}”的量化目标。`;

export function renderTargetText(t: Target): string {
  const columns = t.columns ? `\n   ${labelledCells(t.columns)}` : '';
  return `「${showTabs(t.quote)}」${columns}\n   ${targetHeadline(t)}\n   —— ${t.citation.label}`;
}

export const DIGEST_TITLE = '吉安“十四五”规划目标';

export function renderDigestText(d: Digest): string {
  const head = `${DIGEST_TITLE} · ${d.date}（第 ${d.cycle + 1} 轮 ${d.day + 1}/${d.daysPerCycle}）`;
  return [head, ...d.targets.map((t, i) => `${i + 1}. ${renderTargetText(t)}`)].join('\n');
}
