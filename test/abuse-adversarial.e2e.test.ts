// Abuse suite: one adversarial message cannot stall the bot. The real bot process (npm start) against the
// fake Discord: a member mentions planbot (it answers in a thread), then posts "@planbot and aaaa…" in
// that thread — a follow-up whose old pattern backtracked in ~n⁵ (404 characters held the process 15 s,
// 800 characters 70 s) — while 20 other members /ask at once. Every /ask must be acknowledged within 1 s
// and answered; the adversarial follow-up gets its answer too. Prints the acknowledgement p99.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAndWriteIndex } from '../src/app/index-lifecycle.js';
import { loadConfig } from '../src/config.js';
import { botEnv, spawnPlanbot } from './fakes/bot-process.js';
import { BOT_ID, FakeDiscord, isReplyEdit } from './fakes/fake-discord.js';

const fake = new FakeDiscord();
const dir = mkdtempSync(join(tmpdir(), 'planbot-adversarial-'));
let bot: ReturnType<typeof spawnPlanbot> | null = null;

afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await fake.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** The bot's messages in a channel or thread. */
const botPostsIn = (channel: string) => fake.messages.created.filter((m) => m.author.id === BOT_ID && m.channel_id === channel);

describe('an adversarial follow-up in a thread while 20 members ask', () => {
  it('keeps acknowledging every /ask within 1 s, and answers them all and the follow-up', async () => {
    await fake.start();
    const indexDir = join(dir, 'index');
    await buildAndWriteIndex(loadConfig({ INDEX_DIR: indexDir, EMBED_MODEL: 'none' }), { info() {}, warn() {} }, null);
    // 61 questions in one channel within a minute: the channel and server budgets (test/abuse-flood) are
    // raised, so this test sees only what the adversarial message does to the event loop.
    const budgets = { CHANNEL_LIMIT_PER_MINUTE: '1000', SERVER_LIMIT_PER_MINUTE: '1000' };
    bot = spawnPlanbot('src/main.ts', botEnv(fake.apiUrl, { INDEX_DIR: indexDir, DATA_DIR: join(dir, 'data'), DRAIN_SECONDS: '2', ...budgets }));
    await bot.waitFor('connected to Discord');

    const first = fake.mention(`<@${BOT_ID}> 研发经费支出2025年目标是多少？`);
    await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${first}/messages`, 30_000);
    const thread = [...fake.threads.values()].find((t) => t.id === first)!;
    expect(thread).toBeDefined();

    for (const length of [404, 800, 10_000]) {
      const before = botPostsIn(thread.id).length;
      const attack = `<@${BOT_ID}> and ${'a'.repeat(length)}`;
      fake.message(attack, { channel: thread.id, mentionsBot: true });
      await new Promise((r) => setTimeout(r, 30)); // the attack is being read when the members ask
      const ids = Array.from({ length: 20 }, (_, n) => fake.ask(`2025年全市地区生产总值目标是多少？(${length}-${n})`));
      const replies = await Promise.all(ids.map((id) => fake.waitFor((c) => isReplyEdit(c, id), 30_000)));
      const acks = ids.map((id) => fake.interactions.get(id)!).map((i) => (i.ackedAt ?? Infinity) - i.at);
      console.log(`adversarial follow-up of ${length} characters, 20 /ask at once: acknowledgement p50 ${percentile(acks, 50)} ms, p99 ${percentile(acks, 99)} ms`);
      expect(percentile(acks, 99)).toBeLessThan(1_000);
      expect(replies).toHaveLength(20);
      for (let i = 0; i < 300 && botPostsIn(thread.id).length === before; i++) await new Promise((r) => setTimeout(r, 50));
      expect(botPostsIn(thread.id).length).toBeGreaterThan(before);
    }
  }, 180_000);
});
