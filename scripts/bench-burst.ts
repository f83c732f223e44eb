// npm run bench:burst [-- N] [--spread MS] — N (200) /ask arriving within MS (1000) milliseconds at the
// fake Discord, with the real model and index: before (the model on the main thread, every question in the engine at once), with the
// model in worker threads only, and after (worker threads and the answer queue, as npm start runs).
// Prints acknowledgement latency as the fake Discord sees it (p50, p99, max; Discord allows 3 s),
// answer latency, the event loop's delay, questions per second and RSS. Each runs in a fresh process.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { autoWorkers } from '../src/adapters/embedder-pool.js';
import { answerConcurrency } from '../src/app/bot-services.js';
import { loadConfig } from '../src/config.js';
import { percentile, startBotUnderLoad, benchQuestions } from './bench/bot-under-load.js';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const n = Number(process.argv.slice(2).find((a, i, all) => /^\d+$/.test(a) && !/^--/.test(all[i - 1] ?? '')) ?? 200);
const spreadMs = flag('--spread', 1000);

async function runOne(workers: number, queued: boolean) {
  const config = loadConfig();
  const bot = await startBotUnderLoad(config, workers, queued ? answerConcurrency(workers) : Infinity);
  const r = await bot.burst(benchQuestions(n), spreadMs);
  await bot.stop();
  const acks = r.ack.filter((x): x is number => x !== null);
  const answers = r.answer.filter((x): x is number => x !== null);
  const row = {
    embedding: workers ? `${workers} worker thread${workers > 1 ? 's' : ''}` : 'main thread',
    'in the engine at once': queued ? answerConcurrency(workers) : 'all',
    'ack p50 ms': Math.round(percentile(acks, 50)), 'ack p99 ms': Math.round(percentile(acks, 99)), 'ack max ms': Math.round(Math.max(...acks)),
    'acks over 3 s': acks.filter((x) => x > 3000).length + r.ack.filter((x) => x === null).length,
    'answer p50 ms': Math.round(percentile(answers, 50)), 'answer p99 ms': Math.round(percentile(answers, 99)),
    'loop delay p99 ms': Math.round(r.loopP99), 'loop delay max ms': Math.round(r.loopMax),
    'questions/s': Number((answers.length / (r.elapsedMs / 1000)).toFixed(1)), unanswered: r.answer.filter((x) => x === null).length,
    'RSS MiB': Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  console.log(JSON.stringify(row));
  process.exit(0);
}

const modeAt = process.argv.indexOf('--workers');
if (modeAt >= 0) {
  await runOne(Number(process.argv[modeAt + 1]), process.argv.includes('--queued'));
} else {
  const modes = [['0'], [String(autoWorkers())], [String(autoWorkers()), '--queued']];
  const rows = modes.map(([w, ...rest]) => {
    const args = [process.argv[1]!, String(n), '--spread', String(spreadMs), '--workers', w!, ...rest];
    const out = execFileSync(process.execPath, [...process.execArgv, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    return JSON.parse(out.trim().split('\n').at(-1)!);
  });
  console.log(`${n} /ask arriving within ${spreadMs} ms; real model and index; fake Discord in its own process; ${availableParallelism()} cores`);
  console.table(rows);
}
