// The web server through fastify's inject (no socket): 503 until the index is loaded, the API's
// answers with links, input limits and the per-client rate limit, caching headers and compression on
// the reader, the Content Security Policy, /metrics and the OpenAPI description.
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { answerQuestion } from '../src/answer/answer.js';
import { loadThesaurus } from '../src/adapters/thesaurus-file.js';
import { extractTargets } from '../src/targets/extract.js';
import { createTargetFinder } from '../src/targets/lookup.js';
import { createLexicalIndex } from '../src/adapters/minisearch-lexical.js';
import { loadReaderAssets } from '../src/web/assets.js';
import { createMetrics } from '../src/web/metrics.js';
import { CONTENT_SECURITY_POLICY, createWebServer } from '../src/web/server.js';
import { createWebService, memoise, type WebService } from '../src/web/service.js';
import { UserError } from '../src/discord/errors.js';
import { chunks, lexicalAnswerPorts, plan, settings } from './helpers.js';

const ports = lexicalAnswerPorts();
const finder = createTargetFinder({ targets: extractTargets(plan), chunks, planText: plan.text, dense: null, thesaurus: loadThesaurus(), lexicalIndexOf: createLexicalIndex });
const service = createWebService({
  plan, chunks, builtAt: '2026-12-01T00:00:00.000Z', ask: (q) => answerQuestion(q, ports, settings), findTargets: (t) => finder.find(t),
  assets: loadReaderAssets(), base: 'https://plan.example.org',
});
const metrics = createMetrics(false);
let ready: WebService | null = null;
let app: FastifyInstance;

beforeAll(async () => {
  app = await createWebServer({ service: () => ready, metrics, rateLimitPerMinute: 4 });
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}, from = '10.0.0.1') => app.inject({ method: 'GET', url, headers, remoteAddress: from });

describe('web server', () => {
  it('answers 503 until the index is loaded, then reports ready', async () => {
    expect((await get('/healthz')).statusCode).toBe(503);
    expect((await get('/api/ask?q=研发', {}, '10.0.0.9')).json()).toMatchObject({ error: 'loading' });
    expect((await get('/plan/p1.html')).statusCode).toBe(503);
    ready = service;
    const health = await get('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ready', indexBuiltAt: '2026-12-01T00:00:00.000Z' });
  });

  it('answers /api/ask with the answer JSON, a url on every citation, and no caching', async () => {
    const res = await get(`/api/ask?q=${encodeURIComponent('研发经费支出2025年目标是多少？')}`, {}, '10.0.0.2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const body = res.json();
    expect(body).toMatchObject({ outcome: 'answered', label: '✅ 规划中有答案' });
    expect(body.answers.length).toBeGreaterThan(0);
    for (const a of body.answers) expect(a.citation.url).toMatch(/^https:\/\/plan\.example\.org\/plan\/p\d+\.html\?hl=[\w-]+:\d+-\d+#/);
  });

  it('answers 503 busy, with Retry-After, when the answer queue is full', async () => {
    const busy = createWebService({
      plan, chunks, builtAt: 'test', ask: () => Promise.reject(new UserError('busy')), findTargets: (t) => finder.find(t), assets: loadReaderAssets(), base: 'https://plan.example.org',
    });
    const busyApp = await createWebServer({ service: () => busy, metrics: createMetrics(false), rateLimitPerMinute: 4 });
    const res = await busyApp.inject({ method: 'GET', url: `/api/ask?q=${encodeURIComponent('研发经费')}` });
    await busyApp.close();
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.json()).toMatchObject({ error: 'busy' });
  });

  it('links the suggested sections of a refusal', async () => {
    const body = (await get(`/api/ask?q=${encodeURIComponent('南昌市“十四五”规划的地区生产总值目标是多少？')}`, {}, '10.0.0.6')).json();
    expect(body.outcome).toBe('not_covered');
    expect(body.suggestions.length).toBeGreaterThan(0);
    for (const s of body.suggestions) expect(s.url).toMatch(/^https:\/\/plan\.example\.org\/plan\/p\d+\.html#[\w-]+$/);
  });

  it('refuses missing and over-long input with 400, and a client over its rate with 429', async () => {
    expect((await get('/api/ask', {}, '10.0.0.3')).json()).toEqual({ error: 'bad_request', message: 'the query parameter q is required, e.g. ?q=…' });
    const long = await get(`/api/ask?q=${'问'.repeat(201)}`, {}, '10.0.0.3');
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toBe('q is longer than 200 characters');
    expect((await get('/api/section?ref=', {}, '10.0.0.3')).statusCode).toBe(400);
    const fourth = await get('/api/section?ref=专栏9', {}, '10.0.0.3');
    expect(fourth.statusCode).toBe(200);
    const fifth = await get('/api/section?ref=专栏9', {}, '10.0.0.3');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ error: 'too_many_requests', message: expect.stringMatching(/^at most 4 API requests a minute/) });
    expect((await get('/api/section?ref=专栏9', {}, '10.0.0.4')).statusCode).toBe(200);
  });

  it('links targets and sections to the reader', async () => {
    const targets = (await get(`/api/targets?topic=${encodeURIComponent('研发')}`, {}, '10.0.0.5')).json();
    expect(targets.targets.length).toBeGreaterThan(0);
    for (const t of targets.targets) expect(t.citation.url).toMatch(/^https:\/\/plan\.example\.org\/plan\/p\d+\.html/);
    const section = (await get(`/api/section?ref=${encodeURIComponent('专栏9')}`, {}, '10.0.0.5')).json();
    expect(section.sections[0].url).toBe('https://plan.example.org/plan/p4.html#box9');
    expect(section.sections[0].texts.length).toBeGreaterThan(0);
  });

  it('serves reader pages compressed, with an ETag, a short public cache and 304 on a match', async () => {
    const res = await get('/plan/p4.html', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('id="box9"');
    expect((await get('/plan/p4.html', { 'if-none-match': String(res.headers.etag) })).statusCode).toBe(304);
    expect((await get('/plan/')).body).toContain('aria-label="目录"');
    expect((await get('/plan/reader.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/plan/nothing.html')).statusCode).toBe(404);
    expect((await get('/')).headers.location).toBe('/plan/');
  });

  it('counts questions by outcome on /metrics and describes the API in OpenAPI', async () => {
    const text = (await get('/metrics')).body;
    expect(text).toMatch(/planbot_questions_total\{outcome="answered",through="web"\} 1/);
    expect(text).toMatch(/planbot_questions_total\{outcome="not_covered",through="web"\} 1/);
    expect(text).toMatch(/planbot_answer_seconds_count\{through="web"\} 2/);
    expect(text).toContain('planbot_answer_queue_length 0');
    const api = (await get('/api/openapi.json')).json();
    expect(api.openapi).toBe('3.1.0');
    expect(Object.keys(api.paths)).toEqual(['/api/ask', '/api/targets', '/api/section', '/healthz', '/metrics']);
  });
});

describe('the answer cache', () => {
  it('answers a question asked again from the cache, drops the least recently asked first, and keeps no failure', async () => {
    const asked: string[] = [];
    const answer = memoise(async (q: string) => {
      asked.push(q);
      if (q === 'bad') throw new Error('engine exploded');
      return q.toUpperCase();
    }, 2);
    expect(await answer('a')).toBe('A');
    await answer('b');
    await answer('a');
    await answer('c');
    await answer('a');
    await answer('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
    await expect(answer('bad')).rejects.toThrow('engine exploded');
    await expect(answer('bad')).rejects.toThrow('engine exploded');
    expect(asked.filter((q) => q === 'bad')).toHaveLength(2);
  });
});
