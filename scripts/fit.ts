// npm run fit -- all | adapter|retrieval|judge [--write] [--heldout] [--lexical] [--only chinese|english]
// Fits on the tuning half of every labelled question set (src/eval/questions.ts), prints the fit
// (--heldout: the held-out half too, for reporting only) and with --write saves it in fitted/ as JSON,
// with its record (counts, in-sample and out-of-fold figures, commit, question files) in
// fitted/manifest.json (src/adapters/fitted-files.ts):
//   all        every fit below in order, each written (see fit-all.ts): what a changed question file needs;
//   adapter    the query adapter (fitted/query-adapter.json), see fit-adapter.ts; run it first:
//              the two fits below read each tuning question through the adapter fitted without it;
//   retrieval  the signal weights (fitted/rank-weights.json): a listwise fit (src/fit/listwise.ts)
//              making the passages whose plan block holds the evidence most probable; it prints the
//              current and fitted weights' block-level hit@1/hit@5/MRR@10, the fitted ones also out of
//              fold (5-fold cross-validation), what to decide on; --only chinese|english writes one group;
//              --lexical fits the weights used when answering without the embedding model;
//   judge      the answerability model (fitted/judge.json): L2-regularised logistic regression
//              on the judge's features, answered vs not; its threshold keeps false refusals on the
//              tuning half at most MAX_FALSE_REFUSALS, and a second threshold splits related from not covered;
//              with it the question priors it reads (fitted/wording-prior.json, vector-prior.json; see
//              question-prior.ts), whose scores the fit takes out of fold by the adapter's file folds;
//              --lexical fits the model used when answering without the embedding model (judge-lexical.json).
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { createEngine, type Engine } from '../src/app/engine.js';
import { loadConfig } from '../src/config.js';
import { squash } from '../src/plan/whitespace.js';
import { LABELLED_FILES, readQuestions, type LabelledQuestion } from '../src/eval/questions.js';
import { gatherCandidates, rankCandidates, type Candidate, type RankWeights, type RankWeightsByLanguage } from '../src/search/retrieve.js';
import { FITTED_DIR, loadFittedParts, readFittedManifest, writeFittedPart } from '../src/adapters/fitted-files.js';
import type { FittedParts } from '../src/answer/fitted-parts.js';
import { configuredModel } from '../src/config.js';
import { gitCommit } from './fit-commit.js';
import { questionFileRecords } from '../src/fit/question-files.js';
import { fitAll } from './fit-all.js';
import { understand } from '../src/understand/question.js';
import { cliLog } from '../src/cli/log.js';
import { fitJudge } from './fit-judge.js';
import { fitAdapter } from './fit-adapter.js';
import { crossFitted } from '../src/fit/adapter-folds.js';
import { fitListwise, type RankingCase } from '../src/fit/listwise.js';
import { summariseRanks } from '../src/eval/score.js';

const DEPTH = 50;

interface Case {
  question: LabelledQuestion;
  language: string;
  candidates: Candidate[];
  /** Plan blocks whose text holds an evidence string. */
  gold: Set<number>;
}

async function casesOf(engine: Engine, questions: LabelledQuestion[]): Promise<Case[]> {
  const blocks = engine.index.plan.blocks.map((b) => squash(b.text));
  const cases: Case[] = [];
  for (const question of questions.filter((q) => q.evidence.length)) {
    const evidence = question.evidence.map(squash);
    const gold = new Set(blocks.flatMap((b, i) => (evidence.some((e) => b.includes(e)) ? [i] : [])));
    const q = understand(question.question, engine.ports.vocabulary);
    cases.push({ question, language: q.language, candidates: await gatherCandidates(q, engine.ports, DEPTH), gold });
  }
  return cases;
}

function rankOf(c: Case, chunks: Engine['index']['chunks'], w: RankWeights): number | null {
  const hits = rankCandidates(c.candidates, chunks, w, 10);
  const at = hits.findIndex((h) => c.gold.has(h.passage.block));
  return at >= 0 ? at + 1 : null;
}

const measure = (cases: Case[], chunks: Engine['index']['chunks'], w: RankWeights) => summariseRanks(cases.map((c) => rankOf(c, chunks, w)));

const SIGNALS: (keyof RankWeights)[] = ['lexical', 'passage', 'sentence', 'figure', 'indicator', 'year', 'covered', 'defines'];

/**
 * The L2 penalty of the listwise fit, on the loss summed over the questions (about 400 English and
 * 1,400 Chinese ones): 0.1 and 0.3 rank equally out of fold, 1 and 3 worse.
 */
const LAMBDA = 0.3;
const FOLDS = 5;

const rankingCase = (c: Case, chunks: Engine['index']['chunks']): RankingCase => ({
  features: c.candidates.map((x) => SIGNALS.map((k) => x.signals[k])),
  right: c.candidates.map((x) => c.gold.has(chunks[x.chunk]?.block ?? -1)),
});

/** The listwise fit of the signal weights, scaled so lexical counts 1 (only ratios matter), to 3 decimals. */
function fitWeights(cases: Case[], chunks: Engine['index']['chunks']): RankWeights {
  const w = fitListwise(cases.map((c) => rankingCase(c, chunks)), LAMBDA);
  const lexical = w[SIGNALS.indexOf('lexical')]!;
  const unit = lexical > 0 ? lexical : 1;
  return Object.fromEntries(SIGNALS.map((k, j) => [k, Number((w[j]! / unit).toFixed(3))])) as RankWeights;
}

/** Each question ranked with weights fitted on the other folds (question i in fold i mod FOLDS). */
function outOfFold(cases: Case[], chunks: Engine['index']['chunks']) {
  const ranks = new Array<number | null>(cases.length).fill(null);
  for (let k = 0; k < FOLDS; k++) {
    const w = fitWeights(cases.filter((_, i) => i % FOLDS !== k), chunks);
    cases.forEach((c, i) => {
      if (i % FOLDS === k) ranks[i] = rankOf(c, chunks, w);
    });
  }
  return summariseRanks(ranks);
}

const GROUPS = ['chinese', 'english', 'withoutModel'] as const;
type Group = (typeof GROUPS)[number];

/**
 * Writes every group's weights to fitted/rank-weights.json with each refitted group's figures in the
 * manifest (a group not refitted keeps its record). The Chinese and English weights are for the
 * embedding model; the part records the model of the fit that wrote them.
 */
function writeWeights(w: RankWeightsByLanguage, table: Record<string, ReturnType<typeof measure>>, groups: readonly Group[], model: string) {
  const before = readFittedManifest().parts.rankWeights?.fitted ?? {};
  const figures = Object.fromEntries(groups.map((g) => {
    const { questions, ...inSample } = table[`${g}, fitted, tuning`]!;
    const { questions: _, ...outOfFold } = table[`${g}, fitted, out of fold`]!;
    return [g, { questions, inSample, outOfFold }];
  }));
  writeFittedPart('rankWeights', { chinese: w.chinese, english: w.english, withoutModel: w.withoutModel }, {
    model, fittedBy: 'npm run fit -- retrieval --write; npm run fit -- retrieval --lexical --write', commit: gitCommit(), fitted: { ...before, ...figures },
  }, questionFileRecords());
}

async function fitRetrieval(engine: Engine, all: LabelledQuestion[], flags: string[], current: FittedParts) {
  const chunks = engine.index.chunks;
  // Each tuning question's signals read through the query adapter fitted without it (fit-adapter.ts).
  const tuning = await crossFitted(engine, all.filter((q) => q.half === 'tuning'), casesOf);
  const heldout = flags.includes('--heldout') ? await casesOf(engine, all.filter((q) => q.half === 'heldout')) : [];
  // Without the model (--lexical) one group serves every question; with it, Chinese and English apart.
  const groupOf = (c: Case): Group => (!engine.embedder ? 'withoutModel' : c.language === 'en' ? 'english' : 'chinese');
  const only = flags.includes('--only') ? flags[flags.indexOf('--only') + 1] : undefined;
  if (only !== undefined && only !== 'chinese' && only !== 'english') throw new Error(`--only takes chinese or english, not ${only}`);
  const groups = !engine.embedder ? (['withoutModel'] as const) : (['chinese', 'english'] as const).filter((g) => !only || g === only);
  const fitted = { ...current.rankWeights };
  const table: Record<string, ReturnType<typeof measure>> = {};
  for (const group of groups) {
    const mine = (cases: Case[]) => cases.filter((c) => groupOf(c) === group);
    fitted[group] = fitWeights(mine(tuning), chunks);
    table[`${group}, current, tuning`] = measure(mine(tuning), chunks, current.rankWeights[group]);
    table[`${group}, fitted, tuning`] = measure(mine(tuning), chunks, fitted[group]);
    table[`${group}, fitted, out of fold`] = outOfFold(mine(tuning), chunks);
    if (heldout.length) table[`${group}, fitted, held-out`] = measure(mine(heldout), chunks, fitted[group]);
  }
  console.table(table);
  console.log('fitted weights:', JSON.stringify(fitted));
  if (flags.includes('--write')) {
    writeWeights(fitted, table, groups, engine.embedder?.modelId ?? current.embeddingModel);
    console.log(`written to ${FITTED_DIR}rank-weights.json`);
  }
}

/** The fitted parts a fit starts from: those in fitted/, whatever model they were fitted for (a fit for another model replaces them). */
function startingParts(model: string | null): FittedParts {
  const parts = loadFittedParts(FITTED_DIR, { checkModels: false });
  return { ...parts, embeddingModel: model ?? parts.embeddingModel };
}

const USAGE = 'usage: npm run fit -- all | adapter|retrieval|judge [--write] [--heldout] [--lexical] [--only chinese|english]';

async function main() {
  const [what, ...flags] = process.argv.slice(2);
  if (what === 'all') return fitAll(flags);
  const fits: Record<string, typeof fitRetrieval> = { adapter: fitAdapter, retrieval: fitRetrieval, judge: fitJudge };
  const fit = what ? fits[what] : undefined;
  if (!fit) {
    console.error(USAGE);
    process.exit(2);
  }
  const lexical = flags.includes('--lexical');
  if (lexical && what === 'adapter') throw new Error('--lexical fits for answering without the model; the query adapter has no meaning there');
  const config = loadConfig(lexical ? { ...process.env, EMBED_MODEL: 'none' } : process.env);
  const current = startingParts(configuredModel(config));
  const engine = await createEngine(config, cliLog, current);
  if (!lexical && !engine.embedder) throw new Error('fitting needs the embedding model (npm run fetch-model)');
  await fit(engine, LABELLED_FILES.flatMap(readQuestions), flags, current);
}

main().catch((err: Error) => {
  console.error(`fit failed: ${err.message}`);
  process.exit(1);
});
