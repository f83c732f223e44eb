// Adapter: the fitted parts as JSON files in fitted/ with a manifest.json (written by `npm run fit --
// all`, scripts/fit.ts), read once and checked: the manifest's schema, every file against its sha256,
// and each model-bound part against the manifest's embedding model. A part that does not match is
// refused with an error naming the fix; nothing falls back to other values.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FittedParts } from '../answer/fitted-parts.js';
import type { JudgeModel } from '../answer/judge.js';
import type { VectorPrior, WordingPrior } from '../answer/question-prior.js';
import { decodeAdapter, type StoredQueryAdapter } from '../search/query-adapter.js';
import type { RankWeightsByLanguage } from '../search/retrieve.js';

export const FITTED_DIR = fileURLToPath(new URL('../../fitted/', import.meta.url));
export const FITTED_SCHEMA = 1;
export const REFIT_COMMAND = 'npm run fit -- all';

/** Each fitted part's file in fitted/. */
export const PART_FILES = {
  queryAdapter: 'query-adapter.json',
  rankWeights: 'rank-weights.json',
  judge: 'judge.json',
  judgeLexical: 'judge-lexical.json',
  wordingPrior: 'wording-prior.json',
  vectorPrior: 'vector-prior.json',
} as const;
export type PartName = keyof typeof PART_FILES;

/** A question file the parts were fitted on (its tuning half): what it held when they were. */
export interface QuestionFileRecord {
  file: string;
  sha256: string;
  questions: number;
  tuning: number;
}

export interface PartRecord {
  file: string;
  sha256: string;
  /** The embedding model it was fitted for; null: fitted without one (it reads no vectors). */
  model: string | null;
  /** The command that writes it. */
  fittedBy: string;
  /** The commit of the code that fitted it. */
  commit: string;
  /** sha256 over the question files' sha256s (questionFilesDigest) when it was fitted. */
  questionFiles: string;
  /** What the fit printed: counts, in-sample and out-of-fold figures. */
  fitted: Record<string, unknown>;
}

export interface FittedManifest {
  schema: number;
  embeddingModel: string;
  /** The question files of the latest fit, with their sha256 (a changed file: refit). */
  questionFiles: QuestionFileRecord[];
  parts: Record<PartName, PartRecord>;
}

/** A part's file as stored: the values and, beside them, the model they were fitted for. */
type Stored<T> = T & { model?: string | null };

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** One digest for a list of question files: sha256 over their names and sha256s, in order. */
export const questionFilesDigest = (files: readonly QuestionFileRecord[]): string =>
  sha256(files.map((f) => `${f.file} ${f.sha256}\n`).join(''));

export function readFittedManifest(dir = FITTED_DIR): FittedManifest {
  const at = join(dir, 'manifest.json');
  if (!existsSync(at)) throw new Error(`${shown(at)} is missing: restore it with git checkout fitted/, or refit with ${REFIT_COMMAND}`);
  const manifest = JSON.parse(readFileSync(at, 'utf8')) as FittedManifest;
  if (manifest.schema !== FITTED_SCHEMA) {
    throw new Error(`${shown(at)} has schema ${manifest.schema}, this code reads ${FITTED_SCHEMA}: refit with ${REFIT_COMMAND}`);
  }
  return manifest;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** A part's values, after its bytes are checked against the manifest and (checkModels) its model against the manifest's. */
function readCheckedPart<T>(dir: string, manifest: FittedManifest, name: PartName, checkModels: boolean): Stored<T> {
  const record = manifest.parts[name];
  if (!record) throw new Error(`${shown(join(dir, 'manifest.json'))} names no ${name}: refit with ${REFIT_COMMAND}`);
  const at = join(dir, record.file);
  if (!existsSync(at)) throw new Error(`${shown(at)} (the ${name}) is missing: restore it with git checkout fitted/, or refit with ${REFIT_COMMAND}`);
  const bytes = readFileSync(at);
  if (sha256(bytes) !== record.sha256) {
    throw new Error(`${shown(at)} does not match its sha256 in manifest.json (edited or half-written): restore it with git checkout fitted/, or refit with ${REFIT_COMMAND}`);
  }
  const stored = JSON.parse(bytes.toString('utf8')) as Stored<T>;
  const model = stored.model ?? null;
  if (checkModels && (record.model !== model || (model !== null && model !== manifest.embeddingModel))) {
    throw new Error(`${shown(at)} was fitted for ${model ?? 'no embedding model'}, but manifest.json says ${record.model ?? 'none'} and the parts are for ${manifest.embeddingModel}: refit with ${REFIT_COMMAND}`);
  }
  return stored;
}

const withoutMeta = <T extends object>(stored: T): Omit<T, 'model' | 'fitted' | 'priors'> => {
  const { model: _m, fitted: _f, priors: _p, ...values } = stored as T & { model?: unknown; fitted?: unknown; priors?: unknown };
  return values;
};

/** A judge as stored: its coefficients, and which priors it reads (kept in their own files). */
type StoredJudge = Omit<JudgeModel, 'priors'> & { priors: ('wording' | 'vector')[] };

/**
 * Every fitted part, read and checked once (see the file's head). checkModels false: for a fit, which
 * starts from the parts there are while some are being refitted for another model.
 */
export function loadFittedParts(dir = FITTED_DIR, { checkModels = true } = {}): FittedParts {
  const manifest = readFittedManifest(dir);
  const readPart = <T>(d: string, m: FittedManifest, name: PartName) => readCheckedPart<T>(d, m, name, checkModels);
  const wording = withoutMeta(readPart<WordingPrior>(dir, manifest, 'wordingPrior'));
  const vector = { ...withoutMeta(readPart<VectorPrior>(dir, manifest, 'vectorPrior')), model: manifest.parts.vectorPrior.model! };
  const judgeOf = (name: 'judge' | 'judgeLexical'): JudgeModel => {
    const stored = readPart<StoredJudge>(dir, manifest, name);
    const reads = stored.priors;
    return { ...withoutMeta(stored), priors: { ...(reads.includes('wording') ? { wording } : {}), ...(reads.includes('vector') ? { vector } : {}) } };
  };
  return {
    embeddingModel: manifest.embeddingModel,
    queryAdapter: decodeAdapter(readPart<StoredQueryAdapter>(dir, manifest, 'queryAdapter')),
    rankWeights: withoutMeta(readPart<RankWeightsByLanguage>(dir, manifest, 'rankWeights')),
    judge: judgeOf('judge'),
    judgeLexical: judgeOf('judgeLexical'),
  };
}

/**
 * Writes one part's file (atomically) and its record in the manifest, with the question files it was
 * fitted on as the manifest's latest; the embedding model of a model-bound part becomes the manifest's.
 */
export function writeFittedPart(
  name: PartName,
  values: object,
  record: Omit<PartRecord, 'file' | 'sha256' | 'questionFiles'>,
  questionFiles: QuestionFileRecord[],
  dir = FITTED_DIR,
): void {
  mkdirSync(dir, { recursive: true });
  const file = PART_FILES[name];
  const text = `${JSON.stringify({ model: record.model, ...values, fitted: record.fitted })}\n`;
  atomicWrite(join(dir, file), text);
  const before = existsSync(join(dir, 'manifest.json')) ? readFittedManifest(dir) : null;
  const manifest: FittedManifest = {
    schema: FITTED_SCHEMA,
    embeddingModel: record.model ?? before?.embeddingModel ?? 'none',
    questionFiles,
    parts: { ...before?.parts, [name]: { file, sha256: sha256(text), ...record, questionFiles: questionFilesDigest(questionFiles) } } as FittedManifest['parts'],
  };
  atomicWrite(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function atomicWrite(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
