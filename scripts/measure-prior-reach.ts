// npx tsx scripts/measure-prior-reach.ts [--half tuning|heldout] [FILE.jsonl ...]
// Measures how far the judge's question priors should reach (judge.ts PriorReach), at inference time,
// with nothing refitted: each question is retrieved once, its passages ranked as an answered answer
// would show them, and its outcome decided under each reach below. Prints hit@1, hit@5, false refusals
// and unanswerable declined per reach, for dev, everyday and the project's own files (default: the
// tuning half of LABELLED_FILES; the priors were fitted on it, so "as fitted" is in sample there).
// With --pairs PAIRS.jsonl: the share of paraphrase pairs whose two sides get the same outcome, per reach.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { resolve } from 'node:path';
import { createEngine } from '../src/app/engine.js';
import type { AnswerSettings } from '../src/answer/answer.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { answerSettings } from '../src/answer/fitted-parts.js';
import { judgeFeatures, modelOutcome, type JudgeModel, type PriorReach } from '../src/answer/judge.js';
import { retrieve } from '../src/search/retrieve.js';
import { understand } from '../src/understand/question.js';
import { LABELLED_FILES, readQuestions } from '../src/eval/questions.js';
import { scoreAnswer } from '../src/eval/score.js';
import { loadConfig } from '../src/config.js';
import { readFileSync } from 'node:fs';
import { pairAgreement, parsePairs, describeDiffering } from '../src/eval/pairs.js';
import type { Engine } from '../src/app/engine.js';
import type { Outcome } from '../src/answer/answer.js';
import { cliLog } from '../src/cli/log.js';

const REACHES: Record<string, PriorReach | undefined> = {
  'as fitted': undefined,
  'cap 2': { wording: 'all', vector: 'all', cap: 2 },
  'cap 1.5': { wording: 'all', vector: 'all', cap: 1.5 },
  'cap 1': { wording: 'all', vector: 'all', cap: 1 },
  'cap 0.5': { wording: 'all', vector: 'all', cap: 0.5 },
  'form': { wording: 'form', vector: 'all', cap: Infinity },
  'form, cap 1': { wording: 'form', vector: 'all', cap: 1 },
  'form, cap 0.5': { wording: 'form', vector: 'all', cap: 0.5 },
  'no wording': { wording: 'none', vector: 'all', cap: Infinity },
  'no wording, cap 1': { wording: 'none', vector: 'all', cap: 1 },
  'no priors': { wording: 'none', vector: 'none', cap: Infinity },
};

const group = (file: string) => (file.includes('dev.jsonl') ? 'dev' : file.includes('everyday.jsonl') ? 'everyday' : 'own');

/** A question's outcome under each reach, from one retrieval. */
async function outcomes(engine: Engine, text: string, model: JudgeModel): Promise<Record<string, Outcome>> {
  const ports = engine.ports;
  const q = understand(text, ports.vocabulary);
  if (q.problem) return Object.fromEntries(Object.keys(REACHES).map((k) => [k, 'not_covered' as Outcome]));
  const { hits, peaks, question } = await retrieve(q, ports, { ...settings.retrieve, k: settings.maxAnswers });
  const ctx = { idf: ports.idf, inPlan: ports.vocabulary.inPlan, sentences: ports.sentences, peaks, question, priors: model.priors };
  const all = judgeFeatures(q, hits, ctx);
  const form = judgeFeatures(q, hits, { ...ctx, reach: { wording: 'form', vector: 'all', cap: Infinity } });
  return Object.fromEntries(Object.entries(REACHES).map(([name, reach]) => [name,
    q.placeElsewhere || !hits.length ? 'not_covered' : modelOutcome(reach?.wording === 'form' ? form : all, { ...model, reach }).outcome]));
}

async function pairs(file: string, engine: Engine, model: JudgeModel, verbose: boolean) {
  const all = parsePairs(readFileSync(file, 'utf8'), file);
  const sides = [];
  for (const pair of all) sides.push({ pair, a: await outcomes(engine, pair.a, model), b: await outcomes(engine, pair.b, model) });
  for (const name of Object.keys(REACHES)) {
    const s = pairAgreement(sides.map(({ pair, a, b }) => ({ pair, a: a[name]!, b: b[name]! })));
    const answeredSame = sides.filter(({ a, b }) => (a[name] === 'answered') === (b[name] === 'answered')).length;
    console.log(`${name}: ${s.same} of ${s.pairs} same outcome (${(100 * s.rate).toFixed(1)} %); answered or not the same: ${answeredSame}`);
    if (verbose) for (const d of s.differing) console.log(`   ${describeDiffering(d)}`);
  }
}

const fitted = loadFittedParts();
const settings = answerSettings(fitted);

async function main() {
  const args = process.argv.slice(2);
  const pairsAt = args.indexOf('--pairs');
  if (pairsAt >= 0) {
    const engine = await createEngine(loadConfig(), cliLog, fitted);
    const base = engine.ports.dense ? settings.judge.dense : settings.judge.lexical;
    await pairs(resolve(args[pairsAt + 1]!), engine, { ...base, reach: undefined }, args.includes('--verbose'));
    return;
  }
  const halfAt = args.indexOf('--half');
  const half = halfAt >= 0 ? args[halfAt + 1] : 'tuning';
  const files = args.filter((a, i) => !a.startsWith('--') && i !== halfAt + 1);
  const questions = (files.length ? files : LABELLED_FILES).map((f) => resolve(f)).flatMap(readQuestions).filter((q) => q.half === half);
  const engine = await createEngine(loadConfig(), cliLog, fitted);
  const ports = engine.ports;
  const base = ports.dense ? settings.judge.dense : settings.judge.lexical;
  const model: JudgeModel = { ...base, reach: undefined };
  const forced: AnswerSettings = { ...settings, judge: { dense: { ...model, answerAbove: 0 }, lexical: { ...model, answerAbove: 0 } } };
  type Tally = { n: number; hit1: number; hit5: number; answerable: number; refused: number; unanswerable: number; declined: number };
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => tallies.get(key) ?? tallies.set(key, { n: 0, hit1: 0, hit5: 0, answerable: 0, refused: 0, unanswerable: 0, declined: 0 }).get(key)!;
  for (const lq of questions) {
    const q = understand(lq.question, ports.vocabulary);
    const shown = await engine.ask(lq.question, forced);
    const rank = scoreAnswer(lq, shown, engine.index.plan.text).rank;
    let features = null;
    if (!q.problem) {
      const { hits, peaks, question } = await retrieve(q, ports, { ...settings.retrieve, k: settings.maxAnswers });
      const ctx = { idf: ports.idf, inPlan: ports.vocabulary.inPlan, sentences: ports.sentences, peaks, question, priors: model.priors };
      features = { all: judgeFeatures(q, hits, ctx), form: judgeFeatures(q, hits, { ...ctx, reach: { wording: 'form', vector: 'all', cap: Infinity } }) };
    }
    for (const [name, reach] of Object.entries(REACHES)) {
      const answered = !!features && !q.placeElsewhere
        && modelOutcome(reach?.wording === 'form' ? features.form : features.all, { ...model, reach }).outcome === 'answered';
      for (const key of [`${name}|${group(lq.file)}`, `${name}|all`]) {
        const t = tally(key);
        t.n++;
        if (lq.evidence.length) {
          t.answerable++;
          if (!answered) t.refused++;
          else if (rank === 1) t.hit1++;
          if (answered && rank !== null && rank <= 5) t.hit5++;
        } else {
          t.unanswerable++;
          if (!answered) t.declined++;
        }
      }
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  const rows: Record<string, Record<string, string>> = {};
  for (const [key, t] of tallies) {
    rows[key] = { n: String(t.n), hit1: pct(t.hit1, t.answerable), hit5: pct(t.hit5, t.answerable), falseRefusals: `${t.refused} (${pct(t.refused, t.answerable)} %)`, declined: `${t.declined}/${t.unanswerable} (${pct(t.declined, t.unanswerable)} %)` };
  }
  console.log(`half: ${half}, ${questions.length} questions`);
  console.table(Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.split('|')[1]!.localeCompare(b.split('|')[1]!))));
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
