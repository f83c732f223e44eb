import { describe, expect, it } from 'vitest';
import { sentenceWindows, splitSentences } from '../src/chunk/chunk.js';
import { chunks, plan } from './helpers.js';

describe('chunkPlan', () => {
  it('every chunk is verbatim plan text at its span', () => {
    for (const c of chunks) {
      expect(c.text.length).toBeGreaterThan(0);
      expect(plan.text.slice(c.span[0], c.span[1])).toBe(c.text);
    }
  });

  it('never crosses a heading: a chunk lies inside one block', () => {
    for (const c of chunks) {
      const b = plan.blocks[c.block]!;
      expect(c.span[0]).toBeGreaterThanOrEqual(b.span[0]);
      expect(c.span[1]).toBeLessThanOrEqual(b.span[1]);
      expect(c.path).toEqual(b.path);
    }
  });

  it('keeps table rows and footnotes whole, one chunk each', () => {
    const rows = plan.blocks.filter((b) => b.kind === 'table_row' || b.kind === 'footnote').length;
    expect(chunks.filter((c) => c.kind === 'table_row' || c.kind === 'footnote')).toHaveLength(rows);
  });

  it('splits long paragraphs on sentence boundaries with one sentence of overlap', () => {
    const text = '甲'.repeat(100) + '。' + '乙'.repeat(100) + '；' + '丙'.repeat(100) + '！';
    const w = sentenceWindows(text, 220);
    expect(w.map((x) => text.slice(x.start, x.end).at(-1))).toEqual(['；', '！']);
    expect(w[1]!.start).toBe(101);
  });

  it('splits sentences keeping closing quotes', () => {
    const s = '他说“好。”然后走了。';
    expect(splitSentences(s).map((x) => s.slice(x.start, x.end))).toEqual(['他说“好。”', '然后走了。']);
  });
});
