// With PUBLIC_URL set (planLinks in the services), the real bot against a fake Discord links into the
// web reader: an answer carries an "在规划中查看" link button per quote shown, /targets rows and the
// digest's items link their citations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import { runDueDigests } from '../src/digest/runner.js';
import { createPlanLinks } from '../src/web/plan-links.js';
import { chunks, plan } from './helpers.js';
import { servicesFor, startBot, targets } from './fakes/bot-harness.js';
import { FakeDiscord, GENERAL, isReplyEdit, type RestCall } from './fakes/fake-discord.js';

const fake = new FakeDiscord();
const store = openSqliteStore(':memory:');
const BASE = 'https://plan.example.org';
let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  await fake.start();
  bot = await startBot(fake, servicesFor(store, { planLinks: createPlanLinks(plan, chunks, BASE) }));
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake.stop();
  await store.close();
});

const text = (c: RestCall) => JSON.stringify(c.body);
const edited = (id: string) => fake.waitFor((c) => isReplyEdit(c, id));
const READER_LINK = /^https:\/\/plan\.example\.org\/plan\/p\d+\.html\?hl=[\w-]+:\d+-\d+#[\w-]+(:~:text=\S+)?$/;

describe('links into the web reader', () => {
  it('an answer carries one link button per quote shown, above its other buttons', async () => {
    const id = fake.ask('研发经费支出2025年目标是多少？');
    const reply = await edited(id);
    const [links, ...rest] = reply.body.components as { components: { style: number; label: string; url?: string; custom_id?: string }[] }[];
    expect(links!.components.map((b) => b.label)).toEqual(['1. 在规划中查看', '2. 在规划中查看', '3. 在规划中查看']);
    for (const b of links!.components) {
      expect(b.style).toBe(5);
      expect(b.url).toMatch(READER_LINK);
      expect(b.url!.length).toBeLessThanOrEqual(512);
    }
    expect(rest.flatMap((r) => r.components.map((b) => b.custom_id))).toEqual([`more:${id}:1`, `full:${id}:0`, `vote:${id}:up`, `vote:${id}:down`]);
  });

  it('an English question gets "Open in the plan"; a question outside the plan gets no link', async () => {
    const en = await edited(fake.ask('What is the 2025 target for R&D spending?'));
    expect(en.body.components[0].components[0].label).toBe('1. Open in the plan');
    const none = await edited(fake.ask('南昌市“十四五”规划的地区生产总值目标是多少？'));
    expect(none.body.components.flatMap((r: { components: { style: number }[] }) => r.components.map((b) => b.style))).not.toContain(5);
  });

  it('/targets rows and the digest items link their citations', async () => {
    const rows = text(await edited(fake.slash('targets', [{ name: 'topic', type: 3, value: '森林覆盖率' }])));
    expect(rows).toMatch(/\]\(https:\/\/plan\.example\.org\/plan\/p\d+\.html\?hl=/);
    await store.subscribe({ channelId: GENERAL, guildId: null, since: '' });
    await runDueDigests({
      targets, store, sender: bot.digestSender, now: () => new Date('2026-12-01T01:05:00Z'), sleep: async () => {},
      postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4, graceMinutes: 120, owner: 'test', log: { info() {}, warn() {} },
    });
    const post = fake.calls.find((c) => c.method === 'POST' && c.path === `/channels/${GENERAL}/messages` && text(c).includes('规划目标 ·'));
    expect(text(post!).match(/\]\(https:\/\/plan\.example\.org\/plan\//g)).toHaveLength(4);
  });
});
