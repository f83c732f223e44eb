// Shared test data: the real plan, parsed once per test file.
import { readFileSync } from 'node:fs';
import type { AnswerPorts } from '../src/answer/answer.js';
import { chunkPlan } from '../src/chunk/chunk.js';
import { sentencesOf } from '../src/chunk/sentences.js';
import { parsePlan } from '../src/plan/parse.js';
import { squash as squashText } from '../src/plan/whitespace.js';
import { idfTable } from '../src/search/idf.js';
import { createLexicalIndex } from '../src/search/lexical.js';
import { loadThesaurus } from '../src/adapters/thesaurus-file.js';

export const seedText = readFileSync(new URL('../seeds/plan.txt', import.meta.url), 'utf8');
export const plan = parsePlan(seedText);
export const chunks = chunkPlan(plan);
export { squash } from '../src/plan/whitespace.js';

/** Answer ports over the real plan with lexical retrieval only (no model); override what a test needs. */
export function lexicalAnswerPorts(overrides: Partial<AnswerPorts> = {}): AnswerPorts {
  const compact = squashText(plan.text);
  return {
    chunks,
    sentences: sentencesOf(plan, chunks),
    lexical: createLexicalIndex(chunks),
    dense: null,
    planText: plan.text,
    blockSpans: plan.blocks.map((b) => b.span),
    vocabulary: {
      thesaurus: loadThesaurus(),
      glossary: new Map(),
      lexicon: {},
      places: { elsewhere: ['南昌市', '深圳市', '长沙市'], own: ['吉安', '吉安市', '泰和县', '泰和'], english: { changsha: '长沙市' } },
      inPlan: (text) => compact.includes(text),
    },
    idf: idfTable(chunks),
    ...overrides,
  };
}
