// planbot as a real process against the fake Discord — `npm start` (src/main.ts) or `npm run
// start:sharded` (src/shards.ts) — with its JSON log lines collected, for the tests that need separate
// processes: two bots on one PostgreSQL, shards, SIGTERM.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { APP_ID } from './fake-discord.js';
import { TOKEN } from './bot-harness.js';

export interface LogEntry {
  msg?: string;
  raw?: string;
  [key: string]: unknown;
}

/** The environment of a bot process on the fake: lexical answers (no model), quiet unless BOT_LOG=1. */
export function botEnv(apiUrl: string, more: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: apiUrl, EMBED_MODEL: 'none', LOG_LEVEL: 'info', MESSAGE_CONTENT_INTENT: 'true', ...more,
  };
}

export function spawnPlanbot(script: 'src/main.ts' | 'src/shards.ts', env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogEntry[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (process.env.BOT_LOG) console.log(`[${child.pid}] ${line}`);
      try {
        lines.push(JSON.parse(line) as LogEntry);
      } catch {
        lines.push({ raw: line });
      }
    });
  }
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const logged = (text: string) => lines.filter((l) => (l.msg ?? l.raw ?? '').includes(text));
  return {
    child, lines, exited, logged,
    /** Resolves when a line containing `text` has been logged (`count` of them). */
    async waitFor(text: string, count = 1, ms = 90_000) {
      const deadline = Date.now() + ms;
      while (logged(text).length < count) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`planbot (${script}) did not log "${text}"; it logged:\n${lines.map((l) => l.msg ?? l.raw).join('\n')}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
