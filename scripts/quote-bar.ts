// npm run fit -- … is for fitted parts; this prints the figures behind QUOTE_BAR (src/answer/shown.ts):
//   npx tsx scripts/quote-bar.ts [--rows rows.json] [--save rows.json]
// Answers every labelled question once (LABELLED_FILES) with the engine as it is, keeps each answer's
// quote scores (the first five, before the bar) and the right quote's rank, and prints hit@1, hit@5 and the
// quotes shown for each bar, tuning and held-out apart. Choose on the tuning half only.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../src/app/engine.js';
import { loadConfig } from '../src/config.js';
import { cliLog } from '../src/cli/log.js';
import { LABELLED_FILES, readQuestions } from '../src/eval/questions.js';
import { withBar, type QuoteBarRow } from '../src/eval/quote-bar.js';
import { squash } from '../src/plan/whitespace.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { answerSettings } from '../src/answer/fitted-parts.js';

const BARS = [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9];

async function gather(): Promise<QuoteBarRow[]> {
  const fitted = loadFittedParts();
  const engine = await createEngine(loadConfig(), cliLog, fitted);
  const rows: QuoteBarRow[] = [];
  for (const q of LABELLED_FILES.map((f) => resolve(f)).flatMap(readQuestions)) {
    // The quotes before any bar: the first five, as answerQuestion orders them.
    const a = await engine.ask(q.question, { ...answerSettings(fitted), quoteBar: 0 });
    const evidence = q.evidence.map(squash);
    const found = a.answers.findIndex((x) => evidence.some((e) => squash(x.text).includes(e)));
    rows.push({ id: q.id, half: q.half, answerable: q.evidence.length > 0, refused: a.refused, scores: a.answers.map((x) => x.score), rank: found >= 0 ? found + 1 : null });
  }
  return rows;
}

async function main() {
  const args = process.argv.slice(2);
  const from = args.indexOf('--rows');
  const rows: QuoteBarRow[] = from >= 0 ? JSON.parse(readFileSync(args[from + 1]!, 'utf8')) : await gather();
  const save = args.indexOf('--save');
  if (save >= 0) writeFileSync(args[save + 1]!, JSON.stringify(rows));
  for (const half of ['tuning', 'heldout'] as const) {
    console.log(`${half}:`);
    console.table(BARS.map((bar) => withBar(rows.filter((r) => r.half === half), bar)));
  }
}

main().catch((err: Error) => {
  console.error(`quote-bar failed: ${err.message}`);
  process.exit(1);
});
