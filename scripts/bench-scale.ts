// npm run bench:scale [-- N] — planbot as it runs past one process: npm run start:sharded with
// SHARD_COUNT=2 against the fake Discord (the real model, EMBED_WORKERS=auto, SQLite), then N (500)
// /ask arriving within 5 seconds at the shard that holds the guild. Prints each shard process's memory
// (RSS once connected, RSS and peak after the questions) and the questions per second one shard
// process sustains. For the arithmetic, see docs/scaling.md.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { FakeDiscord } from '../test/fakes/fake-discord.js';
import { botEnv, spawnPlanbot } from '../test/fakes/bot-process.js';
import { benchQuestions, percentile } from './bench/bot-under-load.js';

const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 500);

/** The shard processes (src/main.ts) whose parent is `pid` (Linux /proc). */
const shardsOf = (pid: number) => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((p) => {
  try {
    const parent = Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    return parent === pid && readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('src/main.ts');
  } catch {
    return false;
  }
});
const memory = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
};

const fake = new FakeDiscord();
await fake.start();
const manager = spawnPlanbot('src/shards.ts', botEnv(fake.apiUrl, {
  SHARD_COUNT: '2', EMBED_MODEL: 'BAAI/bge-small-zh-v1.5', DATA_DIR: 'data/bench-scale',
  // The burst measures shards answering, not the budgets or the queue's bound (README, Abuse and limits): lifted.
  CHANNEL_LIMIT_PER_MINUTE: '10000', SERVER_LIMIT_PER_MINUTE: '100000', ANSWER_QUEUE_MAX_WAITING: '100000',
}));
await manager.waitFor('all shards of this machine are connected', 1, 300_000).catch(async (e) => {
  manager.child.kill('SIGKILL');
  throw e;
});
const shards = shardsOf(manager.child.pid!);
const idle = shards.map(memory);
const questions = Array.from({ length: n }, (_, i) => benchQuestions(240)[i % 240]!);
const started = Date.now();
const ids = await fake.askSpread(questions, 5000);
const answered = (id: string) => fake.replyEdit(id);
while (ids.some((id) => !answered(id)) && Date.now() - started < 600_000) await new Promise((r) => setTimeout(r, 20));
const elapsed = (Date.now() - started) / 1000;
const latency = ids.map((id) => (answered(id)?.at ?? NaN) - fake.interactions.get(id)!.at);
const busy = shards.map(memory);
console.log(`npm run start:sharded, SHARD_COUNT=2, real model; ${n} /ask within 5 s to one guild; ${availableParallelism()} cores`);
console.table(shards.map((pid, i) => ({ 'shard process': pid, 'RSS connected MiB': idle[i]!.rss, 'RSS after MiB': busy[i]!.rss, 'peak RSS MiB': busy[i]!.peak })));
console.log(`manager process RSS ${memory(manager.child.pid!).rss} MiB`);
console.log(`answered ${latency.filter(Number.isFinite).length}/${n} in ${elapsed.toFixed(1)} s: ${(n / elapsed).toFixed(1)} questions/s by one shard process; answer p50 ${percentile(latency, 50)} ms, p99 ${percentile(latency, 99)} ms`);
manager.child.kill('SIGTERM');
await manager.exited;
await fake.stop();
