// The SQLite store: numbered migrations, WAL, the once-only operations as constraints, retention,
// the JSON import, and state surviving a reopen of the same file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importDigestJson } from '../src/adapters/digest-json-import.js';
import { MIGRATIONS, migrate } from '../src/adapters/sqlite-migrations.js';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import type { Store, StoredAnswer } from '../src/state/store.js';
import { craftAnswer } from './helpers.js';

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

const stored = (id: string, at = '2026-12-01T00:00:00.000Z'): StoredAnswer => {
  const answer = craftAnswer({}, [{ chunkId: 'p12' }, { chunkId: 'p13' }]);
  return { id, at, source: 'slash', question: answer.question, outcome: 'answered', lang: 'zh', chunkIds: ['p12', 'p13'], answer };
};

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

  it('open a file database in WAL mode', async () => {
    const path = join(dir(), 'planbot.db');
    await store(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('digest claims and subscriptions', () => {
  it('one claim per channel and date: a second claim gets the first one\'s nonce, even from another connection', async () => {
    const path = join(dir(), 'planbot.db');
    const [a, b] = [store(path), store(path)];
    const at = new Date('2026-12-01T01:00:00Z');
    expect(await a.claimDigest({ channelId: 'c1', date: '2026-12-01', nonce: 'first' }, at)).toMatchObject({ nonce: 'first', status: 'sending' });
    expect(await b.claimDigest({ channelId: 'c1', date: '2026-12-01', nonce: 'second' }, at)).toMatchObject({ nonce: 'first', status: 'sending' });
    await b.markDigestPosted('c1', '2026-12-01', at);
    expect((await a.claimDigest({ channelId: 'c1', date: '2026-12-01', nonce: 'third' }, at)).status).toBe('posted');
    expect((await a.claimDigest({ channelId: 'c1', date: '2026-12-02', nonce: 'next' }, at)).nonce).toBe('next');
  });

  it('subscribing twice keeps the first; unsubscribing says whether there was one', async () => {
    const s = store();
    expect(await s.subscribe({ channelId: 'c1', guildId: 'g', since: 'first' })).toBe(true);
    expect(await s.subscribe({ channelId: 'c1', guildId: 'g', since: 'second' })).toBe(false);
    expect(await s.subscriptions()).toEqual([{ channelId: 'c1', guildId: 'g', since: 'first' }]);
    expect(await s.unsubscribe('c1')).toBe(true);
    expect(await s.unsubscribe('c1')).toBe(false);
  });
});

describe('ask channels and threads', () => {
  it('adds ask channels per guild and removes one or all of a guild\'s', async () => {
    const s = store();
    for (const [channelId, guildId] of [['a1', 'g1'], ['a2', 'g1'], ['b1', 'g2']] as const) {
      expect(await s.addAskChannel({ channelId, guildId, setBy: 'u', since: 't' })).toBe(true);
    }
    expect(await s.addAskChannel({ channelId: 'a1', guildId: 'g1', setBy: 'u', since: 't' })).toBe(false);
    expect(await s.removeAskChannels('g1', 'a2')).toEqual(['a2']);
    expect(await s.isAskChannel('a1')).toBe(true);
    expect(await s.removeAskChannels('g1')).toEqual(['a1']);
    expect((await s.askChannels()).map((c) => c.channelId)).toEqual(['b1']);
  });

  it('keeps the last question of a thread, replacing the one before', async () => {
    const s = store();
    const t = { threadId: 't1', guildId: 'g', parentId: 'a1', lastQuestion: '研发经费支出2020年是多少？', lastAnswerId: 'm1', updatedAt: '2026-12-01T00:00:00Z' };
    await s.saveThread(t);
    await s.saveThread({ ...t, lastQuestion: '研发经费支出2025年是多少？', lastAnswerId: 'm2' });
    expect(await s.thread('t1')).toEqual({ ...t, lastQuestion: '研发经费支出2025年是多少？', lastAnswerId: 'm2' });
    expect(await s.thread('t2')).toBeNull();
  });
});

describe('answers and votes', () => {
  it('stores an answer once, with its question, outcome and quoted chunk ids', async () => {
    const s = store();
    await s.saveAnswer(stored('1'));
    await s.saveAnswer({ ...stored('1'), question: 'changed' });
    expect(await s.answer('1')).toEqual(stored('1'));
  });

  it('one vote per user per answer, changeable; counted per answer', async () => {
    const s = store();
    await s.saveAnswer(stored('1'));
    const at = new Date();
    expect(await s.vote({ answerId: '1', userId: 'u1', vote: 1, at })).toBeNull();
    expect(await s.vote({ answerId: '1', userId: 'u1', vote: -1, at })).toBe(1);
    expect(await s.vote({ answerId: '1', userId: 'u2', vote: -1, at })).toBeNull();
    const [voted] = await s.votedAnswers();
    expect(voted).toMatchObject({ up: 0, down: 2 });
    expect(voted!.answer.chunkIds).toEqual(['p12', 'p13']);
  });

  it('rejects a vote on an answer it does not hold', async () => {
    await expect(store().vote({ answerId: 'nope', userId: 'u1', vote: 1, at: new Date() })).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe('retention', () => {
  it('deletes old log entries, unvoted answers and threads; keeps voted answers and recent records', async () => {
    const s = store();
    const entry = { source: 'slash' as const, guildId: null, channelId: null, question: 'q', typed: null, outcome: 'answered' as const, reason: null, confidence: 0.5, answerId: null };
    await s.logQuestion({ ...entry, at: '2026-10-01T00:00:00.000Z' });
    await s.logQuestion({ ...entry, at: '2026-12-01T00:00:00.000Z' });
    await s.saveAnswer(stored('old', '2026-10-01T00:00:00.000Z'));
    await s.saveAnswer(stored('voted', '2026-10-01T00:00:00.000Z'));
    await s.vote({ answerId: 'voted', userId: 'u', vote: 1, at: new Date() });
    await s.saveThread({ threadId: 't', guildId: null, parentId: null, lastQuestion: 'q', lastAnswerId: null, updatedAt: '2026-10-01T00:00:00.000Z' });
    expect(await s.prune(new Date('2026-11-01T00:00:00Z'))).toEqual({ questions: 1, answers: 1, threads: 1 });
    expect((await s.recentQuestions(10)).map((q) => q.at)).toEqual(['2026-12-01T00:00:00.000Z']);
    expect(await s.answer('voted')).not.toBeNull();
    expect(await s.answer('old')).toBeNull();
  });
});

describe('state across restarts', () => {
  it('everything written is there when the same file is opened again', async () => {
    const path = join(dir(), 'planbot.db');
    const first = openSqliteStore(path);
    await first.subscribe({ channelId: 'c1', guildId: 'g', since: 't' });
    await first.addAskChannel({ channelId: 'a1', guildId: 'g', setBy: 'u', since: 't' });
    await first.saveAnswer(stored('1'));
    await first.vote({ answerId: '1', userId: 'u', vote: 1, at: new Date() });
    await first.close();
    const again = store(path);
    expect((await again.subscriptions()).map((x) => x.channelId)).toEqual(['c1']);
    expect(await again.isAskChannel('a1')).toBe(true);
    expect(await again.vote({ answerId: '1', userId: 'u', vote: -1, at: new Date() })).toBe(1);
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
    expect(await s.claimDigest({ channelId: 'c1', date: '2026-12-01', nonce: 'new' }, new Date())).toMatchObject({ nonce: 'd20261201c1', status: 'posted' });
  });

  it('names the file and the fix when it cannot be read', async () => {
    const file = join(dir(), 'digest.json');
    writeFileSync(file, '{ not json');
    await expect(importDigestJson(file, store(), () => new Date())).rejects.toThrow(/digest\.json.*delete it/);
  });
});
