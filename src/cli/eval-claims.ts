// npm run eval -- CLAIMS.jsonl [...] [--half tuning|heldout] [--verbose] [--json]
// (chosen by eval.ts when the files hold claims): checks every claim once and prints, for the tuning and
// held-out halves apart (and the whole file), verdict accuracy, the confusion matrix, the share of contradicted and
// not-in-plan claims called supported, evidence hit@1/hit@3 and whether figure differs show both
// figures. --verbose lists the misses of the tuning half only (--all every tuning claim): the held-out
// half is measured, not read.
import type { Engine } from '../app/engine.js';
import { confusion, readClaims, scoreCheck, summariseClaims, type ClaimRow } from '../eval/claims.js';
import type { Half } from '../eval/split.js';
import { asOneCheck } from '../check/paragraph.js';

export async function evalClaims(engine: Engine, files: string[], only: Half | undefined, flag: (name: string) => boolean): Promise<void> {
  const claims = files.flatMap(readClaims).filter((c) => !only || c.half === only);
  const rows: ClaimRow[] = [];
  for (const c of claims) {
    // As the bot checks a pasted claim: a paragraph sentence by sentence.
    const check = asOneCheck(await engine.checkPasted(c.claim));
    const row = scoreCheck(c, check);
    rows.push(row);
    const missed = !row.right || (row.expected !== 'not_in_plan' && (row.rank === null || row.rank > 3)) || row.bothFigures === false;
    if (((flag('--verbose') && missed) || flag('--all')) && c.half === 'tuning') {
      console.log(`${c.id} ${c.kind} expected=${c.verdict} got=${check.verdict} stated=${check.stated} rank=${row.rank} differs=${JSON.stringify(check.differs)} absent=${check.absent.join(',')}${check.unverified ? ` unverified=${check.unverified.join(',')}` : ''}${check.unnamed ? ` unnamed=${check.unnamed.join(',')}` : ''} ${c.claim}`);
      console.log(`   → ${check.quotes[0]?.text.slice(0, 90) ?? '-'}`);
    }
  }
  const halves: Half[] = only ? [only] : ['tuning', 'heldout'];
  // The whole file too (a blind set, none of it tuned on, is reported whole and by half).
  const table = { ...(only ? {} : { all: summariseClaims(rows) }), ...Object.fromEntries(halves.map((h) => [h, summariseClaims(rows.filter((r) => r.half === h))])) };
  const matrices = Object.fromEntries(halves.map((h) => [h, confusion(rows.filter((r) => r.half === h))]));
  if (flag('--json')) {
    console.log(JSON.stringify({ files, table, confusion: matrices }));
    return;
  }
  console.log(`claims: ${files.join(', ')}${only ? ` (${only} half)` : ''}`);
  console.table(table);
  for (const h of halves) {
    console.log(`${h}: labelled verdict (rows) × checked verdict (columns)`);
    console.table(matrices[h]);
  }
}
