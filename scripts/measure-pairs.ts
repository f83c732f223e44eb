// npx tsx scripts/measure-pairs.ts [PAIRS.jsonl]
// The paraphrase pairs (default test/fixtures/paraphrase-pairs.jsonl) split into their tuning and
// held-out halves by the file's rule (test/fixtures/questions.json; by id: src/eval/split.ts): the share keeping their
// outcome per half and per kind of change, and the differing pairs of the tuning half only (the
// held-out half's are counted, never listed, so no choice is made by looking at them).
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/app/engine.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { describeDiffering, pairAgreement, parsePairs, type PairOutcome } from '../src/eval/pairs.js';
import { halfOf } from '../src/eval/split.js';
import { halfRuleFor } from '../src/eval/listing.js';
import { loadConfig } from '../src/config.js';
import { cliLog } from '../src/cli/log.js';

async function main() {
  const file = resolve(process.argv[2] ?? 'test/fixtures/paraphrase-pairs.jsonl');
  const engine = await createEngine(loadConfig(), cliLog, loadFittedParts());
  const results: PairOutcome[] = [];
  for (const pair of parsePairs(readFileSync(file, 'utf8'), file)) {
    results.push({ pair, a: (await engine.ask(pair.a)).outcome, b: (await engine.ask(pair.b)).outcome });
  }
  // The file's own rule (test/fixtures/questions.json): a held-out file has no tuning half to list.
  const rule = halfRuleFor(file);
  const rows: Record<string, Record<string, string>> = {};
  for (const half of ['tuning', 'heldout'] as const) {
    const s = pairAgreement(results.filter((r) => halfOf(r.pair.id, rule) === half));
    rows[half] = { pairs: String(s.pairs), same: String(s.same), rate: `${(100 * s.rate).toFixed(1)} %` };
    for (const [change, c] of Object.entries(s.byChange)) rows[`${half} ${change}`] = { pairs: String(c.pairs), same: String(c.same), rate: `${((100 * c.same) / c.pairs).toFixed(1)} %` };
    if (half === 'tuning') for (const d of s.differing) console.log(describeDiffering(d));
  }
  const all = pairAgreement(results);
  console.log(`paraphrase pairs with the same outcome: ${all.same} of ${all.pairs} (${(100 * all.rate).toFixed(1)} %)`);
  console.table(rows);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
