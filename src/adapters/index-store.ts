// Adapter: reads and writes a built index directory. Writes go to a temporary sibling directory that
// is renamed into place, so a crash mid-build never leaves a half-written index.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Chunk } from '../chunk/chunk.js';
import type { PlanDocument } from '../plan/types.js';
import { manifestProblems, StaleIndexError, type ExpectedIndex, type IndexManifest } from '../index/manifest.js';
import { loadVectorIndex, type VectorIndex } from './vector-index.js';

export interface IndexFiles<Extra> {
  manifest: IndexManifest;
  plan: PlanDocument;
  chunks: Chunk[];
  /** Further JSON artefacts (targets, lexicon), keyed by file stem. */
  extra: Extra;
}

/** The HNSW indexes of one build: passages (label = chunk position), sentences (label = sentence position). */
export interface VectorIndexes {
  passages: VectorIndex;
  sentences: VectorIndex;
}

export interface LoadedIndex<Extra> extends IndexFiles<Extra> {
  vectors: VectorIndexes | null;
}

const VECTOR_FILES: Record<keyof VectorIndexes, string> = { passages: 'vectors.hnsw', sentences: 'sentences.hnsw' };

export async function writeIndex<Extra extends Record<string, unknown>>(
  dir: string,
  files: IndexFiles<Extra>,
  vectors: VectorIndexes | null,
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  if (vectors) for (const [name, file] of Object.entries(VECTOR_FILES)) await vectors[name as keyof VectorIndexes].save(join(tmp, file));
  writeFileSync(join(tmp, 'plan.json'), JSON.stringify(files.plan));
  writeFileSync(join(tmp, 'chunks.json'), JSON.stringify(files.chunks));
  for (const [name, value] of Object.entries(files.extra)) writeFileSync(join(tmp, `${name}.json`), JSON.stringify(value));
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(files.manifest, null, 2)); // last: marks completeness
  const old = `${dir}.old-${process.pid}`;
  mkdirSync(dirname(dir), { recursive: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

export function readManifest(dir: string): IndexManifest | null {
  const path = join(dir, 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as IndexManifest) : null;
}

export async function readIndex<Extra>(
  dir: string,
  expected: ExpectedIndex,
  extraNames: (keyof Extra & string)[],
): Promise<LoadedIndex<Extra>> {
  const manifest = readManifest(dir);
  if (!manifest) throw new StaleIndexError(dir, ['no index has been built there']);
  const problems = manifestProblems(manifest, expected);
  if (problems.length) throw new StaleIndexError(dir, problems);
  const json = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const extra = Object.fromEntries(extraNames.map((n) => [n, json(n)])) as Extra;
  const model = expected.modelId ? manifest.model : null;
  const vectors = model
    ? {
        passages: await loadVectorIndex(join(dir, VECTOR_FILES.passages), model.dims),
        sentences: await loadVectorIndex(join(dir, VECTOR_FILES.sentences), model.dims),
      }
    : null;
  return { manifest, plan: json('plan'), chunks: json('chunks'), extra, vectors };
}
