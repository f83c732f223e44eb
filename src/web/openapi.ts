// The HTTP API described as OpenAPI 3.1, served at /api/openapi.json. Pure data.
import { MAX_QUESTION_CHARS } from './ask-html.js';

export const MAX_TOPIC_CHARS = 50;
export const MAX_REF_CHARS = 60;

const text = (name: string, description: string, maxLength: number) => ({
  name, in: 'query', required: true, description, schema: { type: 'string', minLength: 1, maxLength },
});

const problem = { description: 'Bad input, too many requests, or the index still loading', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const ok = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const errors = { 400: problem, 429: problem, 503: problem };

const citation = {
  type: 'object', required: ['label', 'path', 'page'],
  properties: {
    label: { type: 'string', example: '第四篇 积极融入新发展格局 › 第三章 … › 专栏9（第51页起）' },
    path: { type: 'array', items: { type: 'string' } },
    page: { type: ['integer', 'null'], description: 'Printed start page of the cited section' },
    url: { type: ['string', 'null'], format: 'uri', description: 'Opens the quote in the web reader, highlighted' },
  },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'planbot API', version: '1', description: 'Questions about the Ji\'an City 14th Five-Year Plan, answered with verbatim quotes and links to them in the plan.' },
  paths: {
    '/api/ask': { get: {
      summary: 'Answer a question with quotes of the plan (the JSON of npm run ask -- --json)',
      parameters: [text('q', 'The question, in Chinese or English', MAX_QUESTION_CHARS)],
      responses: { 200: ok('The answer', { $ref: '#/components/schemas/Answer' }), ...errors },
    } },
    '/api/targets': { get: {
      summary: 'The plan\'s quantified targets on a topic',
      parameters: [text('topic', 'A topic, e.g. 研发 or 粮食', MAX_TOPIC_CHARS)],
      responses: { 200: ok('Target rows', { type: 'object' }), ...errors },
    } },
    '/api/section': { get: {
      summary: 'A section\'s text: by numbers (4.3.1), 专栏N, or words of its title',
      parameters: [text('ref', 'Which section', MAX_REF_CHARS)],
      responses: { 200: ok('Matching sections (at most 5)', { type: 'object' }), ...errors },
    } },
    '/healthz': { get: { summary: 'Ready when the index is loaded', responses: { 200: ok('Ready', { type: 'object' }), 503: problem } } },
    '/metrics': { get: { summary: 'Prometheus metrics', responses: { 200: { description: 'Prometheus text format' } } } },
  },
  components: { schemas: {
    Problem: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
    Answer: { type: 'object', required: ['question', 'outcome', 'answers'], properties: {
      question: { type: 'string' }, outcome: { enum: ['answered', 'related', 'not_covered'] }, label: { type: 'string' },
      refused: { type: 'boolean' }, direct: { type: ['string', 'null'] }, reason: { type: 'string' }, reasonText: { type: 'string' },
      answers: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, citation, score: { type: 'number' }, kind: { type: 'string' } } } },
      suggestions: { type: 'array', items: citation }, notices: { type: 'array', items: { type: 'string' } }, confidence: { type: 'number' },
    } },
  } },
} as const;
