// npx tsx scripts/measure-judge-dump.ts OUT.jsonl [--half tuning|heldout] [FILE.jsonl ...]
// npx tsx scripts/measure-judge-dump.ts OUT.jsonl --pairs PAIRS.jsonl (tuning-half pairs only)
// Writes, for each labelled question (default: the tuning half of LABELLED_FILES), one JSON line with
// what the judge reads and decides: its features, the evidence's and the priors' log-odds (uncapped),
// the outcome answers give, the rank of its evidence when an answer is forced, and the concepts as
// understood. For studying the judge offline (which rule or signal would decline more unanswerable
// questions without more false refusals) without retrieving each question once per idea. Pairs are
// read from the tuning half only (src/eval/split.ts): the held-out half's pairs are not to be looked at.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { createEngine, type Engine } from '../src/app/engine.js';
import type { AnswerSettings } from '../src/answer/answer.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { answerSettings } from '../src/answer/fitted-parts.js';
import { evidenceLogOdds, judgeFeatures, priorLogOdds, type JudgeModel } from '../src/answer/judge.js';
import { retrieve } from '../src/search/retrieve.js';
import { understand } from '../src/understand/question.js';
import { expectedOutcome, LABELLED_FILES, readQuestions } from '../src/eval/questions.js';
import { scoreAnswer } from '../src/eval/score.js';
import { halfOf } from '../src/eval/split.js';
import { parsePairs } from '../src/eval/pairs.js';
import { loadConfig } from '../src/config.js';
import { cliLog } from '../src/cli/log.js';

const fitted = loadFittedParts();
const settings = answerSettings(fitted);

/** What the judge reads of one question, and what answers decide for it. */
async function judged(engine: Engine, text: string) {
  const ports = engine.ports;
  const model: JudgeModel = ports.dense ? settings.judge.dense : settings.judge.lexical;
  const answer = await engine.ask(text);
  const q = understand(text, ports.vocabulary);
  if (q.problem) return { outcome: answer.outcome, problem: q.problem };
  const { hits, peaks, question } = await retrieve(q, ports, { ...settings.retrieve, k: settings.maxAnswers });
  const f = judgeFeatures(q, hits, { idf: ports.idf, inPlan: ports.vocabulary.inPlan, sentences: ports.sentences, peaks, question, priors: model.priors, reach: model.reach });
  return {
    outcome: answer.outcome,
    reason: answer.reason?.code ?? null,
    features: f,
    evidence: evidenceLogOdds(f, model),
    priorCapped: priorLogOdds(f, model),
    priorRaw: priorLogOdds(f, { ...model, reach: undefined }),
    language: q.language,
    placeElsewhere: q.placeElsewhere,
    figure: q.figure,
    concepts: q.concepts.map((c) => ({ word: c.word, forms: c.forms.slice(0, 4), inFocus: c.inFocus, inPlan: c.inPlan, w: Number(c.weight.toFixed(2)), idf: Number(ports.idf(c.word).toFixed(2)) })),
    untranslated: q.untranslated,
    top: hits.slice(0, 3).map((h) => h.passage.text.slice(0, 60)),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const out = args[0]!;
  const halfAt = args.indexOf('--half');
  const pairsAt = args.indexOf('--pairs');
  const half = halfAt >= 0 ? args[halfAt + 1] : 'tuning';
  const engine = await createEngine(loadConfig(), cliLog, fitted);
  const lines: string[] = [];
  if (pairsAt >= 0) {
    const file = resolve(args[pairsAt + 1]!);
    for (const pair of parsePairs(readFileSync(file, 'utf8'), file).filter((p) => halfOf(p.id) === 'tuning')) {
      lines.push(JSON.stringify({ pair, a: await judged(engine, pair.a), b: await judged(engine, pair.b) }));
    }
  } else {
    const files = args.slice(1).filter((a, i) => !a.startsWith('--') && i + 1 !== halfAt + 1);
    const questions = (files.length ? files : LABELLED_FILES).map((f) => resolve(f)).flatMap(readQuestions).filter((q) => q.half === half);
    const model = engine.ports.dense ? settings.judge.dense : settings.judge.lexical;
    const forced: AnswerSettings = { ...settings, judge: { dense: { ...model, answerAbove: 0 }, lexical: { ...model, answerAbove: 0 } } };
    for (const lq of questions) {
      const rank = scoreAnswer(lq, await engine.ask(lq.question, forced), engine.index.plan.text).rank;
      lines.push(JSON.stringify({ id: lq.id, file: lq.file.split('/').pop(), question: lq.question, kind: lq.kind, expected: expectedOutcome(lq), rank, ...(await judged(engine, lq.question)) }));
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} lines written to ${out}`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
