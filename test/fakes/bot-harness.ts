// The real bot (createBot) wired for end-to-end tests: lexical answers and claim checks over the real plan, a few crafted
// answers for cases the engine cannot produce on demand, a real SQLite store, against a FakeDiscord.
import { loadThesaurus } from '../../src/adapters/thesaurus-file.js';
import { answerQuestion, type Answer } from '../../src/answer/answer.js';
import { afterAll, beforeAll } from 'vitest';
import { checkClaim } from '../../src/check/check.js';
import { checkPasted } from '../../src/check/paragraph.js';
import { understand } from '../../src/understand/question.js';
import { buildGlossary } from '../../src/understand/english.js';
import { openSqliteStore } from '../../src/adapters/sqlite-store.js';
import type { Store } from '../../src/state/store.js';
import { createBot, type BotServices } from '../../src/discord/bot.js';
import { createBudget, type BudgetLimits } from '../../src/limits/budget.js';
import { memoryCounters } from '../../src/limits/memory-counters.js';
import { createFootnoteLookup } from '../../src/plan/footnotes.js';
import { extractTargets } from '../../src/targets/extract.js';
import { createTargetFinder } from '../../src/targets/lookup.js';
import { createLexicalIndex } from '../../src/adapters/minisearch-lexical.js';
import { chunks, craftAnswer, lexicalAnswerPorts, plan, settings } from '../helpers.js';
import type { FakeDiscord, Fault } from './fake-discord.js';

const ports = lexicalAnswerPorts();
/** Claim checks read English through the domain glossary, as the engine does (the CC-CEDICT lexicon is the index's). */
const checkPorts = { ...ports, vocabulary: { ...ports.vocabulary, glossary: buildGlossary(loadThesaurus().english) } };
export const targets = extractTargets(plan);
const finder = createTargetFinder({ targets, chunks, planText: plan.text, dense: null, thesaurus: loadThesaurus(), lexicalIndexOf: createLexicalIndex });

/** Questions with made-up answers: what the engine does not produce today (related, a direct line). */
export const CRAFTED: Record<string, () => Answer> = {
  'PING-TEST': () => craftAnswer({ question: 'PING-TEST' }, [{ text: '请 @everyone 和 <@&123> 注意 **粗体** 与 `代码`' }]),
  'LONG-TEST': () => craftAnswer({ question: 'LONG-TEST' }, Array.from({ length: 10 }, () => ({ text: '长'.repeat(2000) + '。' }))),
  'RELATED-TEST': () => craftAnswer({ outcome: 'related', refused: true, reason: { code: 'low_evidence', message: '规划中没有直接回答这个问题的内容。' } }),
  'DIRECT-TEST': () => craftAnswer({ direct: '2025年目标72亿元' }),
};

/** Quiet, unless BOT_LOG=1 is set to see what the bot logs while debugging a test. */
export const silentLog = process.env.BOT_LOG ? { info: console.log, warn: console.warn, error: console.error } : { info() {}, warn() {}, error() {} };

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  obj: Record<string, unknown>;
}

/** A log that keeps every line (a bot's object-first lines and the digest runner's text lines). */
export function captureLog() {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object | string, msg?: string) => {
    if (process.env.BOT_LOG) console.log(level, obj, msg ?? '');
    lines.push(typeof obj === 'string' ? { level, msg: obj, obj: {} } : { level, msg: msg ?? '', obj: obj as Record<string, unknown> });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error'), text: { info: at('info'), warn: at('warn') } };
}

/** The harness's clock: every test's actions fall in one budget window, whenever the test runs. */
export const HARNESS_NOW = new Date('2026-12-01T02:00:00Z');

/** Budgets in memory on the harness's clock: 5 questions a user, and (unless a test says) room for a whole test file per channel and server. */
export const testBudget = (limits: Partial<BudgetLimits> = {}) =>
  createBudget({ counters: memoryCounters(), limits: { user: 5, channel: 1000, server: 1000, ...limits }, now: () => HARNESS_NOW.getTime() });

export function servicesFor(store: Store, overrides: Partial<BotServices> = {}): BotServices {
  return {
    ask: async (q) => {
      if (q === 'FAIL-TEST') throw new Error('engine exploded');
      return CRAFTED[q]?.() ?? answerQuestion(q, ports, settings);
    },
    check: (text) => checkPasted(text, (claim) => checkClaim(claim, checkPorts, settings.retrieve)),
    formOf: (text) => understand(text, ports.vocabulary).form,
    findTargets: (t) => finder.find(t),
    targets, plan, footnotes: createFootnoteLookup(plan), store,
    digest: { postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4 },
    questionLog: true, budget: testBudget(), messageContent: true,
    about: { title: plan.title, indexBuiltAt: '2026-11-29T11:24:13.630Z', chunks: chunks.length, targets: targets.length, model: null },
    now: () => new Date(HARNESS_NOW), log: silentLog,
    ...overrides,
  };
}

export const TOKEN = 'fake.token.for-tests-only-000000000000';

/** The bot logged in to the fake; another process of the same bot takes another token (so the fake can kill one). */
export async function startBot(fake: FakeDiscord, services: BotServices, token = TOKEN) {
  const bot = createBot(services, { token, apiUrl: fake.apiUrl });
  await bot.start();
  return bot;
}

/**
 * The fake Discord and the real bot on it, over an in-memory SQLite store, for one test file: started
 * before its tests, stopped after (the bot draining for `drainMs`). `bot()` is the running bot.
 */
export function botOnFake(fake: FakeDiscord, overrides: Partial<BotServices> = {}, drainMs = 1000) {
  const store = openSqliteStore(':memory:');
  let bot: Awaited<ReturnType<typeof startBot>> | undefined;
  beforeAll(async () => {
    await fake.start();
    bot = await startBot(fake, servicesFor(store, overrides));
  });
  afterAll(async () => {
    await bot?.stop(drainMs / 1000);
    await fake.stop();
    await store.close();
  });
  return { store, bot: () => bot! };
}

/** Injects a fault into the next `times` requests of this method whose path is (or matches) `path`. */
export const faultOn = (fake: FakeDiscord) => (kind: Fault['kind'], method: string, path: string | RegExp, times = 1, retryAfterMs?: number) =>
  fake.faults.push({ kind, times, retryAfterMs, match: (m, p) => m === method && (typeof path === 'string' ? p === path : path.test(p)) });
