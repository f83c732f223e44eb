// What a shown target must satisfy, as checks a reader can repeat: it has a target figure, and each
// figure stands under its own measure. Pure; the digest test runs it over 60 days of previews.
//
// "Under its own measure" is read from the quote the target shows:
//   a table row: the measure opens with the row's indicator name and the figure is the cell of the
//     2025 target column, or of the growth column when the row gives no 2025 level;
//   a sentence: some clause (split at ，；。：) holds the figure, and the measure's characters appear
//     in that clause in order (the words of the plan around the figure, a list item with its shared
//     head noun: "市级“天网”运维人员" in "市、县两级“天网”运维人员分别不少于 20 人");
//   and no two figures of one target are shown under one measure ("…分别：8个、25个、20个").
import { squash } from '../plan/whitespace.js';
import type { Figure, Target } from './extract.js';
import { clausesOf } from './figures.js';

/** Characters a measure may add to the plan's words: separators the label puts between parts. */
const plain = (s: string) => squash(s).replace(/[“”"，,、：:（）()]/g, '');

/** Whether `needle`'s characters appear in `hay` in order. */
function inOrder(needle: string, hay: string): boolean {
  let at = 0;
  for (const ch of hay) if (ch === needle[at]) at++;
  return at === needle.length;
}

const figureValue = (f: Figure) => squash(f.value);

/** The cell a row's figure must come from: its 2025 target (else its growth), or its investment. */
function targetCell(t: Target): string {
  const cell = (label: RegExp) => t.columns?.find((c) => label.test(c.label))?.value ?? '';
  if (t.kind !== 'indicator') return cell(/投资/);
  return /\d/.test(cell(/2025/)) || !/\d/.test(cell(/增长/)) ? cell(/2025/) : cell(/增长/);
}

function rowProblem(t: Target, f: Figure): string | null {
  const name = t.columns?.[0]?.value ?? '';
  if (!f.measure.includes(name)) return `“${f.measure}” is not the row's indicator “${name}”`;
  const cell = targetCell(t);
  return squash(cell).includes(figureValue(f)) ? null : `${f.value} is not the row's target cell “${cell}”`;
}

/** The figure's clause, or it with the clause before (the subject of "…达到215亿元，占GDP比重7%左右"), spells the measure. */
function sentenceProblem(t: Target, f: Figure): string | null {
  const clauses = clausesOf(t.quote).map(squash);
  const at = clauses.flatMap((c, i) => (c.includes(figureValue(f)) ? [i] : []));
  if (!at.length) return `${f.value} is not in the quote`;
  const spelled = at.some((i) => inOrder(plain(f.measure), plain(clauses.slice(Math.max(0, i - 1), i + 1).join(''))));
  return spelled ? null : `“${f.measure}” is not in the clause of ${f.value}`;
}

/** Why a shown target falls short (empty: it does not). */
export function targetProblems(t: Target): string[] {
  if (t.period === '十三五') return [];
  const figures = t.figures.filter((f) => f.value.trim() && f.value.trim() !== '—');
  if (!figures.length) return ['no target figure'];
  const problems = figures.map((f) => (t.columns ? rowProblem(t, f) : sentenceProblem(t, f))).filter((p): p is string => p !== null);
  const measures = figures.map((f) => f.measure);
  const shared = measures.filter((m, i) => measures.indexOf(m) !== i);
  return [...problems, ...[...new Set(shared)].map((m) => `several figures under “${m}”`)];
}
