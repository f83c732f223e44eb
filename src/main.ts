// npm start — the one place that wires adapters to the core. With DISCORD_TOKEN (in .env or the
// environment): the Discord bot, its state database and its daily digest; without: the terminal chat.
import { join, resolve } from 'node:path';
import pino from 'pino';
import { importDigestJson } from './adapters/digest-json-import.js';
import { DATABASE_FILE, openSqliteStore } from './adapters/sqlite-store.js';
import { createEngine, type Engine } from './app/engine.js';
import { startRetention } from './app/retention.js';
import { runChat } from './cli/chat.js';
import { ConfigError, configuredModel, loadConfig, type Config } from './config.js';
import { runDueDigests, startDigestScheduler } from './digest/runner.js';
import { createBot, DISALLOWED_INTENT_HELP } from './discord/bot.js';
import type { AboutInfo } from './discord/context.js';
import { createFootnoteLookup } from './plan/footnotes.js';

const aboutOf = (engine: Engine, config: Config): AboutInfo => ({
  title: engine.index.plan.title,
  indexBuiltAt: engine.index.manifest.builtAt,
  chunks: engine.index.manifest.chunkCount,
  targets: engine.index.manifest.targetCount,
  model: engine.embedder && engine.index.vectors ? configuredModel(config) : null,
});

async function runBot(config: Config, token: string) {
  const log = pino({ level: config.LOG_LEVEL, redact: ['token', '*.token'] });
  const textLog = { info: (m: string) => log.info(m), warn: (m: string) => log.warn(m) };
  const engine = await createEngine(config, textLog);
  const dataDir = resolve(config.DATA_DIR);
  const store = openSqliteStore(join(dataDir, DATABASE_FILE));
  const imported = await importDigestJson(join(dataDir, 'digest.json'), store, () => new Date());
  if (imported) log.info(imported, 'imported digest.json into the state database (renamed to digest.json.imported)');
  const stopRetention = startRetention(store, config.RETENTION_DAYS, () => new Date(), textLog);
  if (!config.MESSAGE_CONTENT_INTENT && (await store.askChannels()).length) {
    log.warn('ask channels are set up but MESSAGE_CONTENT_INTENT=false: messages there cannot be read (see README, Ask channels)');
  }
  const digest = { postAt: config.DIGEST_TIME, timeZone: config.DIGEST_TIMEZONE, size: config.DIGEST_SIZE };
  const targets = engine.index.extra.targets;
  const bot = createBot({
    ask: (q) => engine.ask(q), findTargets: (t) => engine.targets.find(t), targets, plan: engine.index.plan,
    footnotes: createFootnoteLookup(engine.index.plan), store, digest, questionLog: config.QUESTION_LOG,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, messageContent: config.MESSAGE_CONTENT_INTENT,
    about: aboutOf(engine, config), now: () => new Date(), log,
  }, { token, apiUrl: config.DISCORD_API_URL });
  let stopScheduler = () => {};
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing replies in flight');
    stopScheduler();
    stopRetention();
    await bot.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await bot.start();
  stopScheduler = startDigestScheduler(
    () => runDueDigests({
      targets, store, send: bot.sendDigest, now: () => new Date(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)), ...digest, log: textLog,
    }),
    30_000, globalThis, (err) => log.error({ err }, 'digest run failed'),
  );
}

async function main() {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) {
    console.error('No DISCORD_TOKEN in .env or the environment: starting the terminal chat (see .env.example to run the Discord bot).');
    return runChat(config);
  }
  return runBot(config, config.DISCORD_TOKEN);
}

main().catch((err: Error) => {
  const known = err instanceof ConfigError || err.message === DISALLOWED_INTENT_HELP;
  console.error(known ? err.message : `planbot failed to start: ${err.message}`);
  process.exit(1);
});
