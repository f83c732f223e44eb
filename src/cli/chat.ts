// npm run chat (and npm start without a Discord token): ask questions in the terminal. A blank line
// asks again; /help explains; /quit, /exit or Ctrl+D leave. It also serves the web reader and the
// HTTP API (unless WEB=false), and prints each quote's link into the reader.
import { createInterface } from 'node:readline/promises';
import type { Answer, AnswerItem } from '../answer/answer.js';
import { renderAnswerText } from '../answer/render-text.js';
import { CAN_ANSWER, CANNOT_ANSWER, EXAMPLE_QUESTIONS } from '../app/help.js';
import { createEngine } from '../app/engine.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import type { FittedParts } from '../answer/fitted-parts.js';
import { linkBase, loadConfig, type Config } from '../config.js';
import { createPlanLinks } from '../web/plan-links.js';
import { countAnswers } from '../web/observe.js';
import { startWebOrWarn } from '../web/start.js';
import { cliLog } from './log.js';

export interface ChatIO {
  /** The next line, or null at the end of input (Ctrl+D). */
  read(prompt: string): Promise<string | null>;
  write(text: string): void;
}

export const CHAT_HELP = [
  '能回答：', ...CAN_ANSWER.map((l) => `  · ${l}`),
  '不能回答：', ...CANNOT_ANSWER.map((l) => `  · ${l}`),
  '例如：', ...EXAMPLE_QUESTIONS.map((q) => `  ${q}`),
  '命令：/help 本说明；/quit 或 Ctrl+D 退出。',
].join('\n');

export async function chatLoop(io: ChatIO, ask: (q: string) => Promise<Answer>, link?: (item: AnswerItem) => string | null): Promise<void> {
  io.write('planbot 终端问答 — 输入问题（中文或英文）；/help 查看说明，/quit 或 Ctrl+D 退出。');
  for (;;) {
    const line = await io.read('\n问> ');
    if (line === null) return;
    const q = line.trim();
    if (!q) continue;
    if (q === '/quit' || q === '/exit') return;
    io.write(q === '/help' ? CHAT_HELP : renderAnswerText(await ask(q), { link }));
  }
}

export async function runChat(config: Config = loadConfig(), fitted: FittedParts = loadFittedParts()): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Lines are read as they come and kept until asked for, so questions piped in (or typed while the
  // model loads or an answer is being found) are all answered, in order.
  const lines = rl[Symbol.asyncIterator]();
  const web = await startWebOrWarn(config, cliLog);
  const engine = await createEngine(config, cliLog, fitted);
  web?.serve(engine);
  const link = createPlanLinks(engine.index.plan, engine.index.chunks, linkBase(config)).quote;
  try {
    await chatLoop({
      read: async (prompt) => {
        process.stdout.write(prompt);
        const next = await lines.next();
        return next.done ? null : next.value;
      },
      write: (text) => console.log(text),
    }, countAnswers((q: string) => engine.ask(q), web?.metrics, 'terminal'), link);
  } finally {
    rl.close();
    await web?.close();
  }
}

if (process.argv[1]?.endsWith('chat.ts')) {
  runChat().catch((err: Error) => {
    console.error(`chat failed: ${err.message}`);
    process.exit(1);
  });
}
