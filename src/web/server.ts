// The HTTP server (fastify): the reader under /plan/, the API under /api/, /healthz and /metrics.
// Every response carries a strict Content Security Policy; reader files an ETag and a short public
// cache; the API no-store, input limits and a per-client rate limit, with errors as {error, message}.
// Until the index is loaded (service() is null) everything but /healthz and /metrics answers 503.
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { UserError } from '../discord/errors.js';
import { MAX_QUESTION_CHARS } from './ask-html.js';
import type { Metrics } from './metrics.js';
import { MAX_REF_CHARS, MAX_TOPIC_CHARS, OPENAPI } from './openapi.js';
import type { WebService } from './service.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export interface WebServerOptions {
  /** The service over the loaded index; null while it loads. */
  service: () => WebService | null;
  metrics: Metrics;
  /** API requests one client may make per minute. */
  rateLimitPerMinute: number;
  logger?: boolean;
}

const fail = (reply: FastifyReply, status: number, error: string, message: string) =>
  reply.code(status).header('cache-control', 'no-store').send({ error, message });

/** A query parameter, trimmed, or the reason it is refused. */
function queryText(query: unknown, name: string, max: number): { value: string } | { problem: string } {
  const raw = (query as Record<string, unknown>)[name];
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!value) return { problem: `the query parameter ${name} is required, e.g. ?${name}=…` };
  if ([...value].length > max) return { problem: `${name} is longer than ${max} characters` };
  return { value };
}

function readerRoutes(app: FastifyInstance, o: WebServerOptions) {
  app.get('/', (_req, reply) => reply.redirect('/plan/'));
  app.get<{ Params: { file?: string } }>('/plan/:file?', (req, reply) => {
    const service = o.service();
    if (!service) return fail(reply, 503, 'loading', 'the plan is still loading; try again in a moment');
    const file = service.files.get(req.params.file || 'index.html');
    if (!file) return fail(reply, 404, 'not_found', 'no such page of the plan reader');
    reply.header('etag', file.etag).header('cache-control', file.type.startsWith('text/html') ? 'public, max-age=300' : 'public, max-age=3600');
    if (req.headers['if-none-match'] === file.etag) return reply.code(304).send();
    return reply.type(file.type).send(file.body);
  });
}

function apiRoutes(app: FastifyInstance, o: WebServerOptions) {
  const withService = (reply: FastifyReply) => o.service() ?? (fail(reply, 503, 'loading', 'the index is still loading; try again in a moment'), null);
  app.get('/api/ask', async (req, reply) => {
    const q = queryText(req.query, 'q', MAX_QUESTION_CHARS);
    if ('problem' in q) return fail(reply, 400, 'bad_request', q.problem);
    const service = withService(reply);
    if (!service) return reply;
    const started = performance.now();
    const answer = await service.ask(q.value).catch((err: unknown) => {
      if (err instanceof UserError && err.code === 'busy') return null;
      throw err;
    });
    if (!answer) return fail(reply.header('retry-after', '60'), 503, 'busy', 'too many questions are waiting; try again in a minute');
    o.metrics.answered(answer.problem ? 'problem' : answer.outcome, 'web', (performance.now() - started) / 1000);
    return reply.header('cache-control', 'no-store').send(answer);
  });
  app.get('/api/targets', async (req, reply) => {
    const topic = queryText(req.query, 'topic', MAX_TOPIC_CHARS);
    if ('problem' in topic) return fail(reply, 400, 'bad_request', topic.problem);
    const service = withService(reply);
    return service ? reply.header('cache-control', 'no-store').send(await service.targets(topic.value)) : reply;
  });
  app.get('/api/section', async (req, reply) => {
    const ref = queryText(req.query, 'ref', MAX_REF_CHARS);
    if ('problem' in ref) return fail(reply, 400, 'bad_request', ref.problem);
    const service = withService(reply);
    return service ? reply.header('cache-control', 'no-store').send(service.section(ref.value)) : reply;
  });
  app.get('/api/openapi.json', (_req, reply) => reply.header('cache-control', 'public, max-age=3600').send(OPENAPI));
}

function opsRoutes(app: FastifyInstance, o: WebServerOptions) {
  app.get('/healthz', (_req, reply) => {
    const service = o.service();
    reply.header('cache-control', 'no-store');
    return service ? reply.send({ status: 'ready', indexBuiltAt: service.builtAt }) : reply.code(503).send({ status: 'loading' });
  });
  app.get('/metrics', async (_req, reply) => reply.header('cache-control', 'no-store').type(o.metrics.registry.contentType).send(await o.metrics.registry.metrics()));
}

export async function createWebServer(o: WebServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: 1024, routerOptions: { maxParamLength: 100 }, requestTimeout: 30_000, return503OnClosing: true });
  app.addHook('onSend', async (_req, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer').header('cross-origin-opener-policy', 'same-origin');
  });
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(rateLimit, {
    // One count per client across the API (a route's own setting would count per route); the reader, health and metrics are not limited.
    global: true,
    allowList: (req) => !req.url.startsWith('/api/') || req.url.startsWith('/api/openapi'),
    max: o.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, error: 'too_many_requests', message: `at most ${ctx.max} API requests a minute from one client; try again in ${Math.ceil(ctx.ttl / 1000)} s` }),
  });
  app.setNotFoundHandler((_req, reply) => fail(reply, 404, 'not_found', 'no such page; the reader is at /plan/ and the API at /api/ (see /api/openapi.json)'));
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) app.log.error(err);
    const error = status === 500 ? 'internal' : status === 429 ? 'too_many_requests' : 'bad_request';
    return fail(reply, status, error, status === 500 ? 'something went wrong answering this' : err.message);
  });
  readerRoutes(app, o);
  apiRoutes(app, o);
  opsRoutes(app, o);
  return app;
}
