// Shared test data: the real plan, parsed once per test file.
import { readFileSync } from 'node:fs';
import type { Answer, AnswerItem, AnswerPorts } from '../src/answer/answer.js';
import { chunkPlan } from '../src/chunk/chunk.js';
import { sentencesOf } from '../src/chunk/sentences.js';
import { parsePlan } from '../src/plan/parse.js';
import { squash } from '../src/plan/whitespace.js';
import { idfTable } from '../src/search/idf.js';
import { createLexicalIndex } from '../src/adapters/minisearch-lexical.js';
import { loadThesaurus } from '../src/adapters/thesaurus-file.js';
import { loadFittedParts } from '../src/adapters/fitted-files.js';
import { answerSettings } from '../src/answer/fitted-parts.js';
import { languageOf } from '../src/answer/outcome-labels.js';

export const seedText = readFileSync(new URL('../seeds/plan.txt', import.meta.url), 'utf8');
export const plan = parsePlan(seedText);
export const chunks = chunkPlan(plan);
export { squash };

/** The fitted parts in fitted/ (checked against their manifest), and the answer settings over them. */
export const fitted = loadFittedParts();
export const settings = answerSettings(fitted);

/** Answer ports over the real plan with lexical retrieval only (no model); override what a test needs. */
export function lexicalAnswerPorts(overrides: Partial<AnswerPorts> = {}): AnswerPorts {
  const compact = squash(plan.text);
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
      places: { elsewhere: ['南昌市', '深圳市', '长沙市', '江西省'], own: ['吉安', '吉安市', '泰和县', '泰和'], english: { changsha: '长沙市', 'jiangxi province': '江西省' }, soundAlike: { 太和: '泰和', 太和县: '泰和县' } },
      inPlan: (text) => compact.includes(text),
    },
    idf: idfTable(chunks),
    ...overrides,
  };
}

/** A made-up Answer for rendering and storage tests; override what a test needs. */
export function craftAnswer(overrides: Partial<Answer> = {}, quotes: Partial<AnswerItem>[] = [{}]): Answer {
  const citation = { label: '第一篇 开启全面建设社会主义现代化新征程 › 第四章 发展目标（第14页起）', path: ['第一篇 开启全面建设社会主义现代化新征程', '第四章 发展目标'], page: 14 };
  const question = overrides.question ?? '研发经费支出2025年目标是多少？';
  return {
    question, language: languageOf(question), outcome: 'answered', refused: false, direct: null, notices: [], suggestions: [], confidence: 0.8,
    answers: quotes.map((q, i) => ({ text: `引文${i + 1}。`, citation, score: 1 - i / 10, kind: 'paragraph' as const, chunkId: `c${i}`, ...q })),
    ...overrides,
  };
}
