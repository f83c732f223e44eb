// npm run eval [-- FILE.jsonl] — answer every question once (model and index loaded once), print metrics.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../app/engine.js';
import { byKind, scoreAnswer, summarise, type EvalQuestion } from '../answer/evaluate.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/dev.jsonl');
  const questions = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
  const engine = await createEngine(loadConfig(), cliLog);
  const rows = [];
  for (const q of questions) {
    const answer = await engine.ask(q.question);
    const row = scoreAnswer(q, answer, engine.index.plan.text);
    rows.push(row);
    if (verbose && row.rank !== 1) {
      console.log(`${q.id} ${q.kind} rank=${row.rank} refused=${row.refused} conf=${answer.confidence} ${q.question}\n   → ${answer.answers[0]?.text.slice(0, 80) ?? '-'}`);
    }
  }
  console.log(`questions: ${file}`);
  console.table({ all: summarise(rows), ...byKind(rows) });
}

main().catch((err: Error) => {
  console.error(`eval failed: ${err.message}`);
  process.exit(1);
});
