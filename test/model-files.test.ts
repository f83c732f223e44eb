// Every file of the embedding model is pinned by sha256 and checked at load: an altered file (here in a
// copy of models/ in a temporary folder) means BM25 alone, with a warning naming the file and the fix.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../src/adapters/load-embedder.js';
import { BGE_SMALL_ZH, modelPath, verifyModelFiles } from '../src/adapters/model-files.js';

let copy: string;
const modelDir = () => modelPath(copy, BGE_SMALL_ZH.id);

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'planbot-model-pins-'));
  cpSync(modelPath('models', BGE_SMALL_ZH.id), modelDir(), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the model files', () => {
  it('all eight files of models/ match their pins', () => {
    expect(Object.keys(BGE_SMALL_ZH.files)).toHaveLength(8);
    expect(verifyModelFiles(modelPath('models', BGE_SMALL_ZH.id))).toBeNull();
  });

  it('an altered tokenizer.json is caught at load: no model, a warning that names the file and the fix', async () => {
    appendFileSync(join(modelDir(), 'tokenizer.json'), ' ');
    const warnings: string[] = [];
    const embedder = await loadEmbedder({ modelId: BGE_SMALL_ZH.id, modelsDir: copy }, (m) => warnings.push(m));
    expect(embedder).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(modelDir(), 'tokenizer.json'));
    expect(warnings[0]).toContain('rm -rf models && npm run fetch-model');
    expect(warnings[0]).toContain('using lexical retrieval only');
  });

  it('a missing pinned file is named too', () => {
    rmSync(join(modelDir(), 'vocab.txt'));
    expect(verifyModelFiles(modelDir(), { 'vocab.txt': BGE_SMALL_ZH.files['vocab.txt']! })).toBe(`${join(modelDir(), 'vocab.txt')} is missing`);
  });
});
