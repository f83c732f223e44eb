// npm run feedback -- --stats | --export FILE.jsonl — what the 👍/👎 votes say. Reads the state
// database (DATABASE_URL, or SQLite in DATA_DIR: safe while the bot runs, WAL); needs no model or index.
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { writeFileSync } from 'node:fs';
import { openStore } from '../adapters/open-store.js';
import { loadConfig } from '../config.js';
import { feedbackStats, feedbackToEval } from '../feedback/export.js';

const USAGE = 'usage: npm run feedback -- --stats | --export FILE.jsonl';

const jsonl = (rows: readonly object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

async function main() {
  const args = process.argv.slice(2);
  const exportAt = args.indexOf('--export');
  const file = exportAt >= 0 ? args[exportAt + 1] : undefined;
  if (!args.includes('--stats') && !file) {
    console.error(USAGE);
    process.exit(2);
  }
  const { store } = await openStore(loadConfig());
  try {
    const voted = await store.votedAnswers();
    if (args.includes('--stats')) {
      const stats = feedbackStats(voted);
      const votes = voted.reduce((n, v) => n + v.up + v.down, 0);
      console.log(`feedback: ${votes} votes on ${voted.length} answers`);
      console.table(Object.fromEntries(Object.entries(stats).map(([o, s]) => [o, { answers: s.answers, '👍': s.up, '👎': s.down }])));
    }
    if (file) {
      const { eval: good, review } = feedbackToEval(voted);
      const reviewFile = file.replace(/(\.jsonl)?$/, '.review.jsonl');
      writeFileSync(file, jsonl(good));
      writeFileSync(reviewFile, jsonl(review));
      console.log(`${good.length} questions (👍) in eval format → ${file}; ${review.length} for review (👎) → ${reviewFile}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  console.error(`feedback failed: ${err.message}`);
  process.exit(1);
});
