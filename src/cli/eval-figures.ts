// npm run eval -- FIGURES.jsonl [--half tuning|heldout] [--verbose] [--json]
// (chosen by eval.ts when the file holds figure questions, as test/fixtures/figures-own-1.jsonl): asks
// every question once and prints, for the tuning and held-out halves apart (by the file's listing in
// test/fixtures/questions.json: by sha256 of the id, or all held out), the share of expect=figure questions given a figure line, the share of those lines
// that give the asked measure's figure for the asked year (rule: givesExpectedFigure), and the share
// of expect=no_figure questions wrongly given one, then the same per language. --verbose lists the misses of the tuning half only:
// the held-out half is measured, not read.
import { readFileSync } from 'node:fs';
import type { Engine } from '../app/engine.js';
import { answersWithFigure } from '../answer/direct.js';
import { formatFigureSummary, givesExpectedFigure, isFigureSetQuestion, parseFigureSet, summariseFigureSet, type FigureSetOutcome, type FigureSetRow } from '../eval/figure-set.js';
import type { Half } from '../eval/split.js';
import { halfRuleFor } from '../eval/listing.js';

export const isFigureSetFile = (file: string): boolean => {
  const first = readFileSync(file, 'utf8').split('\n').find((l) => l.trim());
  return !!first && isFigureSetQuestion(JSON.parse(first) as Record<string, unknown>);
};

export async function evalFigures(engine: Engine, files: string[], only: Half | undefined, flag: (name: string) => boolean): Promise<void> {
  const questions = files.flatMap((f) => parseFigureSet(readFileSync(f, 'utf8'), halfRuleFor(f))).filter((q) => !only || q.half === only);
  const rows: (FigureSetRow & FigureSetOutcome)[] = [];
  for (const q of questions) {
    const answer = await engine.ask(q.question);
    const figureLine = answersWithFigure(answer.direct) ? answer.direct : null;
    rows.push({ ...q, figureLine });
    const missed = q.expect === 'figure' ? figureLine === null || !givesExpectedFigure(figureLine, q) : figureLine !== null;
    if (((flag('--verbose') && missed) || flag('--all')) && q.half === 'tuning') {
      console.log(`${q.id} ${q.expect} ${q.measure} ${q.year} ${q.figure ?? ''} outcome=${answer.outcome} ${q.question}`);
      console.log(`   → ${answer.direct ?? '-'}`);
    }
  }
  const halves: Half[] = only ? [only] : ['tuning', 'heldout'];
  const table = Object.fromEntries(halves.map((h) => [h, summariseFigureSet(rows.filter((r) => r.half === h))]));
  if (flag('--json')) {
    console.log(JSON.stringify({ files, table }));
    return;
  }
  console.log(`figure questions: ${files.join(', ')}${only ? ` (${only} half)` : ''}`);
  console.table(Object.fromEntries(halves.map((h) => [h, formatFigureSummary(table[h]!)])));
  // The same rates per language of the question (aggregates only: no held-out question is shown).
  const languages = [...new Set(rows.map((r) => r.lang))].sort();
  if (languages.length > 1) {
    console.table(Object.fromEntries(halves.flatMap((h) => languages.map((l) => [`${h} ${l}`, formatFigureSummary(summariseFigureSet(rows.filter((r) => r.half === h && r.lang === l)))]))));
  }
}
