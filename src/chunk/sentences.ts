// Sentences: the finer retrieval unit beside chunks. Every sentence of a paragraph or box item (a
// table row or footnote definition is one sentence) with the chunk it lies in, so a question can be
// matched to the one sentence that answers it and the passage around it. Pure.
import type { PlanDocument } from '../plan/types.js';
import { splitSentences, type Chunk } from './chunk.js';

export interface Sentence {
  /** Position of the chunk that holds the sentence's start. */
  chunk: number;
  /** [start, end) in the normalised plan text. */
  span: [number, number];
  text: string;
}

/** Sentences shorter than this (a bare item number, "（一）") carry no meaning of their own. */
const MIN_CHARS = 4;

export function sentencesOf(plan: PlanDocument, chunks: readonly Chunk[]): Sentence[] {
  const chunksOfBlock = new Map<number, number[]>();
  chunks.forEach((c, i) => chunksOfBlock.set(c.block, [...(chunksOfBlock.get(c.block) ?? []), i]));
  const out: Sentence[] = [];
  plan.blocks.forEach((block, b) => {
    const own = chunksOfBlock.get(b) ?? [];
    const whole = block.kind === 'table_row' || block.kind === 'footnote';
    for (const s of whole ? [{ start: 0, end: block.text.length }] : splitSentences(block.text)) {
      const raw = block.text.slice(s.start, s.end);
      const text = raw.trim();
      if (text.length < MIN_CHARS) continue;
      const start = block.span[0] + s.start + (raw.length - raw.trimStart().length);
      const chunk = own.find((i) => {
        const c = chunks[i];
        return c !== undefined && c.span[0] <= start && start < c.span[1];
      }) ?? own[0];
      if (chunk === undefined) continue;
      out.push({ chunk, span: [start, start + text.length], text });
    }
  });
  return out;
}
