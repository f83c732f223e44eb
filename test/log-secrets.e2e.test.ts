// What the log holds when replies fail: the real bot against the fake Discord with the reply edit, a
// follow-up and a thread create failing, QUESTION_LOG=false, a question carrying a unique marker. No log
// line may hold the interaction token (tok-<id> in the fake: it posts as the bot for 15 minutes) or the
// marker (the question, past QUESTION_LOG and RETENTION_DAYS) — while the failures themselves are
// logged, by route. In process (pino as npm start wires it), then as the real `npm start` process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLog } from '../src/adapters/log.js';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import { buildAndWriteIndex } from '../src/app/index-lifecycle.js';
import { loadConfig } from '../src/config.js';
import { servicesFor, startBot } from './fakes/bot-harness.js';
import { botEnv, spawnPlanbot } from './fakes/bot-process.js';
import { FakeDiscord, type Fault } from './fakes/fake-discord.js';

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function fakeDiscord() {
  const fake = new FakeDiscord();
  await fake.start();
  cleanups.push(() => fake.stop());
  return fake;
}

const fault = (fake: FakeDiscord, kind: Fault['kind'], method: string, path: RegExp, times: number) =>
  fake.faults.push({ kind, times, match: (m, p) => m === method && path.test(p) });

/** An /ask whose reply can never be edited and whose notice's follow-up answers 502 after it was made; a mention whose thread cannot be created. */
function askIntoFailures(fake: FakeDiscord, marker: string) {
  const slash = fake.ask(`${marker} 研发经费支出2025年目标是多少？`);
  fault(fake, '5xx-before', 'PATCH', new RegExp(`tok-${slash}/messages/@original$`), 1000);
  fault(fake, '5xx-after', 'POST', new RegExp(`^/webhooks/\\d+/tok-${slash}$`), 1);
  const mention = fake.mention(`<@900000000000000001> ${marker} 森林覆盖率目标是多少？`);
  fault(fake, '5xx-before', 'POST', new RegExp(`/messages/${mention}/threads$`), 1000);
  return { slash, mention };
}

/** What must be and must not be in the log: the failures by route; no token, no question. */
function expectSafe(lines: string[], slash: string, marker: string) {
  expect(lines.filter((l) => l.includes(`tok-${slash}`))).toEqual([]);
  expect(lines.filter((l) => l.includes(marker))).toEqual([]);
  const all = lines.join('\n');
  expect(all).toContain('"route":"/webhooks/:id/:token/messages/@original"');
  expect(all).toContain('"route":"/channels/:id/messages/:id/threads"');
}

describe('the log of a bot whose replies fail (QUESTION_LOG=false)', () => {
  it('in process, pino as npm start wires it: the failures by route, no interaction token, no question', async () => {
    const fake = await fakeDiscord();
    const lines: string[] = [];
    const log = createLog('info', {}, new Writable({ write(chunk, _, done) { lines.push(...String(chunk).split('\n').filter(Boolean)); done(); } }));
    const store = openSqliteStore(':memory:');
    const bot = await startBot(fake, servicesFor(store, { log, questionLog: false }));
    cleanups.push(() => store.close(), () => bot.stop(1));
    const marker = 'MARKER-7f3a9c';
    const { slash } = askIntoFailures(fake, marker);
    const seen = (text: string) => lines.some((l) => l.includes(text));
    for (let i = 0; i < 600 && !(seen('the notice reached the asker as a follow-up') && seen('message question failed')); i++) await new Promise((r) => setTimeout(r, 25));
    expectSafe(lines, slash, marker);
  });

  it('the real npm start process: the same', async () => {
    const fake = await fakeDiscord();
    const dir = mkdtempSync(join(tmpdir(), 'planbot-logs-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const indexDir = join(dir, 'index');
    await buildAndWriteIndex(loadConfig({ INDEX_DIR: indexDir, EMBED_MODEL: 'none' }), { info() {}, warn() {} }, null);
    const bot = spawnPlanbot('src/main.ts', botEnv(fake.apiUrl, { QUESTION_LOG: 'false', INDEX_DIR: indexDir, DATA_DIR: join(dir, 'data'), DRAIN_SECONDS: '1' }));
    cleanups.push(() => bot.child.kill('SIGKILL'));
    await bot.waitFor('connected to Discord');
    const marker = 'MARKER-c9e41b';
    const { slash } = askIntoFailures(fake, marker);
    await bot.waitFor('the notice reached the asker as a follow-up');
    await bot.waitFor('message question failed');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expectSafe(bot.lines.map((l) => JSON.stringify(l)), slash, marker);
  }, 120_000);
});
