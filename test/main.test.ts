// `npm start` reads .env: a clean clone with `cp .env.example .env` and DISCORD_TOKEN=abc in it stops
// with a configuration error naming DISCORD_TOKEN (not the terminal chat's "not set").
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

describe('npm start with .env', () => {
  it('DISCORD_TOKEN=abc in .env (from .env.example): the error names DISCORD_TOKEN, with its meaning, not the token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planbot-start-'));
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    writeFileSync(join(dir, '.env'), example.replace(/^DISCORD_TOKEN=.*$/m, 'DISCORD_TOKEN=abc'));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && k !== 'MESSAGE_CONTENT_INTENT'));
    const failed = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/main.ts')], { cwd: dir, env }).then(() => null, (e) => e);
    expect(failed?.code).toBe(1);
    expect(failed.stderr).toContain('DISCORD_TOKEN is not valid: the bot token');
    expect(failed.stderr).toContain('DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
    expect(failed.stderr).not.toContain('not set');
    expect(failed.stderr).not.toMatch(/DISCORD_TOKEN=abc|"abc"/);
    rmSync(dir, { recursive: true, force: true });
  });
});
