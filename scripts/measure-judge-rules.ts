// npx tsx scripts/measure-judge-rules.ts [--half tuning|heldout] [FILE.jsonl ...]
// npx tsx scripts/measure-judge-rules.ts --pairs PAIRS.jsonl [--half tuning|heldout]
// Measures the judge's rules chosen at inference time (judge.ts: PRIOR_REACH.decisive, how much the
// priors may take away when the evidence is decisive; RELATED_WITH_MODEL, the bars for related), with
// nothing refitted: each question is retrieved once, its passages ranked as an answered answer would
// show them, and its outcome decided under each rule below. Prints hit@1, hit@5, false refusals,
// unanswerable declined and how many declined got the right one of related and not covered, for dev,
// everyday and the project's own files (default: the tuning half of LABELLED_FILES; the priors were
// fitted on it, so their part is in sample there), and under each gate (GATES) on the outcome as answers
// decide it (a gate that fails turns answered into declined). With --pairs: the share of paraphrase pairs whose two
// sides get the same outcome (of all pairs, and of the pairs both sides of which are declined).
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../src/app/engine.js';
import type { AnswerSettings, Outcome } from '../src/answer/answer.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { answerSettings } from '../src/answer/fitted-parts.js';
import { answerProbability, evidenceLogOdds, judgeFeatures, modelOutcome, PRIOR_REACH, RELATED_WITH_MODEL, type JudgeFeatures, type JudgeModel } from '../src/answer/judge.js';
import { retrieve } from '../src/search/retrieve.js';
import { understand } from '../src/understand/question.js';
import { expectedOutcome, LABELLED_FILES, readQuestions } from '../src/eval/questions.js';
import { scoreAnswer } from '../src/eval/score.js';
import { halfOf } from '../src/eval/split.js';
import { pairAgreement, parsePairs } from '../src/eval/pairs.js';
import { loadConfig } from '../src/config.js';
import { cliLog } from '../src/cli/log.js';

const fitted = loadFittedParts();
const settings = answerSettings(fitted);
const base = (engine: Engine): JudgeModel => (engine.ports.dense ? settings.judge.dense : settings.judge.lexical);

/** The rules compared, each a change to the judge as answers use it. */
const RULES: Record<string, (m: JudgeModel) => JudgeModel> = {
  'cap 1.5, fitted related (round 1)': (m) => ({ ...m, reach: { ...PRIOR_REACH, decisive: undefined }, relatedRule: undefined }),
  'decisive takes ≤ 1': (m) => ({ ...m, reach: { ...PRIOR_REACH, decisive: 1 }, relatedRule: undefined }),
  'decisive takes ≤ 0.5': (m) => ({ ...m, reach: { ...PRIOR_REACH, decisive: 0.5 }, relatedRule: undefined }),
  'decisive takes nothing': (m) => ({ ...m, reach: { ...PRIOR_REACH, decisive: 0 }, relatedRule: undefined }),
  'related: sentenceSimilarity ≥ 0.26': (m) => ({ ...m, relatedRule: [{ feature: 'sentenceSimilarity', above: 0.26 }] }),
  'related: allCovered ≥ 0.2 & sentenceSimilarity ≥ 0.2': (m) => ({ ...m, relatedRule: [{ feature: 'allCovered', above: 0.2 }, { feature: 'sentenceSimilarity', above: 0.2 }] }),
  'related: allCovered ≥ 0.2 & sentenceSimilarity ≥ 0.3': (m) => ({ ...m, relatedRule: [{ feature: 'allCovered', above: 0.2 }, { feature: 'sentenceSimilarity', above: 0.3 }] }),
  'as answers use it (RELATED_WITH_MODEL, decisive 0)': (m) => ({ ...m, relatedRule: engineDense ? RELATED_WITH_MODEL : undefined }),
};
let engineDense = true;

/**
 * Evidence an answered outcome might be made to need (issue 21: a signal that declines more unanswerable
 * questions now that the priors are capped, without more false refusals), and a threshold raised instead.
 */
const GATES: Record<string, (f: JudgeFeatures, m: JudgeModel) => boolean> = {
  'answered needs sentenceSimilarity ≥ 0.25': (f) => f.sentenceSimilarity >= 0.25,
  'answered needs focusCovered ≥ 0.3': (f) => f.focusCovered >= 0.3,
  'answered needs focusAbsent < 0.7': (f) => f.focusAbsent < 0.7,
  'answered needs the heaviest word in the plan': (f) => f.mainAbsent === 0,
  'answered needs no specific figure missing': (f) => f.specificMissing < 0.5,
  'answered needs evidence log-odds ≥ 0.5': (f, m) => evidenceLogOdds(f, m) >= 0.5,
  'threshold 0.46': (f, m) => answerProbability(f, m) >= 0.46,
  'threshold 0.48': (f, m) => answerProbability(f, m) >= 0.48,
};

/** A question's outcome under each rule, from one retrieval. */
async function outcomes(engine: Engine, text: string): Promise<Record<string, Outcome>> {
  const ports = engine.ports;
  const q = understand(text, ports.vocabulary);
  if (q.problem) return Object.fromEntries([...Object.keys(RULES), ...Object.keys(GATES)].map((k) => [k, 'not_covered' as Outcome]));
  const { hits, peaks, question } = await retrieve(q, ports, { ...settings.retrieve, k: settings.maxAnswers });
  const model = base(engine);
  const f = judgeFeatures(q, hits, { idf: ports.idf, inPlan: ports.vocabulary.inPlan, sentences: ports.sentences, peaks, question, priors: model.priors, reach: model.reach });
  const declined = q.placeElsewhere || !hits.length;
  const used = RULES['as answers use it (RELATED_WITH_MODEL, decisive 0)']!(model);
  const asUsed = modelOutcome(f, used).outcome;
  return Object.fromEntries([
    ...Object.entries(RULES).map(([name, rule]) => [name, declined ? 'not_covered' : modelOutcome(f, rule(model)).outcome]),
    ...Object.entries(GATES).map(([name, gate]) => [name, declined ? 'not_covered' : asUsed === 'answered' && !gate(f, used) ? 'related' : asUsed]),
  ]);
}

const group = (file: string) => (file.includes('dev.jsonl') ? 'dev' : file.includes('everyday.jsonl') ? 'everyday' : 'own');
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

async function pairs(engine: Engine, file: string, half: string | undefined) {
  const all = parsePairs(readFileSync(file, 'utf8'), file).filter((p) => !half || halfOf(p.id) === half);
  const sides = [];
  for (const pair of all) sides.push({ pair, a: await outcomes(engine, pair.a), b: await outcomes(engine, pair.b) });
  for (const name of [...Object.keys(RULES), ...Object.keys(GATES)]) {
    const s = pairAgreement(sides.map(({ pair, a, b }) => ({ pair, a: a[name]!, b: b[name]! })));
    const declined = sides.filter(({ a, b }) => a[name] !== 'answered' && b[name] !== 'answered');
    const declinedSame = declined.filter(({ a, b }) => a[name] === b[name]).length;
    console.log(`${name}: ${s.same} of ${s.pairs} same outcome (${pct(s.same, s.pairs)} %); both declined ${declined.length}, same ${declinedSame}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const halfAt = args.indexOf('--half');
  const pairsAt = args.indexOf('--pairs');
  const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
  const engine = await createEngine(loadConfig(), cliLog, fitted);
  engineDense = engine.ports.dense !== null;
  if (pairsAt >= 0) return pairs(engine, resolve(args[pairsAt + 1]!), half);
  const files = args.filter((a, i) => !a.startsWith('--') && i !== halfAt + 1);
  const questions = (files.length ? files : LABELLED_FILES).map((f) => resolve(f)).flatMap(readQuestions).filter((q) => q.half === (half ?? 'tuning'));
  const model = base(engine);
  const forced: AnswerSettings = { ...settings, judge: { dense: { ...model, answerAbove: 0 }, lexical: { ...model, answerAbove: 0 } } };
  type Tally = { answerable: number; hit1: number; hit5: number; refused: number; unanswerable: number; declined: number; relatedRight: number };
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => tallies.get(key) ?? tallies.set(key, { answerable: 0, hit1: 0, hit5: 0, refused: 0, unanswerable: 0, declined: 0, relatedRight: 0 }).get(key)!;
  for (const lq of questions) {
    const rank = scoreAnswer(lq, await engine.ask(lq.question, forced), engine.index.plan.text).rank;
    const got = await outcomes(engine, lq.question);
    for (const [name, outcome] of Object.entries(got)) {
      for (const key of [`${name}|${group(lq.file)}`, `${name}|all`]) {
        const t = tally(key);
        if (lq.evidence.length) {
          t.answerable++;
          if (outcome !== 'answered') t.refused++;
          else if (rank === 1) t.hit1++;
          if (outcome === 'answered' && rank !== null && rank <= 5) t.hit5++;
        } else {
          t.unanswerable++;
          if (outcome !== 'answered') t.declined++;
          if (outcome !== 'answered' && outcome === expectedOutcome(lq)) t.relatedRight++;
        }
      }
    }
  }
  const rows: Record<string, Record<string, string>> = {};
  for (const [key, t] of tallies) {
    rows[key] = { hit1: pct(t.hit1, t.answerable), hit5: pct(t.hit5, t.answerable), falseRefusals: `${t.refused} of ${t.answerable}`, declined: `${t.declined} of ${t.unanswerable}`, relatedRight: `${t.relatedRight} of ${t.declined}` };
  }
  console.log(`half: ${half ?? 'tuning'}, ${questions.length} questions`);
  console.table(Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.split('|')[1]!.localeCompare(b.split('|')[1]!))));
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
