// The fault suite, the index: every file of a built index corrupted or missing in turn gives an error
// naming that file and the command that fixes it — checked against the manifest's checksums, and for
// older builds without them by what JSON.parse and hnswlib say; at start-up a missing or corrupt index
// is built before anything is answered, and a stale one serves while its replacement builds.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndex, writeIndex } from '../src/adapters/index-store.js';
import { buildVectorIndex } from '../src/adapters/vector-index.js';
import { openIndex } from '../src/app/index-lifecycle.js';
import { loadConfig } from '../src/config.js';
import { INDEX_SCHEMA_VERSION, type IndexManifest } from '../src/index/manifest.js';
import { seedText } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'planbot-index-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const FIX = 'Rebuild the index with: npm run build:index';
const expected = { seedSha256: 'seed', chunkerVersion: 'chunker', modelId: 'tiny/model' };

/** A small index of the real format: two passages, three sentences, 4-dimensional vectors. */
async function tinyIndex(): Promise<string> {
  const dir = join(root, `tiny-${n++}`);
  const manifest: IndexManifest = {
    schemaVersion: INDEX_SCHEMA_VERSION, model: { modelId: 'tiny/model', dims: 4, pooling: 'cls', queryPrefix: '', passagePrefix: '' },
    chunkerVersion: 'chunker', seedSha256: 'seed', chunkCount: 2, sentenceCount: 3, targetCount: 0, builtAt: '2026-12-01T00:00:00.000Z', buildMs: 1,
  };
  const v = (i: number) => Float32Array.from([1, i, 0, 0]);
  await writeIndex(dir, {
    manifest, plan: { title: '规划', text: '第一章。' } as never, chunks: [{ id: 'a' }, { id: 'b' }] as never,
    extra: { targets: [], sentences: [{ text: '一' }, { text: '二' }, { text: '三' }] },
  }, { passages: buildVectorIndex([v(0), v(1)], 4), sentences: buildVectorIndex([v(0), v(1), v(2)], 4) });
  return dir;
}

const read = (dir: string) => readIndex(dir, expected, ['targets', 'sentences']);
const FILES = ['plan.json', 'chunks.json', 'targets.json', 'sentences.json', 'vectors.hnsw', 'sentences.hnsw'];
const halve = (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2));

describe('an index file corrupt or missing: the error names it and the fix', () => {
  it('the tiny index reads', async () => {
    expect((await read(await tinyIndex())).vectors?.sentences.size).toBe(3);
  });

  it.each(FILES)('%s cut in half: does not match its checksum', async (file) => {
    const dir = await tinyIndex();
    halve(join(dir, file));
    await expect(read(dir)).rejects.toThrow(`index file ${join(dir, file)} does not match its sha256 in manifest.json (corrupt, or changed since the build). ${FIX}`);
  });

  it.each(FILES)('%s missing', async (file) => {
    const dir = await tinyIndex();
    unlinkSync(join(dir, file));
    await expect(read(dir)).rejects.toThrow(`index file ${join(dir, file)} is missing. ${FIX}`);
  });

  it('manifest.json cut in half: corrupt, with what JSON.parse says', async () => {
    const dir = await tinyIndex();
    halve(join(dir, 'manifest.json'));
    await expect(read(dir)).rejects.toThrow(new RegExp(`^index file ${join(dir, 'manifest.json')} is corrupt \\(.*JSON.*\\)\\. ${FIX}`));
  });

  it.each([['chunks.json', /is corrupt \(.*JSON.*\)/], ['vectors.hnsw', /is corrupt or unreadable \(Hnswlib Error: Index seems to be corrupted or unsupported\)/]])(
    'an older build without checksums: %s cut in half',
    async (file, problem) => {
      const dir = await tinyIndex();
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      delete manifest.files;
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      halve(join(dir, file));
      const failure = await read(dir).then(() => null, (e: Error) => e.message);
      expect(failure).toContain(`index file ${join(dir, file)} `);
      expect(failure).toMatch(problem);
      expect(failure).toContain(FIX);
    },
  );
});

describe('at start-up (lexical index, built in seconds)', () => {
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
  const dir = join(root, 'lifecycle', 'current');
  const config = loadConfig({ INDEX_DIR: dir, EMBED_MODEL: 'none' });

  it('no index: built before anything is answered, saying so', async () => {
    const { index, replacement } = await openIndex(config, log, null);
    expect(index.chunks.length).toBe(index.manifest.chunkCount);
    expect(replacement).toBeNull();
    expect(lines).toContain(`no index at ${dir}: building the index now, before answering anything (about a minute; progress on stderr)`);
  }, 60_000);

  it('a corrupt file: named in the log, then rebuilt', async () => {
    writeFileSync(join(dir, 'chunks.json'), '[{"id": "unterminated');
    lines.length = 0;
    const { index } = await openIndex(config, log, null);
    expect(index.chunks.length).toBe(index.manifest.chunkCount);
    expect(lines[0]).toBe(`index file ${join(dir, 'chunks.json')} does not match its sha256 in manifest.json (corrupt, or changed since the build): ` +
      'building the index now, before answering anything (about a minute; progress on stderr)');
  }, 60_000);

  it('a stale index (the plan text changed) serves while its replacement builds, then the new one is there', async () => {
    const seed = join(root, 'plan-edited.txt');
    copyFileSync('seeds/plan.txt', seed);
    writeFileSync(seed, `${seedText}\n`);
    lines.length = 0;
    const { index, replacement } = await openIndex(loadConfig({ INDEX_DIR: dir, EMBED_MODEL: 'none', SEED_PATH: seed }), log, null, { serveStale: true });
    expect(index.staleness).toEqual(['built from a different plan text (seed sha256 differs)']);
    expect(lines[0]).toEqual(`index at ${dir} is stale (built from a different plan text (seed sha256 differs)): serving it while a new one is built`);
    const fresh = await replacement;
    expect(fresh?.staleness).toEqual([]);
    expect(fresh?.manifest.seedSha256).not.toBe(index.manifest.seedSha256);
  }, 60_000);
});
