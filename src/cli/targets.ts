// npm run targets -- "<topic>"  |  --all --json  |  --stats
import { renderTargetText } from '../targets/render.js';
import { createEngine } from '../app/engine.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

async function main() {
  const args = process.argv.slice(2);
  const topic = args.filter((a) => !a.startsWith('--')).join(' ').trim();
  const engine = await createEngine(loadConfig(), cliLog);
  const all = engine.index.extra.targets;
  if (args.includes('--stats')) {
    const count = (key: (t: (typeof all)[number]) => string) =>
      Object.entries(all.reduce<Record<string, number>>((m, t) => ({ ...m, [key(t)]: (m[key(t)] ?? 0) + 1 }), {}));
    console.log(`targets: ${all.length}`);
    console.table(Object.fromEntries(count((t) => t.theme)));
    console.table(Object.fromEntries(count((t) => t.kind)));
    return;
  }
  if (args.includes('--all')) {
    for (const t of all) console.log(args.includes('--json') ? JSON.stringify(t) : renderTargetText(t));
    return;
  }
  if (!topic) {
    console.error('usage: npm run targets -- "<topic>" | --all [--json] | --stats');
    process.exit(2);
  }
  const found = await engine.targets.find(topic);
  if (args.includes('--json')) found.forEach((t) => console.log(JSON.stringify(t)));
  else console.log(found.length ? found.map((t, i) => `${i + 1}. ${renderTargetText(t)}`).join('\n') : '规划中没有找到这个主题的量化目标。');
}

main().catch((err: Error) => {
  console.error(`targets failed: ${err.message}`);
  process.exit(1);
});
