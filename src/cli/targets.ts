// npm run targets -- "<topic>"  |  --all [--json]  |  --stats
// --all --json prints JSON Lines: one target a line, with its period (十四五 target / 十三五 result).
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { noTargetsMessage, renderTargetText } from '../targets/render.js';
import type { Target } from '../targets/extract.js';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

function printStats(all: readonly Target[]) {
  const count = (key: (t: Target) => string) =>
    Object.fromEntries(Object.entries(all.reduce<Record<string, number>>((m, t) => ({ ...m, [key(t)]: (m[key(t)] ?? 0) + 1 }), {})));
  console.log(`targets: ${all.length}`);
  console.table(count((t) => t.period));
  console.table(count((t) => t.theme));
  console.table(count((t) => t.kind));
}

async function main() {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1)); // `| head` closes the pipe early
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const topic = args.filter((a) => !a.startsWith('--')).join(' ').trim();
  const engine = await createEngine(loadConfig(), cliLog, loadFittedParts());
  const all = engine.index.extra.targets;
  if (args.includes('--stats')) return printStats(all);
  if (args.includes('--all')) {
    for (const t of all) console.log(json ? JSON.stringify(t) : renderTargetText(t));
    return;
  }
  if (!topic) {
    console.error('usage: npm run targets -- "<topic>" | --all [--json] | --stats');
    process.exit(2);
  }
  const found = await engine.targets.find(topic);
  if (json) found.forEach((t) => console.log(JSON.stringify(t)));
  else console.log(found.length ? found.map((t, i) => `${i + 1}. ${renderTargetText(t)}`).join('\n') : noTargetsMessage(topic));
}

main().catch((err: Error) => {
  console.error(`targets failed: ${err.message}`);
  process.exit(1);
});
