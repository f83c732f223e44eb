// npm start — the one place that wires adapters to the core. With DISCORD_TOKEN (in .env or the
// environment): the Discord bot (one process, or one shard of npm run start:sharded), its state store
// and its daily digest; without: the terminal chat. Both also serve the web reader and HTTP API (WEB).
import './adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type pino from 'pino';
import { importDigestJson } from './adapters/digest-json-import.js';
import { autoWorkers } from './adapters/embedder-pool.js';
import { loadFittedParts } from './adapters/fitted-files.js';
import { createLog } from './adapters/log.js';
import { openStore } from './adapters/open-store.js';
import { answerConcurrency, fromEngine } from './app/bot-services.js';
import { createEngine } from './app/engine.js';
import type { Log } from './app/index-lifecycle.js';
import { startRetention } from './app/retention.js';
import { runChat } from './cli/chat.js';
import { ConfigError, embedWorkers, loadConfig, type Config } from './config.js';
import { runDueDigests, startDigestScheduler } from './digest/runner.js';
import { createBot, DISALLOWED_INTENT_HELP, type BotServices } from './discord/bot.js';
import { errorText } from './discord/log-safe.js';
import { createBudget } from './limits/budget.js';
import { memoryCounters } from './limits/memory-counters.js';
import type { Store } from './state/store.js';
import type { Engine } from './app/engine.js';
import type { FittedParts } from './answer/fitted-parts.js';
import { createMetrics } from './web/metrics.js';
import { countAnswers, errorCountingHooks } from './web/observe.js';
import { startWebOrWarn, type WebHandle } from './web/start.js';

/** What the bot takes from an engine, its answers counted on /metrics; the web server serves the same engine and queue. */
function engineServices(engine: Engine, config: Config, workers: number, web: WebHandle | null) {
  const services = fromEngine(engine, config, answerConcurrency(workers));
  web?.serve(engine, services.ask);
  return { ...services, ask: countAnswers(services.ask, web?.metrics, 'discord') };
}

/** The state store, the one-time import of digest.json, and retention. */
async function openState(config: Config, log: pino.Logger, textLog: Log, owner: string) {
  const { store, where, tightened } = await openStore(config, (err) => log.warn({ err }, 'a state database connection dropped: the pool opens another'));
  if (tightened.length) log.warn({ tightened }, 'the state files were readable by other users: now DATA_DIR is 0700 and the database files 0600');
  log.info({ store: where, owner }, 'state database open');
  const imported = await importDigestJson(join(resolve(config.DATA_DIR), 'digest.json'), store, () => new Date());
  if (imported) log.info(imported, 'imported digest.json into the state database (renamed to digest.json.imported)');
  if (!config.MESSAGE_CONTENT_INTENT && (await store.askChannels()).length) {
    log.warn('ask channels are set up but MESSAGE_CONTENT_INTENT=false: messages there cannot be read (see README, Ask channels)');
  }
  return { store, stopRetention: startRetention(store, config.RETENTION_DAYS, () => new Date(), textLog) };
}

/** The budgets: counted in PostgreSQL when the store is (shared by every shard and machine), else in this process's memory. */
function budgetFor(config: Config, store: Store, log: pino.Logger) {
  return createBudget({
    counters: config.DATABASE_URL ? store : memoryCounters(),
    limits: { user: config.RATE_LIMIT_PER_MINUTE, channel: config.CHANNEL_LIMIT_PER_MINUTE, server: config.SERVER_LIMIT_PER_MINUTE },
    now: Date.now,
    onDropError: (err) => log.warn({ err }, 'could not delete the budget counts of the minute that ended: deleted with the next minute\'s'),
  });
}

/**
 * Every fitted part the engine answers with, read once from fitted/ and checked against its manifest
 * (each file's sha256, the embedding model): the query adapter, the retrieval weights, the judge with
 * the model (reading the wording and vector priors) and without it (reading the wording prior).
 */
function fittedParts(): FittedParts {
  const { embeddingModel, queryAdapter, rankWeights, judge, judgeLexical } = loadFittedParts();
  return { embeddingModel, queryAdapter, rankWeights, judge, judgeLexical };
}

async function runBot(config: Config, token: string, fitted: FittedParts) {
  const metrics = config.WEB ? createMetrics() : undefined;
  const log = createLog(config.LOG_LEVEL, { hooks: errorCountingHooks(metrics) });
  const textLog = { info: (m: string) => log.info(m), warn: (m: string) => log.warn(m) };
  const web = await startWebOrWarn(config, textLog, metrics);
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const workers = embedWorkers(config, autoWorkers);
  log.info({ fitted: { embeddingModel: fitted.embeddingModel, priors: Object.keys(fitted.judge.priors ?? {}) } }, 'fitted parts loaded (fitted/manifest.json)');
  const engine = await createEngine(config, textLog, fitted, { embedWorkers: workers, serveStale: true });
  const { store, stopRetention } = await openState(config, log, textLog, owner);
  const digest = { postAt: config.DIGEST_TIME, timeZone: config.DIGEST_TIMEZONE, size: config.DIGEST_SIZE };
  const services: BotServices = {
    ...engineServices(engine, config, workers, web), store, digest, questionLog: config.QUESTION_LOG, budget: budgetFor(config, store, log),
    messageContent: config.MESSAGE_CONTENT_INTENT, now: () => new Date(), log,
  };
  void engine.replacement?.then((fresh) => {
    Object.assign(services, engineServices(fresh, config, workers, web));
    log.info({ builtAt: fresh.index.manifest.builtAt }, 'the rebuilt index now serves');
  }, (err: Error) => log.error({ err }, 'rebuilding the stale index failed: the old one keeps serving; run npm run build:index'));
  const bot = createBot(services, { token, apiUrl: config.DISCORD_API_URL, drainSeconds: config.DRAIN_SECONDS });
  let stopScheduler = () => {};
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    stopScheduler();
    stopRetention();
    await bot.stop();
    await web?.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await bot.start();
  stopScheduler = startDigestScheduler(
    () => runDueDigests({
      targets: services.targets, store, sender: bot.digestSender, now: () => new Date(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      ...digest, graceMinutes: config.DIGEST_GRACE_MINUTES, owner, log: textLog,
    }),
    30_000, globalThis, (err) => log.error({ err }, 'digest run failed'),
  );
}

async function main() {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) {
    console.error('No DISCORD_TOKEN in .env or the environment: starting the terminal chat (see .env.example to run the Discord bot).');
    return runChat(config, fittedParts());
  }
  return runBot(config, config.DISCORD_TOKEN, fittedParts());
}

main().catch((err: Error) => {
  const known = err instanceof ConfigError || err.message === DISALLOWED_INTENT_HELP;
  console.error(known ? err.message : `planbot failed to start: ${errorText(err)}`);
  process.exit(1);
});
