// npm run digest -- [--date YYYY-MM-DD] --preview — prints that day's digest (default: today locally).
// npm run digest -- --audit [--date YYYY-MM-DD] [--days 60] — checks that many days of previews from
// that date: items without a target figure and figures under another measure (src/targets/audit.ts),
// each listed, then the counts.
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { localTime } from '../digest/schedule.js';
import { selectDigest } from '../targets/digest.js';
import { renderDigestText, targetHeadline } from '../targets/render.js';
import { targetProblems } from '../targets/audit.js';
import type { Target } from '../targets/extract.js';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

/** The dates from `date` on, `days` of them. */
const datesFrom = (date: string, days: number) =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(`${date}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

function audit(targets: readonly Target[], date: string, days: number, size: number): string {
  let items = 0;
  let noFigure = 0;
  let otherMeasure = 0;
  const lines: string[] = [];
  for (const day of datesFrom(date, days)) {
    for (const t of selectDigest(targets, day, size).targets) {
      items++;
      const problems = targetProblems(t);
      if (problems.includes('no target figure')) noFigure++;
      else if (problems.length) otherMeasure++;
      if (problems.length) lines.push(`${day} ${targetHeadline(t)}：${problems.join('；')}`);
    }
  }
  return [...lines, `${days} days from ${date}: ${items} items, ${noFigure} without a target figure, ${otherMeasure} with a figure under another measure`].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const config = loadConfig();
  const dateAt = args.indexOf('--date');
  const date = dateAt >= 0 ? args[dateAt + 1] ?? '' : localTime(new Date(), config.DIGEST_TIMEZONE).date;
  const daysAt = args.indexOf('--days');
  const days = daysAt >= 0 ? Number(args[daysAt + 1]) : 60;
  const engine = await createEngine(config, cliLog, loadFittedParts());
  try {
    const targets = engine.index.extra.targets;
    console.log(args.includes('--audit') ? audit(targets, date, days, config.DIGEST_SIZE) : renderDigestText(selectDigest(targets, date, config.DIGEST_SIZE)));
  } catch (err) {
    console.error(`${(err as Error).message} — use --date YYYY-MM-DD`);
    process.exit(2);
  }
}

main().catch((err: Error) => {
  console.error(`digest failed: ${err.message}`);
  process.exit(1);
});
