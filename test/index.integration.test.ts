// Builds a real index with bge-small-zh-v1.5 into a temp dir, loads it, checks stale-index refusal,
// and checks answer quality with the real model as rates over a question set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIndex } from '../src/adapters/index-store.js';
import { loadEmbedder } from '../src/adapters/load-embedder.js';
import type { Embedder } from '../src/adapters/embedder.js';
import { createEngine } from '../src/app/engine.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { buildAndWriteIndex, type IndexExtras } from '../src/app/index-lifecycle.js';
import { CHUNKER_VERSION } from '../src/chunk/chunk.js';
import { loadConfig } from '../src/config.js';
import { StaleIndexError } from '../src/index/manifest.js';
import { readQuestions } from '../src/eval/questions.js';
import { scoreAnswer, summarise } from '../src/eval/score.js';

const dir = mkdtempSync(join(tmpdir(), 'planbot-index-'));
const config = loadConfig({ INDEX_DIR: join(dir, 'current') });
const quiet = { info() {}, warn() {} };
let embedder: Embedder | null;
let seedSha256 = '';

beforeAll(async () => {
  embedder = await loadEmbedder({ modelId: 'BAAI/bge-small-zh-v1.5', modelsDir: 'models' }, quiet.warn);
  const built = await buildAndWriteIndex(config, quiet, embedder);
  seedSha256 = built.manifest.seedSha256;
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('index built with the real model', () => {
  it('loads the model from the npm-sourced files', () => {
    expect(embedder).not.toBeNull();
    expect(embedder!.dims).toBe(512);
  });

  it('loads, and dense search finds a paraphrased passage', async () => {
    const index = await readIndex<IndexExtras>(config.INDEX_DIR, { seedSha256, chunkerVersion: CHUNKER_VERSION, modelId: embedder!.modelId }, ['targets']);
    expect(index.manifest.model?.dims).toBe(512);
    expect(index.manifest.chunkCount).toBe(index.chunks.length);
    const hits = index.vectors!.passages.search(await embedder!.embedQuery('特困失能老人集中护理床位'), 10);
    expect(hits.some((h) => index.chunks[h.label]!.text.includes('特困失能集中护理床位'))).toBe(true);
  });

  // Rates over a set, with margins: the model's floats differ a little between CPUs, so no single
  // question's verdict is asserted. Measured here (npm run eval -- test/fixtures/everyday-own.jsonl):
  // hit@5 94 %, false refusals 3 %, 21 of 30 unanswerable not answered.
  it('answers everyday questions and declines the ones the plan does not answer, at rates with a margin', async () => {
    const engine = await createEngine(config, quiet, loadFittedParts());
    const questions = readQuestions('test/fixtures/everyday-own.jsonl');
    const rows = [];
    for (const q of questions) rows.push(scoreAnswer(q, await engine.ask(q.question), engine.index.plan.text));
    const m = summarise(rows);
    const [declined, unanswerable] = m.refusedUnanswerable.split('/').map(Number);
    expect(m.hitAt5).toBeGreaterThanOrEqual(85);
    expect(m.falseRefusals).toBeLessThanOrEqual(10);
    expect(declined! / unanswerable!).toBeGreaterThanOrEqual(0.5);
    expect(m.verbatimPct).toBe(100);
  }, 120_000);

  // No verdict may flip with punctuation: the question's own vector moves a little with it, and the
  // wording prior never reads it. Measured here: 214 of 214 questions of everyday-own.jsonl and
  // everyday-own-2.jsonl keep their verdict without their closing question mark.
  it('keeps its verdicts when the closing question mark is dropped, at a rate with a margin', async () => {
    const engine = await createEngine(config, quiet, loadFittedParts());
    let asked = 0;
    let kept = 0;
    for (const q of readQuestions('test/fixtures/everyday-own.jsonl')) {
      const bare = q.question.replace(/[？?！!。]+\s*$/u, '').trim();
      if (bare === q.question.trim()) continue;
      const [a, b] = [await engine.ask(q.question), await engine.ask(bare)];
      asked++;
      if ((a.outcome === 'answered') === (b.outcome === 'answered')) kept++;
    }
    expect(asked).toBeGreaterThanOrEqual(80);
    expect(kept / asked).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  it('judges with the question priors it is given (the fold priors of --cross-fitted evaluation)', async () => {
    const engine = await createEngine(config, quiet, loadFittedParts());
    const doubting = engine.withJudgePriors({ wording: { weights: {}, bias: -50 }, vector: { model: 'BAAI/bge-small-zh-v1.5', weights: new Array(512).fill(0), bias: -50 } });
    // No figure asked, so no decisive evidence: priors that doubt everything lower the confidence (by
    // as much as the cap lets them).
    const question = '吉安怎么发展全域旅游？';
    const own = await engine.ask(question);
    expect((await doubting.ask(question)).confidence).toBeLessThan(own.confidence);
    expect((await engine.ask(question)).confidence).toBe(own.confidence);
    // A figure the top passages give, for everything the question names: decisive evidence, which the
    // priors cannot take away from (judge.ts decisiveEvidence, PRIOR_REACH.decisive).
    const gdp = '到2025年全市地区生产总值要达到多少？';
    expect((await engine.ask(gdp)).outcome).toBe('answered');
    expect((await doubting.ask(gdp)).outcome).toBe('answered');
  }, 60_000);

  it.each([
    ['another seed', { seedSha256: 'f'.repeat(64), chunkerVersion: CHUNKER_VERSION, modelId: 'BAAI/bge-small-zh-v1.5' }],
    ['another chunker', { chunkerVersion: 'other', modelId: 'BAAI/bge-small-zh-v1.5' }],
    ['another model', { chunkerVersion: CHUNKER_VERSION, modelId: 'some/other-model' }],
  ])('refuses an index built from %s, naming the fix', async (_, expected) => {
    const load = readIndex(config.INDEX_DIR, { seedSha256, ...expected } as never, []);
    await expect(load).rejects.toThrow(StaleIndexError);
    await expect(load).rejects.toThrow('npm run build:index');
  });
});
