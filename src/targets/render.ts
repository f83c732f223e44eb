// Plain/Markdown text for targets and digests (Discord escaping is applied by src/discord/render.ts).
import { labelledCells, showTabs } from '../plan/tables.js';
import type { Digest } from './digest.js';
import type { Target } from './extract.js';

export function figureSummary(t: Target): string {
  const figs = t.figures.map((f) => `${f.value}${f.unit}${f.qualifier && /以上|左右|以内|以下/.test(f.qualifier) ? f.qualifier : ''}`);
  const parts = [figs.join('、'), t.year ? `${t.year}年` : '', t.binding ?? ''].filter(Boolean);
  return parts.join(' · ');
}

export function renderTargetText(t: Target): string {
  const columns = t.columns ? `\n   ${labelledCells(t.columns)}` : '';
  return `「${showTabs(t.quote)}」${columns}\n   ${t.measure} — ${figureSummary(t)}\n   —— ${t.citation.label}`;
}

export function renderDigestText(d: Digest): string {
  const head = `吉安“十四五”规划目标 · ${d.date}（第 ${d.cycle + 1} 轮 ${d.day + 1}/${d.daysPerCycle}）`;
  return [head, ...d.targets.map((t, i) => `${i + 1}. ${renderTargetText(t)}`)].join('\n');
}
