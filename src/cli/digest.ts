// npm run digest -- [--date YYYY-MM-DD] --preview — prints that day's digest (default: today locally).
import { localTime } from '../digest/schedule.js';
import { selectDigest } from '../targets/digest.js';
import { renderDigestText } from '../targets/render.js';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

async function main() {
  const args = process.argv.slice(2);
  const config = loadConfig();
  const dateAt = args.indexOf('--date');
  const date = dateAt >= 0 ? args[dateAt + 1] ?? '' : localTime(new Date(), config.DIGEST_TIMEZONE).date;
  const engine = await createEngine(config, cliLog, loadFittedParts());
  try {
    console.log(renderDigestText(selectDigest(engine.index.extra.targets, date, config.DIGEST_SIZE)));
  } catch (err) {
    console.error(`${(err as Error).message} — use --date YYYY-MM-DD`);
    process.exit(2);
  }
}

main().catch((err: Error) => {
  console.error(`digest failed: ${err.message}`);
  process.exit(1);
});
