// `npm run fit -- adapter [--write]`: fits the query adapter (src/search/query-adapter.ts) on the
// tuning half's answerable questions, in five folds by question file (each file's questions were
// written together, so a fold never sees its own writer's phrasing) and then on all of them. It
// prints each fold's dense-only block hit@1/MRR@10 without and with the adapter, out of fold, and keeps
// the fold adapters in data/fit/ so the retrieval and judge fits can read each tuning question's
// signals through an adapter that never saw it (src/fit/adapter-folds.ts). --write saves the adapter
// fitted on all to fitted/query-adapter.json, its figures in fitted/manifest.json.
import { basename } from 'node:path';
import type { Engine } from '../src/app/engine.js';
import { dot, questionVector } from '../src/adapters/dense.js';
import { FITTED_DIR, writeFittedPart } from '../src/adapters/fitted-files.js';
import type { FittedParts } from '../src/answer/fitted-parts.js';
import { questionFileRecords } from '../src/fit/question-files.js';
import { gitCommit } from './fit-commit.js';
import type { LabelledQuestion } from '../src/eval/questions.js';
import { adapterList, fitQueryAdapter, type AdapterCase } from '../src/fit/query-adapter-fit.js';
import { squash } from '../src/plan/whitespace.js';
import { summariseRanks } from '../src/eval/score.js';
import { adaptQuery, encodeAdapter, type QueryAdapter } from '../src/search/query-adapter.js';
import { ADAPTER_FOLDS as FOLDS, adapterFolds, writeFoldAdapter } from '../src/fit/adapter-folds.js';
import { understand } from '../src/understand/question.js';

/** Softmax sharpness, pull toward the identity, candidates per list, L-BFGS iterations (converged by ~60). */
const SETTINGS = { scale: 20, lambda: 0.01, depth: 100, iterations: 80 };

interface Labelled {
  question: LabelledQuestion;
  english: boolean;
  vector: Float32Array;
  gold: Set<number>;
}

async function labelled(engine: Engine, questions: LabelledQuestion[]): Promise<Labelled[]> {
  const embedder = engine.embedder;
  if (!embedder) throw new Error('fitting the query adapter needs the embedding model (npm run fetch-model)');
  const blocks = engine.index.plan.blocks.map((b) => squash(b.text));
  const out: Labelled[] = [];
  for (const question of questions.filter((q) => q.evidence.length)) {
    const evidence = question.evidence.map(squash);
    const q = understand(question.question, engine.ports.vocabulary);
    out.push({
      question,
      english: q.language === 'en',
      vector: await questionVector((t) => embedder.embedQuery(t), q.denseTexts),
      gold: new Set(blocks.flatMap((b, i) => (evidence.some((e) => b.includes(e)) ? [i] : []))),
    });
    if (out.length % 500 === 0) console.error(`  embedded ${out.length} questions`);
  }
  return out;
}

/** Dense-only ranking of plan blocks by passage similarity: each question's evidence block rank (1–10), or null. */
function denseRanks(items: Labelled[], passages: Float32Array[], blockOf: (chunk: number) => number, adapter: QueryAdapter | null): (number | null)[] {
  return items.map((it) => {
    const v = adapter ? adaptQuery(adapter, it.vector) : it.vector;
    const order = passages.map((p, i) => ({ i, s: dot(p, v) })).sort((a, b) => b.s - a.s);
    const seen: number[] = [];
    for (const { i } of order) {
      if (!seen.includes(blockOf(i))) seen.push(blockOf(i));
      if (seen.length === 10) break;
    }
    const at = seen.findIndex((b) => it.gold.has(b));
    return at >= 0 ? at + 1 : null;
  });
}

export async function fitAdapter(engine: Engine, all: LabelledQuestion[], flags: string[], _current: FittedParts) {
  const vectors = engine.index.vectors;
  const embedder = engine.embedder;
  if (!vectors || !embedder) throw new Error('fitting the query adapter needs the embedding model and a built index with vectors');
  const chunks = engine.index.chunks;
  const passages = chunks.map((_, i) => vectors.passages.vector(i));
  const sentences = engine.ports.sentences.map((_, i) => vectors.sentences.vector(i));
  const blockOf = (chunk: number) => chunks[chunk]?.block ?? -1;
  const sentenceBlock = (s: number) => blockOf(engine.ports.sentences[s]!.chunk);
  const tuning = all.filter((q) => q.half === 'tuning');
  console.error(`embedding ${tuning.length} tuning questions…`);
  const items = await labelled(engine, tuning);
  const caseOf = (it: Labelled): AdapterCase => ({
    query: it.vector,
    lists: [
      adapterList(it.vector, passages, (i) => it.gold.has(blockOf(i)), SETTINGS.depth),
      adapterList(it.vector, sentences, (i) => it.gold.has(sentenceBlock(i)), SETTINGS.depth),
    ],
  });
  const fit = (train: Labelled[], label: string): QueryAdapter => {
    const started = Date.now();
    const matrix = fitQueryAdapter({ dims: embedder.dims, tables: [passages, sentences], cases: train.map(caseOf) }, {
      ...SETTINGS,
      onIteration: (it, value) => {
        if (it % 10 === 0) console.error(`  ${label}: iteration ${it}/${SETTINGS.iterations}, loss ${value.toFixed(4)}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      },
    });
    return { model: embedder.modelId, dims: embedder.dims, matrix };
  };
  const folds = adapterFolds(tuning);
  const pooled: Record<string, (number | null)[]> = {};
  for (const [k, files] of folds.entries()) {
    const inFold = (it: Labelled) => files.includes(basename(it.question.file));
    const adapter = fit(items.filter((it) => !inFold(it)), `fold ${k + 1}/${FOLDS}`);
    writeFoldAdapter(k, files, adapter, SETTINGS);
    for (const english of [false, true]) {
      const test = items.filter((it) => inFold(it) && it.english === english);
      for (const [name, a] of [['without', null], ['with', adapter]] as const) {
        (pooled[`${english ? 'english' : 'chinese'}, ${name} adapter, out of fold`] ??= []).push(...denseRanks(test, passages, blockOf, a));
      }
    }
  }
  const table = Object.fromEntries(Object.entries(pooled).map(([key, ranks]) => [key, summariseRanks(ranks)]));
  console.log('dense search alone, passage vectors, evidence block:');
  console.table(table);
  const final = fit(items, 'all tuning questions');
  if (flags.includes('--write')) {
    const fitted = { questions: items.length, folds: FOLDS, ...SETTINGS, outOfFold: table };
    const { dims, matrix } = encodeAdapter(final, fitted);
    writeFittedPart('queryAdapter', { dims, matrix }, { model: final.model, fittedBy: 'npm run fit -- adapter --write', commit: gitCommit(), fitted }, questionFileRecords());
    console.log(`written to ${FITTED_DIR}query-adapter.json`);
  }
}
