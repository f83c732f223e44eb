// The web server as npm start runs it: listening on WEB_HOST:WEB_PORT before the index loads (503),
// serving once handed an engine, off with WEB=false, and a taken port named with the way out.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import type { Engine } from '../src/app/engine.js';
import { loadConfig } from '../src/config.js';
import { startWeb, startWebOrWarn, type WebHandle } from '../src/web/start.js';
import { chunks, lexicalAnswerPorts, plan, settings } from './helpers.js';

const quiet = { info() {}, warn() {} };
const ports = lexicalAnswerPorts();
/** What the web server reads of an engine: the index's plan, chunks and build time, targets, answers. */
const engine = {
  index: { plan, chunks, manifest: { builtAt: '2026-12-01T00:00:00.000Z' } },
  targets: { find: async () => [] },
  ask: (q: string) => answerQuestion(q, ports, settings),
} as unknown as Engine;

/** A port nothing listens on (the OS's pick, released). */
const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

let web: WebHandle | null = null;
afterEach(async () => {
  await web?.close();
  web = null;
});

describe('startWeb', () => {
  it('answers 503 until served an engine, then the reader and the API, with links to PUBLIC_URL', async () => {
    const port = await freePort();
    web = await startWeb(loadConfig({ WEB_PORT: String(port), PUBLIC_URL: 'https://plan.example.org/' }), quiet);
    expect(web!.readerUrl).toBe('https://plan.example.org/plan/');
    const origin = `http://127.0.0.1:${port}`;
    expect((await fetch(`${origin}/healthz`)).status).toBe(503);
    web!.serve(engine);
    expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ status: 'ready', indexBuiltAt: '2026-12-01T00:00:00.000Z' });
    const answer = (await (await fetch(`${origin}/api/ask?q=${encodeURIComponent('森林覆盖率目标是多少？')}`)).json()) as { answers: { citation: { url: string } }[] };
    expect(answer.answers[0]!.citation.url).toMatch(/^https:\/\/plan\.example\.org\/plan\/p\d+\.html\?hl=/);
    const page = await fetch(`${origin}/plan/p8.html`, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(await page.text()).toContain('第八篇');
  });

  it('is off with WEB=false, and a taken port is a warning naming WEB_PORT', async () => {
    expect(await startWeb(loadConfig({ WEB: 'false' }), quiet)).toBeNull();
    const port = await freePort();
    web = await startWeb(loadConfig({ WEB_PORT: String(port) }), quiet);
    const warnings: string[] = [];
    const second = await startWebOrWarn(loadConfig({ WEB_PORT: String(port) }), { info() {}, warn: (m) => warnings.push(m) });
    expect(second).toBeNull();
    expect(warnings[0]).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port} .*set WEB_PORT to a free port, or WEB=false — running without the web reader`));
  });
});
