// npm run eval -- PAIRS.jsonl [--verbose] [--json] (chosen by eval.ts when the files hold paraphrase
// pairs, `a` and `b` fields): answers both questions of every pair and prints the share of pairs whose
// two sides got the same outcome, per kind of change; --verbose lists the pairs that differ.
import { readFileSync } from 'node:fs';
import type { Engine } from '../app/engine.js';
import { describeDiffering, pairAgreement, parsePairs, type PairOutcome } from '../eval/pairs.js';

export async function evalPairs(engine: Engine, files: string[], flag: (name: string) => boolean): Promise<void> {
  const pairs = files.flatMap((f) => parsePairs(readFileSync(f, 'utf8'), f));
  const results: PairOutcome[] = [];
  for (const pair of pairs) results.push({ pair, a: (await engine.ask(pair.a)).outcome, b: (await engine.ask(pair.b)).outcome });
  const agreement = pairAgreement(results);
  if (flag('--json')) {
    console.log(JSON.stringify({ files, pairs: agreement.pairs, same: agreement.same, rate: agreement.rate, byChange: agreement.byChange, differing: agreement.differing.map((d) => d.pair.id) }));
    return;
  }
  if (flag('--verbose')) for (const d of agreement.differing) console.log(describeDiffering(d));
  console.log(`paraphrase pairs with the same outcome: ${agreement.same} of ${agreement.pairs} (${(100 * agreement.rate).toFixed(1)} %)`);
  console.table(Object.fromEntries(Object.entries(agreement.byChange).map(([k, v]) => [k, { ...v, rate: `${((100 * v.same) / v.pairs).toFixed(1)} %` }])));
}
