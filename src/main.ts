// npm start — the one place that wires adapters to the core. With DISCORD_TOKEN: the Discord bot and
// its daily digest; without: the terminal chat.
import { join, resolve } from 'node:path';
import pino from 'pino';
import { jsonFile } from './adapters/json-store.js';
import { createEngine } from './app/engine.js';
import { runChat } from './cli/chat.js';
import { ConfigError, loadConfig } from './config.js';
import { runDueDigests, startDigestScheduler } from './digest/runner.js';
import { emptyDigestState } from './digest/schedule.js';
import { createBot } from './discord/bot.js';

async function main() {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) {
    console.error('DISCORD_TOKEN is not set: starting the terminal chat (see .env.example to run the Discord bot).');
    return runChat();
  }
  const log = pino({ level: config.LOG_LEVEL, redact: ['token', '*.token'] });
  const textLog = { info: (m: string) => log.info(m), warn: (m: string) => log.warn(m) };
  const engine = await createEngine(config, textLog);
  const digestStore = jsonFile(join(resolve(config.DATA_DIR), 'digest.json'), emptyDigestState);
  digestStore.load(); // fail fast on a corrupt store
  const digest = { postAt: config.DIGEST_TIME, timeZone: config.DIGEST_TIMEZONE, size: config.DIGEST_SIZE };
  const bot = createBot(
    {
      ask: (q) => engine.ask(q),
      findTargets: (t) => engine.targets.find(t),
      targets: engine.index.extra.targets,
      plan: engine.index.plan,
      digestStore,
      digest,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      now: () => new Date(),
      log,
    },
    { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, messageContent: config.MESSAGE_CONTENT_INTENT },
  );
  let stopScheduler = () => {};
  bot.client.once('clientReady', () => {
    stopScheduler = startDigestScheduler(
      () => runDueDigests({
        targets: engine.index.extra.targets, store: digestStore, send: bot.sendDigest, now: () => new Date(),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)), ...digest, log: textLog,
      }),
      30_000, globalThis, (err) => log.error({ err }, 'digest run failed'),
    );
  });
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down: finishing replies in flight');
    stopScheduler();
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await bot.start();
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `planbot failed to start: ${err.message}`);
  process.exit(1);
});
