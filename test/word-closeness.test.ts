// The word-closeness adapter (src/adapters/word-closeness.ts) with a fake embedder: cosines from unit
// vectors, each word embedded once, and a full cache trimmed without losing the words of the call that
// trimmed it.
import { describe, expect, it } from 'vitest';
import { createWordCloseness } from '../src/adapters/word-closeness.js';
import type { Embedder } from '../src/adapters/embedder.js';

const AXES: Record<string, number[]> = { 孩子: [1, 0], 儿童: [0.8, 0.6], 铁路: [0, 1], 地铁: [0.6, 0.8], 幼儿: [1, 0] };

function fakeEmbedder(): Embedder & { embedded: string[] } {
  const embedded: string[] = [];
  return {
    modelId: 'fake', dims: 2, pooling: 'cls', queryPrefix: '', passagePrefix: '', embedded,
    embedQuery: async (t) => Float32Array.from(AXES[t]!),
    embedPassages: async (ts) => { embedded.push(...ts); return ts.map((t) => Float32Array.from(AXES[t]!)); },
  };
}

describe('createWordCloseness', () => {
  it('gives each other word its cosine with the word, embedding each word once', async () => {
    const e = fakeEmbedder();
    const closeness = createWordCloseness(e);
    expect((await closeness('孩子', ['儿童', '铁路'])).map((x) => +x.toFixed(2))).toEqual([0.8, 0]);
    expect((await closeness('孩子', ['儿童', '幼儿'])).map((x) => +x.toFixed(2))).toEqual([0.8, 1]);
    expect(e.embedded).toEqual(['孩子', '儿童', '铁路', '幼儿']);
  });

  it('answers a call whose new words push its own cached words out of a full cache', async () => {
    const closeness = createWordCloseness(fakeEmbedder(), 2);
    await closeness('孩子', ['儿童']);
    // 铁路 and 地铁 are new: the trim evicts 孩子 and 儿童, which this call still compares.
    expect((await closeness('孩子', ['儿童', '铁路', '地铁'])).map((x) => +x.toFixed(2))).toEqual([0.8, 0, 0.6]);
  });
});
