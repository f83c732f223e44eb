// npm run check -- [--json] "说法"
// Checks a claim against the plan (model and index loaded once): the verdict line, then the quotes with
// their citations; --json prints {claim, verdict, line, differs, absent, quotes}. A paragraph of several
// sentences is checked sentence by sentence (up to 10), one line each; --json then prints ask --json's shape.
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { checkAnswerJson } from '../answer/json.js';
import { checkJson, renderPastedText } from '../check/render.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

async function main() {
  const args = process.argv.slice(2);
  const claim = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!claim.trim()) {
    console.error('usage: npm run check -- [--json] "到2025年，吉安电子信息产业营收突破4000亿元"');
    process.exit(2);
  }
  const engine = await createEngine(loadConfig(), cliLog, loadFittedParts());
  const pasted = await engine.checkPasted(claim);
  const one = pasted.checks.length === 1 ? pasted.checks[0]! : null;
  if (args.includes('--json')) console.log(JSON.stringify(one ? checkJson(one) : checkAnswerJson(pasted)));
  else console.log(renderPastedText(pasted));
}

main().catch((err: Error) => {
  console.error(`check failed: ${err.message}`);
  process.exit(1);
});
