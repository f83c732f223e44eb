// npm run bench [-- FILE.jsonl] [--json] — answer latency p50/p95 after warm-up, cold start (model and
// index load) and peak RSS, over the questions of a file (default ../shared/eval/dev.jsonl). A file of
// claims (a `claim` field, as ../shared/eval/claims.jsonl) times what the bot does with each pasted
// claim: understanding reads its form, and a claim is checked (engine.checkPasted), a question answered.
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';
import { isClaimsFile } from '../eval/claims.js';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const args = process.argv.slice(2);
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/eval/dev.jsonl');
  const claims = isClaimsFile(file);
  const questions = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String(JSON.parse(l)[claims ? 'claim' : 'question']));
  const t0 = performance.now();
  const engine = await createEngine(loadConfig(), cliLog, loadFittedParts());
  const coldStartMs = performance.now() - t0;
  // Warm-up on altered texts, so the measured questions are not already in the embedding cache.
  const run = claims ? (q: string) => (engine.formOf(q) === 'claim' ? engine.checkPasted(q) : engine.ask(q)) : (q: string) => engine.ask(q);
  for (const q of questions.slice(0, 5)) await run(`预热 ${q}`);
  const times: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await run(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const result = {
    p50_ms: Number(percentile(times, 50).toFixed(1)),
    p95_ms: Number(percentile(times, 95).toFixed(1)),
    cold_start_ms: Math.round(coldStartMs),
    rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    questions: times.length,
    ...(claims ? { claims: true } : {}),
  };
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`${claims ? 'claims' : 'questions'}: ${result.questions} (${file})${engine.embedder ? '' : ' — lexical only, no model'}`);
    console.log(`answer latency: p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms (after warm-up)`);
    console.log(`cold start (model + index load): ${result.cold_start_ms} ms; peak RSS: ${result.rss_mb} MiB`);
  }
}

main().catch((err: Error) => {
  console.error(`bench failed: ${err.message}`);
  process.exit(1);
});
