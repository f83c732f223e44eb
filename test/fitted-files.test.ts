// The fitted parts as data: fitted/ read through its manifest, refused when a file, the schema or the
// embedding model does not match, and stale when a question file they were fitted on has changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FITTED_DIR, loadFittedParts, questionFilesDigest, readFittedManifest, writeFittedPart } from '../src/adapters/fitted-files.js';
import { answerSettings, fittedFor } from '../src/answer/fitted-parts.js';
import { questionFileRecords } from '../src/fit/question-files.js';
import { encodeAdapter, type QueryAdapter } from '../src/search/query-adapter.js';

const scratch = mkdtempSync(join(tmpdir(), 'planbot-fitted-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const copy = (name: string) => {
  const dir = join(scratch, name);
  cpSync(FITTED_DIR, dir, { recursive: true });
  return dir;
};

describe('fitted/', () => {
  const parts = loadFittedParts();

  it('holds every part, each for the manifest\'s embedding model, the judges reading their priors', () => {
    expect(parts.embeddingModel).toBe('BAAI/bge-small-zh-v1.5');
    expect(parts.queryAdapter).toMatchObject({ model: parts.embeddingModel, dims: 512 });
    expect(parts.queryAdapter.matrix).toHaveLength(512 * 512);
    expect(Object.keys(parts.rankWeights).sort()).toEqual(['chinese', 'english', 'withoutModel']);
    expect(parts.judge.priors?.vector?.model).toBe(parts.embeddingModel);
    expect(parts.judge.priors?.wording).toBe(parts.judgeLexical.priors?.wording);
    expect(parts.judgeLexical.priors?.vector).toBeUndefined();
    expect(answerSettings(parts)).toMatchObject({ retrieve: { k: 10, depth: 50, weights: parts.rankWeights }, judge: { dense: parts.judge, lexical: parts.judgeLexical } });
  });

  it('is refused for another embedding model, naming the fix; BM25 alone reads them', () => {
    expect(() => fittedFor(parts, 'other/model')).toThrow(/fitted for BAAI\/bge-small-zh-v1\.5, not other\/model: refit them with EMBED_MODEL=other\/model npm run fit -- all/);
    expect(fittedFor(parts, null)).toBe(parts);
    expect(fittedFor(parts, parts.embeddingModel)).toBe(parts);
  });

  it('refuses a file that does not match its sha256, a part whose model is not the manifest\'s, another schema', () => {
    const edited = copy('edited');
    writeFileSync(join(edited, 'judge.json'), readFileSync(join(edited, 'judge.json'), 'utf8').replace('"bias":', '"bias": '));
    expect(() => loadFittedParts(edited)).toThrow(/judge\.json does not match its sha256 in manifest\.json .*npm run fit -- all/);

    const otherModel = copy('other-model');
    const manifest = JSON.parse(readFileSync(join(otherModel, 'manifest.json'), 'utf8'));
    writeFileSync(join(otherModel, 'manifest.json'), JSON.stringify({ ...manifest, embeddingModel: 'other/model' }));
    expect(() => loadFittedParts(otherModel)).toThrow(/was fitted for BAAI\/bge-small-zh-v1\.5, .* the parts are for other\/model: refit with npm run fit -- all/);
    expect(loadFittedParts(otherModel, { checkModels: false }).embeddingModel).toBe('other/model');

    writeFileSync(join(otherModel, 'manifest.json'), JSON.stringify({ ...manifest, schema: 99 }));
    expect(() => loadFittedParts(otherModel)).toThrow(/schema 99, this code reads 1: refit with npm run fit -- all/);
    rmSync(join(otherModel, 'manifest.json'));
    expect(() => loadFittedParts(otherModel)).toThrow(/manifest\.json is missing/);
  });

  it('writes a part and its record, which then loads', () => {
    const dir = copy('written');
    const weights = { ...parts.rankWeights, withoutModel: { ...parts.rankWeights.withoutModel, year: 2 } };
    writeFittedPart('rankWeights', weights, { model: parts.embeddingModel, fittedBy: 'test', commit: 'c', fitted: { n: 1 } }, [], dir);
    expect(loadFittedParts(dir).rankWeights.withoutModel.year).toBe(2);
    expect(readFittedManifest(dir).parts.rankWeights).toMatchObject({ fittedBy: 'test', fitted: { n: 1 }, questionFiles: questionFilesDigest([]) });
  });

  it('a query adapter refitted for another model makes the manifest that model\'s, and the parts not yet refitted are refused', () => {
    const dir = copy('adapter-for-another-model');
    const identity: QueryAdapter = { model: 'other/model', dims: 2, matrix: Float32Array.from([1, 0, 0, 1]) };
    const { dims, matrix } = encodeAdapter(identity, {});
    writeFittedPart('queryAdapter', { dims, matrix }, { model: identity.model, fittedBy: 'test', commit: 'c', fitted: {} }, [], dir);
    expect(readFittedManifest(dir).embeddingModel).toBe('other/model');
    expect(() => loadFittedParts(dir)).toThrow(/was fitted for BAAI\/bge-small-zh-v1\.5, .* the parts are for other\/model/);
    expect(loadFittedParts(dir, { checkModels: false }).queryAdapter).toEqual(identity);
  });
});

describe('the fit is not stale', () => {
  const manifest = readFittedManifest();
  const today = questionFileRecords();
  const refit = 'a question file the fitted parts were fitted on has changed since: refit them with npm run fit -- all (~1 h), then commit fitted/';

  it('every question file the parts were fitted on is as it was', () => {
    const changed = today.filter((f) => manifest.questionFiles.find((m) => m.file === f.file)?.sha256 !== f.sha256).map((f) => f.file);
    const gone = manifest.questionFiles.filter((m) => !today.some((f) => f.file === m.file)).map((m) => m.file);
    expect({ changed, gone }, refit).toEqual({ changed: [], gone: [] });
  });

  it('every part was fitted on those files', () => {
    const digest = questionFilesDigest(today);
    const stale = Object.entries(manifest.parts).filter(([, p]) => p.questionFiles !== digest).map(([name]) => name);
    expect(stale, refit).toEqual([]);
  });
});
