// npm run start:sharded — the bot past one process: discord.js's ShardingManager runs one process per
// shard (each is src/main.ts), SHARD_COUNT in all (auto: as many as Discord recommends for the bot's
// guilds), SHARD_LIST the ones this machine runs — so several machines split the shards between them
// and share one PostgreSQL (DATABASE_URL). The index is checked, and built if needed, once here before
// any shard starts. SIGTERM is passed to every shard, which drains; this process exits after them.
import './adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type pino from 'pino';
import { createLog } from './adapters/log.js';
import { loadEmbedder } from './adapters/load-embedder.js';
import { readIndex } from './adapters/index-store.js';
import { expectedIndex, openIndex } from './app/index-lifecycle.js';
import { EXTRA_NAMES } from './index/build.js';
import { ConfigError, configuredModel, loadConfig, type Config } from './config.js';
import { errorText } from './discord/log-safe.js';

/** Shards Discord recommends for this bot (GET /gateway/bot), from the configured API. */
async function recommendedShards(token: string, apiUrl = 'https://discord.com/api'): Promise<number> {
  const res = await fetch(`${apiUrl}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` } });
  if (!res.ok) throw new Error(`Discord answered ${res.status} to GET /gateway/bot (is DISCORD_TOKEN right?)`);
  return Math.max(1, Number(((await res.json()) as { shards: number }).shards));
}

/** Builds the index if it is missing, corrupt or stale, once, before the shards start and read it; loads the model only to build. */
async function ensureIndex(config: Config, log: pino.Logger) {
  const text = { info: (m: string) => log.info(m), warn: (m: string) => log.warn(m) };
  const usable = await readIndex(resolve(config.INDEX_DIR), expectedIndex(config, configuredModel(config)), EXTRA_NAMES).then(() => true, () => false);
  if (usable) return;
  const embedder = await loadEmbedder({ modelId: configuredModel(config), modelsDir: config.EMBED_MODEL_DIR }, text.warn);
  await openIndex(config, text, embedder);
}

/** Waits for every shard process to exit (they drain first), at most `ms`. */
function exited(shards: Iterable<Shard>, ms: number) {
  const deaths = [...shards].filter((s) => s.process).map((s) => new Promise((r) => s.once('death', r)));
  return Promise.race([Promise.all(deaths), new Promise((r) => setTimeout(r, ms).unref())]);
}

async function main() {
  const config = loadConfig();
  const log = createLog(config.LOG_LEVEL);
  const token = config.DISCORD_TOKEN;
  if (!token) throw new ConfigError(['DISCORD_TOKEN is required for npm run start:sharded (see .env.example)']);
  await ensureIndex(config, log);
  const totalShards = config.SHARD_COUNT === 'auto' ? await recommendedShards(token, config.DISCORD_API_URL) : config.SHARD_COUNT;
  const shardList = config.SHARD_LIST ? config.SHARD_LIST.split(',').map(Number) : 'auto';
  const manager = new ShardingManager(fileURLToPath(new URL(`./main${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)), {
    token, totalShards, shardList, mode: 'process', respawn: true, execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, of: totalShards }, 'shard process started');
    shard.on('death', () => log.warn({ shard: shard.id, respawn: manager.respawn }, 'shard process exited'));
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    log.info({ signal, shards: manager.shards.size }, 'stopping: every shard drains, then exits');
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
    await exited(manager.shards.values(), (config.DRAIN_SECONDS + 10) * 1000);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await manager.spawn({ amount: totalShards, timeout: 180_000 });
  log.info({ shards: [...manager.shards.keys()], of: totalShards }, 'all shards of this machine are connected');
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `planbot (sharded) failed to start: ${errorText(err)}`);
  process.exit(1);
});
