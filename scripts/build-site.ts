// npm run build:site [-- OUT_DIR] — the web reader as static files (default site/): OUT_DIR/plan/ holds
// the contents, one page per 篇, the ask page (which needs the bot's /api/ask to answer), the
// stylesheet and the script; OUT_DIR/index.html leads there. Host the folder anywhere; set PUBLIC_URL
// to where OUT_DIR is served so the bot's links open it.
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config.js';
import { parsePlan } from '../src/plan/parse.js';
import { loadReaderAssets } from '../src/web/assets.js';
import { READER_PATH } from '../src/web/citation-link.js';
import { layoutPlan } from '../src/web/layout.js';
import { readerFiles } from '../src/web/site.js';

const LANDING = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>planbot</title><meta http-equiv="refresh" content="0; url=plan/"><a href="plan/">规划阅读器 / The plan</a></html>\n';

function main() {
  const out = resolve(process.argv[2] ?? 'site');
  const config = loadConfig();
  const plan = parsePlan(readFileSync(config.SEED_PATH, 'utf8'));
  const files = readerFiles(plan, layoutPlan(plan), loadReaderAssets());
  const dir = join(out, READER_PATH);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let largest = { file: '', gzip: 0 };
  for (const [name, body] of files) {
    writeFileSync(join(dir, name), body);
    const gzip = gzipSync(body).length;
    if (gzip > largest.gzip) largest = { file: name, gzip };
  }
  writeFileSync(join(out, 'index.html'), LANDING);
  console.log(`${files.size} files written to ${dir}; largest page ${largest.file}: ${(largest.gzip / 1024).toFixed(1)} KB gzip`);
}

main();
