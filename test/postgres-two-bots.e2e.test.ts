// Two bot processes (npm start, twice) on one PostgreSQL, both subscribed to the same channel through
// the shared state, both running the digest at the same moment: the channel gets its digest once —
// the claim's primary key decides, not either process. Then SIGTERM: each drains and exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/adapters/postgres-store.js';
import { buildAndWriteIndex } from '../src/app/index-lifecycle.js';
import { loadConfig } from '../src/config.js';
import { botEnv, spawnPlanbot } from './fakes/bot-process.js';
import { BOT_ID, FakeDiscord, GENERAL, GUILD_ID } from './fakes/fake-discord.js';
import { dropSchemas, freshSchema, PG_SKIPPED, PG_URL } from './postgres.js';

const fake = new FakeDiscord();
const dir = mkdtempSync(join(tmpdir(), 'planbot-two-'));
const bots: ReturnType<typeof spawnPlanbot>[] = [];

afterAll(async () => {
  for (const b of bots) b.child.kill('SIGKILL');
  await fake.stop().catch(() => {});
  await dropSchemas();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!PG_URL)('two bot processes on one PostgreSQL', () => {
  it('both subscribed to the same channel: its digest is posted exactly once; SIGTERM drains both', async () => {
    await fake.start();
    const url = await freshSchema();
    const store = await openPostgresStore(url);
    await store.subscribe({ channelId: GENERAL, guildId: GUILD_ID, since: '2026-01-01T00:00:00.000Z' });
    await store.close();
    const indexDir = join(dir, 'index');
    await buildAndWriteIndex(loadConfig({ INDEX_DIR: indexDir, EMBED_MODEL: 'none' }), { info() {}, warn() {} }, null);
    // Due all day today (UTC), so both processes run it as soon as they are connected.
    const env = botEnv(fake.apiUrl, { DATABASE_URL: url, INDEX_DIR: indexDir, DIGEST_TIME: '00:00', DIGEST_TIMEZONE: 'UTC', DIGEST_GRACE_MINUTES: '1439', DRAIN_SECONDS: '2' });
    bots.push(spawnPlanbot('src/main.ts', env), spawnPlanbot('src/main.ts', env));
    await Promise.all(bots.map((b) => b.waitFor('connected to Discord')));
    for (let i = 0; i < 600 && !bots.some((b) => b.logged(`to channel ${GENERAL}: posted`).length); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 2000)); // the other process's run has certainly happened by now
    const digests = fake.messages.created.filter((m) => m.author.id === BOT_ID && m.channel_id === GENERAL && m.embeds.some((e) => String(e.title).includes('规划目标 · ')));
    expect(digests).toHaveLength(1);
    // Sent once, not sent twice and folded by Discord's nonce: one process won the claim.
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${GENERAL}/messages` && JSON.stringify(c.body).includes('规划目标 · '))).toHaveLength(1);
    expect(bots.flatMap((b) => b.logged(`to channel ${GENERAL}: posted`))).toHaveLength(1);
    for (const b of bots) b.child.kill('SIGTERM');
    expect(await Promise.all(bots.map((b) => b.exited))).toEqual([0, 0]);
    for (const b of bots) expect(b.logged('drained: every question in flight was answered')).toHaveLength(1);
  }, 120_000);
});

if (!PG_URL) it.skip(`two bot processes on one PostgreSQL ${PG_SKIPPED}`);
