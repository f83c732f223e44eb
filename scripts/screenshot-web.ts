// npm run screenshot:web [-- OUT.png] — the README's picture: the web reader opened from a citation of
// a real answer (lexical, no model needed), the quoted span highlighted, in Debian's chromium
// (CHROMIUM_PATH, default /usr/bin/chromium; a CJK font such as fonts-wqy-microhei makes it legible).
import '../src/adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { answerQuestion } from '../src/answer/answer.js';
import { loadReaderAssets } from '../src/web/assets.js';
import { createMetrics } from '../src/web/metrics.js';
import { createWebServer } from '../src/web/server.js';
import { createWebService, type WebService } from '../src/web/service.js';
import { chunks, lexicalAnswerPorts, plan, settings } from '../test/helpers.js';

const QUESTION = '井冈蜜柚种植规模要达到多少？';
const out = process.argv[2] ?? 'docs/reader-highlight.png';

let service: WebService | null = null;
const app = await createWebServer({ service: () => service, metrics: createMetrics(false), rateLimitPerMinute: 100 });
await app.listen({ host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const ports = lexicalAnswerPorts();
service = createWebService({ plan, chunks, builtAt: '', ask: (q) => answerQuestion(q, ports, settings), findTargets: async () => [], assets: loadReaderAssets(), base: origin });
const url = (await service.ask(QUESTION)).answers[0]?.citation.url;
if (!url) throw new Error(`no citation for ${QUESTION}`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await (await browser.newContext({ viewport: { width: 900, height: 560 }, deviceScaleFactor: 1 })).newPage();
await page.goto(url);
await page.waitForSelector('mark.cited');
await page.screenshot({ path: out });
console.log(`${out}: ${url}`);
await browser.close();
await app.close();
