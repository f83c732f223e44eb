// npm run chat (and npm start without a Discord token): ask questions in the terminal.
import { createInterface } from 'node:readline/promises';
import { renderAnswerText } from '../answer/render-text.js';
import { createEngine } from '../app/engine.js';
import { loadConfig } from '../config.js';
import { cliLog } from './log.js';

export async function runChat(): Promise<void> {
  const engine = await createEngine(loadConfig(), cliLog);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log('planbot 终端问答 — 输入问题（中文或英文），空行或 Ctrl+D 退出。');
  try {
    for (;;) {
      const q = await rl.question('\n问> ').catch(() => '');
      if (!q.trim()) break;
      console.log(renderAnswerText(await engine.ask(q)));
    }
  } finally {
    rl.close();
  }
}

if (process.argv[1]?.endsWith('chat.ts')) {
  runChat().catch((err: Error) => {
    console.error(`chat failed: ${err.message}`);
    process.exit(1);
  });
}
