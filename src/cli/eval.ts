// npm run eval [-- FILE.jsonl ...] [--half tuning|heldout] [--cross-fitted] [--verbose] [--json]
// Files of claims (a `claim` field, as ../shared/eval/claims.jsonl) are checked instead: see eval-claims.ts;
// files of figure questions (`expect` figure|no_figure, `measure`, `figure`) get the figure report: see eval-figures.ts.
// files of paraphrase pairs (`a` and `b` fields) give the share keeping their outcome: see eval-pairs.ts.
// Answers every question once (model and index loaded once) and prints the metrics for all questions,
// for the tuning and held-out halves (src/eval/split.ts) and per kind. --verbose lists each miss.
// The query adapter and the judge's question priors were fitted on the tuning half, so its figures
// there are in sample; --cross-fitted answers each tuning question through the fold adapter and fold
// priors fitted without it (src/fit/adapter-folds.ts).
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { resolve } from 'node:path';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { byKind, scoreAnswer, summarise, type EvalRow } from '../eval/score.js';
import { readQuestions, type LabelledQuestion } from '../eval/questions.js';
import { crossFitted, hasFoldPriors } from '../fit/adapter-folds.js';
import type { Engine } from '../app/engine.js';
import type { Half } from '../eval/split.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';
import { isClaimsFile } from '../eval/claims.js';
import { evalClaims } from './eval-claims.js';
import { evalFigures, isFigureSetFile } from './eval-figures.js';
import { evalPairs } from './eval-pairs.js';
import { holdsPairs } from '../eval/pairs.js';
import { readFileSync } from 'node:fs';

const DEFAULT_FILE = '../shared/eval/dev.jsonl';

const englishTop5 = (rows: EvalRow[]) => {
  const en = rows.filter((r) => r.lang === 'en' && r.answerable);
  return `${en.filter((r) => r.rank !== null && r.rank <= 5).length} of ${en.length}`;
};

const crossFittedNote = (engine: Engine) => (!engine.queryAdapter ? ' (no query adapter: nothing to cross-fit)'
  : hasFoldPriors() ? ', tuning questions through the fold adapters and fold priors'
    : ', tuning questions through the fold adapters; the judge\'s question priors are in sample (npm run fit -- judge --write writes fold priors)');

async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const halfAt = args.indexOf('--half');
  const only = halfAt >= 0 ? args[halfAt + 1] : undefined;
  if (only !== undefined && only !== 'tuning' && only !== 'heldout') throw new Error('--half takes tuning or heldout');
  const files = args.filter((a, i) => !a.startsWith('--') && !(halfAt >= 0 && i === halfAt + 1));
  if (files.length && files.map((f) => resolve(f)).every(isClaimsFile)) {
    await evalClaims(await createEngine(loadConfig(), cliLog, loadFittedParts()), files.map((f) => resolve(f)), only, flag);
    return;
  }
  if (files.length && files.map((f) => resolve(f)).every(isFigureSetFile)) {
    await evalFigures(await createEngine(loadConfig(), cliLog, loadFittedParts()), files.map((f) => resolve(f)), only, flag);
    return;
  }
  if (files.length && files.every((f) => holdsPairs(readFileSync(resolve(f), 'utf8')))) {
    await evalPairs(await createEngine(loadConfig(), cliLog, loadFittedParts()), files.map((f) => resolve(f)), flag);
    return;
  }
  const questions = (files.length ? files : [DEFAULT_FILE]).map((f) => resolve(f)).flatMap(readQuestions)
    .filter((q) => !only || q.half === only);
  const engine = await createEngine(loadConfig(), cliLog, loadFittedParts());
  const answerAll = async (e: Engine, qs: LabelledQuestion[]) => {
    const out: (EvalRow & { half: Half })[] = [];
    for (const q of qs) {
      const answer = await e.ask(q.question);
      const row = { ...scoreAnswer(q, answer, e.index.plan.text), half: q.half };
      out.push(row);
      const missed = row.answerable ? row.rank !== 1 : !row.refused;
      if (flag('--verbose') && missed) {
        console.log(`${q.id} [${q.half}] ${q.kind} rank=${row.rank} outcome=${answer.outcome}${answer.reason ? `/${answer.reason.code}` : ''} ${q.question}`);
        console.log(`   → ${answer.direct ? `[${answer.direct}] ` : ''}${answer.answers[0]?.text.slice(0, 80) ?? '-'}`);
      }
    }
    return out;
  };
  const rows = flag('--cross-fitted') ? await crossFitted(engine, questions, answerAll) : await answerAll(engine, questions);
  const table = {
    all: summarise(rows),
    tuning: summarise(rows.filter((r) => r.half === 'tuning')),
    heldout: summarise(rows.filter((r) => r.half === 'heldout')),
    ...byKind(rows),
  };
  if (flag('--json')) {
    console.log(JSON.stringify({ files, table, englishTop5: englishTop5(rows) }));
    return;
  }
  console.log(`questions: ${(files.length ? files : [DEFAULT_FILE]).join(', ')}${only ? ` (${only} half)` : ''}${flag('--cross-fitted') ? crossFittedNote(engine) : ''}`);
  console.table(table);
  console.log(`English questions found in the top 5: ${englishTop5(rows)} (tuning ${englishTop5(rows.filter((r) => r.half === 'tuning'))}, held-out ${englishTop5(rows.filter((r) => r.half === 'heldout'))})`);
}

main().catch((err: Error) => {
  console.error(`eval failed: ${err.message}`);
  process.exit(1);
});
