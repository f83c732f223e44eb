// npm run start:sharded against the fake Discord: with no index it builds one before any shard starts,
// saying so; SHARD_COUNT=2 starts two shard processes that identify as shards 0 and 1 of 2; a question
// in the guild is answered by the shard that holds it; SIGTERM reaches both shards, which drain, and
// the manager exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { botEnv, spawnPlanbot } from './fakes/bot-process.js';
import { FakeDiscord, isReplyEdit } from './fakes/fake-discord.js';

const fake = new FakeDiscord();
const dir = mkdtempSync(join(tmpdir(), 'planbot-shards-'));
let manager: ReturnType<typeof spawnPlanbot> | null = null;

afterAll(async () => {
  manager?.child.kill('SIGKILL');
  await fake.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run start:sharded', () => {
  it('builds the missing index first, runs shards 0 and 1 of 2, answers from the right shard, drains both on SIGTERM', async () => {
    await fake.start();
    manager = spawnPlanbot('src/shards.ts', botEnv(fake.apiUrl, {
      SHARD_COUNT: '2', INDEX_DIR: join(dir, 'index', 'current'), DATA_DIR: join(dir, 'data'), DRAIN_SECONDS: '2',
    }));
    await manager.waitFor('all shards of this machine are connected', 1, 150_000);
    expect(manager.logged(`no index at ${join(dir, 'index', 'current')}: building the index now`)).toHaveLength(1);
    const built = manager.lines.findIndex((l) => l.msg?.startsWith('index built in'));
    const firstShard = manager.lines.findIndex((l) => l.msg === 'shard process started');
    expect(built).toBeGreaterThanOrEqual(0);
    expect(built).toBeLessThan(firstShard);
    expect(fake.sessions.map((s) => s.shard).sort()).toEqual([[0, 2], [1, 2]]);
    const id = fake.ask('研发经费支出2025年目标是多少？');
    const reply = await fake.waitFor((c) => isReplyEdit(c, id));
    expect(JSON.stringify(reply.body)).toContain('研发经费支出');
    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    expect(manager.logged('drained: every question in flight was answered')).toHaveLength(2);
  }, 180_000);
});
