// The query adapter's folds (fitted by `npm run fit -- adapter`, scripts/fit-adapter.ts): the tuning
// question files dealt into five folds, and for each fold the adapter fitted without it, kept in
// data/fit/. crossFitted reads each tuning question through the adapter that never saw it, so the
// retrieval and judge fits, and `npm run eval -- --cross-fitted`, see signals as a new question would.
// The judge fit (scripts/fit-judge.ts) takes its question priors out of fold by the same folds and
// keeps each fold's priors here too; crossFitted has the judge read them when they are there.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Engine } from '../app/engine.js';
import { decodeAdapter, encodeAdapter, type QueryAdapter, type StoredQueryAdapter } from '../search/query-adapter.js';
import type { LabelledQuestion } from '../eval/questions.js';
import type { QuestionPriors } from '../answer/question-prior.js';

export const ADAPTER_FOLDS = 5;
export const FOLD_DIR = 'data/fit';
const foldFile = (k: number) => `${FOLD_DIR}/query-adapter-fold-${k}.json`;
const priorsFile = (k: number) => `${FOLD_DIR}/question-priors-fold-${k}.json`;

/** The folds: the question files (by name) holding tuning questions, sorted, dealt round-robin. */
export function adapterFolds(questions: readonly LabelledQuestion[]): string[][] {
  const files = [...new Set(questions.filter((q) => q.half === 'tuning').map((q) => basename(q.file)))].sort();
  return Array.from({ length: ADAPTER_FOLDS }, (_, k) => files.filter((_, i) => i % ADAPTER_FOLDS === k));
}

export function writeFoldAdapter(k: number, files: string[], adapter: QueryAdapter, fitted: Record<string, unknown>): void {
  mkdirSync(FOLD_DIR, { recursive: true });
  writeFileSync(foldFile(k), `${JSON.stringify({ files, adapter: encodeAdapter(adapter, { fold: k, ...fitted }) })}\n`);
}

/** The fold adapters written by `npm run fit -- adapter`, with the question files each was fitted without. */
function readFoldAdapters(): { files: string[]; adapter: QueryAdapter }[] {
  return Array.from({ length: ADAPTER_FOLDS }, (_, k) => {
    if (!existsSync(foldFile(k))) throw new Error(`${foldFile(k)} is missing: run npm run fit -- adapter first (tuning questions are read through the fold adapters)`);
    const stored = JSON.parse(readFileSync(foldFile(k), 'utf8')) as { files: string[]; adapter: StoredQueryAdapter };
    return { files: stored.files, adapter: decodeAdapter(stored.adapter) };
  });
}

/** The files of each fold: the stored fold adapters', or without a query adapter dealt afresh (adapterFolds). */
export function foldFiles(engine: Engine, questions: readonly LabelledQuestion[]): string[][] {
  return engine.queryAdapter ? readFoldAdapters().map((f) => f.files) : adapterFolds(questions);
}

export function writeFoldPriors(k: number, files: string[], priors: QuestionPriors): void {
  mkdirSync(FOLD_DIR, { recursive: true });
  writeFileSync(priorsFile(k), `${JSON.stringify({ files, priors })}\n`);
}

/** Fold k's question priors, if the judge fit wrote them for these files (null otherwise). */
function readFoldPriors(k: number, files: string[]): QuestionPriors | null {
  if (!existsSync(priorsFile(k))) return null;
  const stored = JSON.parse(readFileSync(priorsFile(k), 'utf8')) as { files: string[]; priors: QuestionPriors };
  return stored.files.join('\n') === files.join('\n') ? stored.priors : null;
}

/** Whether every fold has question priors fitted on the fold adapters' files (see crossFitted). */
export function hasFoldPriors(): boolean {
  return readFoldAdapters().every((f, k) => readFoldPriors(k, f.files) !== null);
}

/**
 * Items gathered through a query adapter that never saw their questions: a tuning question whose file
 * is in a fold, through that fold's adapter; every other question (held-out, or a file the adapter was
 * not fitted on), through the engine's. A fold's question priors, when the judge fit wrote them, replace
 * the judge's own for its questions. Without a query adapter (QUERY_ADAPTER=false, or no model), all
 * through the engine. The items come back grouped by adapter.
 */
export async function crossFitted<T>(engine: Engine, questions: LabelledQuestion[], gather: (engine: Engine, questions: LabelledQuestion[]) => Promise<T[]>): Promise<T[]> {
  if (!engine.queryAdapter) return gather(engine, questions);
  const folds = readFoldAdapters();
  const foldOf = (q: LabelledQuestion) => (q.half === 'tuning' ? folds.findIndex((f) => f.files.includes(basename(q.file))) : -1);
  const out: T[] = [];
  for (const [k, fold] of folds.entries()) {
    const mine = questions.filter((q) => foldOf(q) === k);
    if (!mine.length) continue;
    const view = engine.withQueryAdapter(fold.adapter);
    const priors = readFoldPriors(k, fold.files);
    out.push(...(await gather(priors ? view.withJudgePriors(priors) : view, mine)));
  }
  out.push(...(await gather(engine, questions.filter((q) => foldOf(q) < 0))));
  return out;
}
