// npm run ask -- [--json] [--scores] "问题"   |   npm run ask -- --batch FILE.jsonl --json
// Loads the model and index once; batch mode prints one JSON line per {"id","question"} line (a line
// with "claim" instead of "question" is read the same). A pasted claim needs no flag: understanding
// reads it as one (form.ts) and it is checked against the plan instead of answered — a paragraph
// sentence by sentence — its JSON carrying `form: "claim"` and `claim: {verdict, differs, …}`. Every
// citation carries its url in the web reader (printed under it in text).
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { answerJson, checkAnswerJson } from '../answer/json.js';
import { renderPastedText } from '../check/render.js';
import { renderAnswerText } from '../answer/render-text.js';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import { linkBase, loadConfig } from '../config.js';
import { createPlanLinks } from '../web/plan-links.js';
import { cliLog } from './log.js';

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const batchAt = args.indexOf('--batch');
  const question = args.filter((a, i) => !a.startsWith("--") && (batchAt < 0 || i !== batchAt + 1)).join(' ');
  if (batchAt < 0 && !question.trim()) {
    console.error('usage: npm run ask -- [--json] [--scores] "问题"  |  npm run ask -- --batch FILE.jsonl --json');
    process.exit(2);
  }
  const config = loadConfig();
  const engine = await createEngine(config, cliLog, loadFittedParts());
  // Every citation's link into the web reader (PUBLIC_URL, else the address npm start serves it at).
  const link = createPlanLinks(engine.index.plan, engine.index.chunks, linkBase(config)).quote;
  if (batchAt >= 0) {
    const file = args[batchAt + 1];
    if (!file) throw new Error('--batch needs a FILE.jsonl');
    let line = 0;
    for await (const raw of createInterface({ input: createReadStream(file) })) {
      line++;
      if (!raw.trim()) continue;
      let item: { id?: unknown; question?: unknown; claim?: unknown };
      try {
        item = JSON.parse(raw);
      } catch {
        console.error(`${file}:${line}: not JSON, skipped`);
        continue;
      }
      const text = String(item.question ?? item.claim ?? '');
      const id = String(item.id ?? line);
      if (engine.formOf(text) === 'claim') console.log(JSON.stringify(checkAnswerJson(await engine.checkPasted(text), id, link)));
      else console.log(JSON.stringify(answerJson(await engine.ask(text), id, link)));
    }
    return;
  }
  if (engine.formOf(question) === 'claim') {
    const p = await engine.checkPasted(question);
    console.log(json ? JSON.stringify(checkAnswerJson(p, undefined, link)) : renderPastedText(p));
    return;
  }
  const a = await engine.ask(question);
  console.log(json ? JSON.stringify(answerJson(a, undefined, link)) : renderAnswerText(a, { scores: args.includes('--scores'), link }));
}

main().catch((err: Error) => {
  console.error(`ask failed: ${err.message}`);
  process.exit(1);
});
