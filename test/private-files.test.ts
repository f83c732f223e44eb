// DATA_DIR and the SQLite files are the bot's user's alone: created 0700/0600, tightened when looser.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/adapters/open-store.js';

const mode = (path: string) => statSync(path).mode & 0o777;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'planbot-private-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the state files', () => {
  it('a new DATA_DIR is 0700 and the database, its -wal and -shm 0600, whatever the umask', async () => {
    const data = join(tempDir(), 'data');
    const umask = process.umask(0o022);
    try {
      const { store, tightened } = await openStore({ DATA_DIR: data, DATABASE_URL: undefined });
      await store.subscribe({ channelId: '1', guildId: null, since: 'now' });
      expect(tightened).toEqual([]);
      expect(mode(data)).toBe(0o700);
      for (const f of ['planbot.db', 'planbot.db-wal', 'planbot.db-shm']) expect([f, mode(join(data, f))]).toEqual([f, 0o600]);
      await store.close();
    } finally {
      process.umask(umask);
    }
  });

  it('looser permissions left by an earlier version are tightened at start and named', async () => {
    const data = join(tempDir(), 'data');
    mkdirSync(data, { mode: 0o755 });
    chmodSync(data, 0o755);
    const first = await openStore({ DATA_DIR: data, DATABASE_URL: undefined });
    await first.store.subscribe({ channelId: '1', guildId: null, since: 'now' });
    await first.store.close();
    for (const f of ['planbot.db', 'planbot.db-wal', 'planbot.db-shm']) {
      writeFileSync(join(data, f), '', { flag: 'a' });
      chmodSync(join(data, f), 0o644);
    }
    chmodSync(data, 0o755);
    const { store, tightened } = await openStore({ DATA_DIR: data, DATABASE_URL: undefined });
    expect(tightened).toEqual([data, ...['planbot.db', 'planbot.db-wal', 'planbot.db-shm'].map((f) => join(data, f))]);
    expect([mode(data), mode(join(data, 'planbot.db')), mode(join(data, 'planbot.db-wal'))]).toEqual([0o700, 0o600, 0o600]);
    expect((await store.subscriptions()).map((s) => s.channelId)).toEqual(['1']);
    await store.close();
  });
});
