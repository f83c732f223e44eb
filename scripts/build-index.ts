// npm run build:index — parse seeds/plan.txt, chunk, embed, write index/current/ atomically, report.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAndWriteIndex } from '../src/app/index-lifecycle.js';
import { loadConfig } from '../src/config.js';

const log = { info: (m: string) => console.log(m), warn: (m: string) => console.warn(`warning: ${m}`) };

async function main() {
  const config = loadConfig();
  const started = performance.now();
  const built = await buildAndWriteIndex(config, log);
  const seconds = (performance.now() - started) / 1000;
  const dir = resolve(config.INDEX_DIR);
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const byKind: Record<string, number> = {};
  for (const c of built.chunks) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  console.log(`index written to ${dir}`);
  console.log(`chunks: ${built.chunks.length} (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')}); sentences: ${built.extra.sentences.length}`);
  console.log(`model: ${built.manifest.model ? `${built.manifest.model.modelId}, ${built.manifest.model.dims} dimensions, ${built.manifest.model.pooling} pooling` : 'none (lexical only)'}`);
  console.log(`targets: ${built.manifest.targetCount}`);
  console.log(`time: ${seconds.toFixed(1)} s; index size: ${(bytes / 1024 / 1024).toFixed(2)} MiB; peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((err: Error) => {
  console.error(`build:index failed: ${err.message}`);
  process.exit(1);
});
