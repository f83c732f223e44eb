// The SQLite store: the Store contract (store-contract.ts) over files with several connections, and
// what is SQLite's own — numbered migrations (migration 5 keeping earlier claims), WAL, the JSON import.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importDigestJson } from '../src/adapters/digest-json-import.js';
import { MIGRATIONS, migrate } from '../src/adapters/sqlite-migrations.js';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import type { Store } from '../src/state/store.js';
import { storeContract } from './store-contract.js';

const open: Store[] = [];
const dirs: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'planbot-store-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const store = (path = ':memory:') => {
  const s = openSqliteStore(path);
  open.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('the Store contract, over SQLite files', () => {
  storeContract({
    async fresh() {
      const path = join(dir(), 'planbot.db');
      return { connect: async () => openSqliteStore(path) };
    },
  });
});

describe('migrations', () => {
  it('are numbered from 1 without gaps, applied once each, and recorded', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
  });

  it('refuse a database written by a newer planbot, naming DATA_DIR', () => {
    const path = join(dir(), 'planbot.db');
    const db = new Database(path);
    migrate(db);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', '')").run();
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/migration 99.*DATA_DIR/);
  });

  it('5 rebuilds the digest claims with an owner and a skipped status, keeping the claims made before', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 5));
    db.prepare("INSERT INTO digest_posts VALUES ('c1', '2026-12-01', 'd1', 'posted', 't', 't')").run();
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 5))).toEqual([5]);
    expect(db.prepare('SELECT channel_id, nonce, status, owner FROM digest_posts').all()).toEqual([{ channel_id: 'c1', nonce: 'd1', status: 'posted', owner: '' }]);
    expect(() => db.prepare("INSERT INTO digest_posts (channel_id, date, nonce, status, claimed_at) VALUES ('c1', 'd', 'n', 'skipped', 't')").run()).not.toThrow();
    db.close();
  });

  it('6 keys ask channels by server and drops the channel and message ids of logged questions, keeping the rows', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 6));
    db.prepare("INSERT INTO ask_channels VALUES ('c1', 'g1', 'u', 't')").run();
    db.prepare("INSERT INTO question_log (at, source, guild_id, channel_id, question, outcome, confidence, answer_id) VALUES ('t', 'slash', 'g1', 'c9', 'q', 'answered', 0.5, 'm1')").run();
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 6))).toEqual([6]);
    expect(db.prepare('SELECT * FROM ask_channels').all()).toEqual([{ channel_id: 'c1', guild_id: 'g1', set_by: 'u', since: 't' }]);
    expect(() => db.prepare("INSERT INTO ask_channels VALUES ('c1', 'g2', 'u', 't')").run()).not.toThrow();
    const [row] = db.prepare('SELECT * FROM question_log').all() as Record<string, unknown>[];
    expect(row).toMatchObject({ guild_id: 'g1', question: 'q' });
    expect(Object.keys(row!)).not.toContain('channel_id');
    expect(Object.keys(row!)).not.toContain('answer_id');
    db.close();
  });

  it('open a file database in WAL mode', async () => {
    const path = join(dir(), 'planbot.db');
    await store(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('importing digest.json once', () => {
  it('imports subscriptions and posts, renames the file, and does nothing the second time', async () => {
    const d = dir();
    const file = join(d, 'digest.json');
    writeFileSync(file, JSON.stringify({
      subscriptions: { c1: { channelId: 'c1', guildId: 'g', since: '2026-11-01T00:00:00.000Z' } },
      posts: { c1: { date: '2026-12-01', nonce: 'd20261201c1', status: 'posted' } },
    }));
    const s = store();
    expect(await importDigestJson(file, s, () => new Date())).toEqual({ subscriptions: 1, posts: 1 });
    expect(existsSync(file)).toBe(false);
    expect(JSON.parse(readFileSync(`${file}.imported`, 'utf8')).posts.c1.nonce).toBe('d20261201c1');
    expect(await importDigestJson(file, s, () => new Date())).toBeNull();
    expect(await s.subscriptions()).toEqual([{ channelId: 'c1', guildId: 'g', since: '2026-11-01T00:00:00.000Z' }]);
    expect(await s.claimDigest({ channelId: 'c1', date: '2026-12-01', nonce: 'new', owner: 'me' }, new Date())).toMatchObject({ won: false, claim: { nonce: 'd20261201c1', status: 'posted' } });
  });

  it('names the file and the fix when it cannot be read', async () => {
    const file = join(dir(), 'digest.json');
    writeFileSync(file, '{ not json');
    await expect(importDigestJson(file, store(), () => new Date())).rejects.toThrow(/digest\.json.*delete it/);
  });
});
