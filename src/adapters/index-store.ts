// Adapter: reads and writes a built index directory. Writes go to a new sibling folder that is renamed
// into place, so a crash mid-build never leaves a half-written index; the manifest, written last,
// carries each file's sha256. Reading checks every file against it and names the file and the fix
// when one is missing or corrupt, before any of it reaches JSON.parse or hnswlib.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Chunk } from '../chunk/chunk.js';
import type { PlanDocument } from '../plan/types.js';
import { IndexFileError, manifestProblems, StaleIndexError, type ExpectedIndex, type IndexManifest } from '../index/manifest.js';
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
  /** Why this index does not match what the process expects (readIndex with allowStale); empty when it does. */
  staleness: string[];
}

const VECTOR_FILES: Record<keyof VectorIndexes, string> = { passages: 'vectors.hnsw', sentences: 'sentences.hnsw' };
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export async function writeIndex<Extra extends Record<string, unknown>>(
  dir: string,
  files: IndexFiles<Extra>,
  vectors: VectorIndexes | null,
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  if (vectors) for (const [name, file] of Object.entries(VECTOR_FILES)) await vectors[name as keyof VectorIndexes].save(join(tmp, file));
  const json: Record<string, unknown> = { plan: files.plan, chunks: files.chunks, ...files.extra };
  for (const [name, value] of Object.entries(json)) writeFileSync(join(tmp, `${name}.json`), JSON.stringify(value));
  const written = [...Object.keys(json).map((n) => `${n}.json`), ...(vectors ? Object.values(VECTOR_FILES) : [])];
  const checksums = Object.fromEntries(written.map((f) => [f, sha256(join(tmp, f))]));
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ ...files.manifest, files: checksums }, null, 2)); // last: marks completeness
  const old = `${dir}.old-${process.pid}`;
  mkdirSync(dirname(dir), { recursive: true });
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (err) {
    // Another process sharing INDEX_DIR put its complete build there first: keep that one.
    if (!existsSync(join(dir, 'manifest.json'))) throw err;
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

export function readManifest(dir: string): IndexManifest | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as IndexManifest;
  } catch (err) {
    throw new IndexFileError(path, `is corrupt (${(err as Error).message})`);
  }
}

/** The file's path, once it is there and matches the manifest's checksum. */
function checkedFile(dir: string, name: string, manifest: IndexManifest): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new IndexFileError(path, 'is missing');
  const expected = manifest.files?.[name];
  if (expected && sha256(path) !== expected) throw new IndexFileError(path, 'does not match its sha256 in manifest.json (corrupt, or changed since the build)');
  return path;
}

function readJson(dir: string, name: string, manifest: IndexManifest): any {
  const path = checkedFile(dir, `${name}.json`, manifest);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new IndexFileError(path, `is corrupt (${(err as Error).message})`);
  }
}

async function readVectors(dir: string, name: keyof VectorIndexes, manifest: IndexManifest, dims: number, count: number): Promise<VectorIndex> {
  const path = checkedFile(dir, VECTOR_FILES[name], manifest);
  const index = await loadVectorIndex(path, dims).catch((err: Error) => {
    throw new IndexFileError(path, `is corrupt or unreadable (${err.message})`);
  });
  if (index.size !== count) throw new IndexFileError(path, `holds ${index.size} vectors, the manifest says ${count}`);
  return index;
}

/**
 * Reads the index at `dir`. Throws StaleIndexError when there is none or it was built for another
 * plan text, chunker or model — with allowStale, a readable index of this schema and model is
 * returned anyway, its `staleness` saying why — and IndexFileError naming a missing or corrupt file.
 */
export async function readIndex<Extra>(
  dir: string,
  expected: ExpectedIndex,
  extraNames: (keyof Extra & string)[],
  options: { allowStale?: boolean } = {},
): Promise<LoadedIndex<Extra>> {
  const manifest = readManifest(dir);
  if (!manifest) throw new StaleIndexError(dir, ['no index has been built there']);
  const problems = manifestProblems(manifest, expected);
  if (problems.length && !(options.allowStale && servableWhileStale(manifest, expected))) throw new StaleIndexError(dir, problems);
  const plan = readJson(dir, 'plan', manifest) as PlanDocument;
  const chunks = readJson(dir, 'chunks', manifest) as Chunk[];
  if (!Array.isArray(chunks) || chunks.length !== manifest.chunkCount) {
    throw new IndexFileError(join(dir, 'chunks.json'), `holds ${Array.isArray(chunks) ? chunks.length : 'no list of'} chunks, the manifest says ${manifest.chunkCount}`);
  }
  const extra = Object.fromEntries(extraNames.map((n) => [n, readJson(dir, n, manifest)])) as Extra;
  const model = expected.modelId ? manifest.model : null;
  const vectors = model
    ? {
        passages: await readVectors(dir, 'passages', manifest, model.dims, manifest.chunkCount),
        sentences: await readVectors(dir, 'sentences', manifest, model.dims, manifest.sentenceCount),
      }
    : null;
  return { manifest, plan, chunks, extra, vectors, staleness: problems };
}

/** A stale index can serve while its replacement builds when this code reads its schema and its vectors match the model. */
function servableWhileStale(manifest: IndexManifest, expected: ExpectedIndex): boolean {
  return manifestProblems(manifest, { ...expected, seedSha256: manifest.seedSha256, chunkerVersion: manifest.chunkerVersion }).length === 0;
}
