// The real discord.js Client against a fake Discord on 127.0.0.1: every command, button and
// autocomplete, the rate limit, coded errors, mentions and the digest.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runDueDigests } from '../src/digest/runner.js';
import { commandData } from '../src/discord/commands/index.js';
import { LIMITS } from '../src/discord/render.js';
import { plan } from './helpers.js';
import { botOnFake, targets } from './fakes/bot-harness.js';
import { APP_ID, FakeDiscord, GENERAL, GUILD_ID, isReplyEdit, MANAGE_GUILD, type RestCall } from './fakes/fake-discord.js';

const fake = new FakeDiscord();
const { store, bot } = botOnFake(fake);

/** The digest runner at 09:05 Asia/Shanghai on 2026-12-01, posting through the real client. */
const runDigests = () => runDueDigests({
  targets, store, sender: bot().digestSender, now: () => new Date('2026-12-01T01:05:00Z'), sleep: async () => {},
  postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4, graceMinutes: 120, owner: 'test', log: { info() {}, warn() {} },
});


const text = (c: RestCall) => JSON.stringify(c.body);
const callback = (id: string) => fake.waitFor((c) => c.path.startsWith(`/interactions/${id}/`));
const edited = (id: string) => fake.waitFor((c) => isReplyEdit(c, id));
const customIds = (c: RestCall): string[] => (c.body.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id));
const ask = (question: string, user?: string) => fake.ask(question, { user });

describe('/ask', () => {
  it('defers, then replies with the indicator row, its citation, paging and 👍/👎 buttons', async () => {
    const id = ask('研发经费支出2025年目标是多少？');
    expect((await callback(id)).body.type).toBe(5);
    const reply = await edited(id);
    expect(text(reply)).toContain('研发经费支出(亿元)');
    expect(text(reply)).toContain('✅ 规划中有答案');
    expect(text(reply)).toContain('主要指标表（第14页起）');
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    expect(customIds(reply)).toEqual([`more:${id}:1`, `full:${id}:0`, `vote:${id}:up`, `vote:${id}:down`]);
  });

  it('a question outside the plan: the outcome, the reason, only the vote buttons', async () => {
    const id = ask('南昌市“十四五”规划的地区生产总值目标是多少？');
    const reply = await edited(id);
    expect(text(reply)).toContain('⛔ 规划未涉及');
    expect(text(reply)).toContain('本规划是吉安市的规划');
    expect(customIds(reply)).toEqual([`vote:${id}:up`, `vote:${id}:down`]);
  });

  it('a related answer is headed as such; a direct line comes first', async () => {
    expect(text(await edited(ask('RELATED-TEST')))).toContain('规划提到了相关内容，但没有直接回答这个问题：');
    const direct = text(await edited(ask('DIRECT-TEST')));
    expect(direct.indexOf('答：2025年目标72亿元')).toBeLessThan(direct.indexOf('> 引文1'));
  });

  it('a quote containing @everyone pings no one', async () => {
    const reply = await edited(ask('PING-TEST'));
    const description = reply.body.embeds[0].description as string;
    expect(description).not.toMatch(/@everyone/);
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('\\*\\*粗体\\*\\*');
  });

  it('a 6,000-character page arrives split within Discord limits, the follow-up with a nonce', async () => {
    const id = ask('LONG-TEST');
    const first = await edited(id);
    const follow = await fake.waitFor((c) => c.method === 'POST' && c.path.endsWith(`tok-${id}`));
    for (const call of [first, follow]) {
      const embeds = call.body.embeds as { title?: string; description: string; footer?: { text: string } }[];
      const total = embeds.reduce((s, e) => s + e.description.length + (e.title?.length ?? 0) + (e.footer?.text.length ?? 0), 0);
      expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
      for (const e of embeds) expect(e.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    }
    expect(follow.body).toMatchObject({ enforce_nonce: true, nonce: expect.any(String) });
    const shown = fake.calls.filter((c) => c.path.includes(`tok-${id}`) && c.body?.embeds).flatMap((c) => c.body.embeds.map((e: any) => e.description)).join('');
    expect(shown.match(/长/g)!.length).toBe(3 * 2000);
  });

  it('an engine failure is answered with a coded error, not silence', async () => {
    const id = ask('FAIL-TEST');
    const reply = await edited(id);
    expect(text(reply)).toContain(`错误编号 ${id}`);
  });
});

describe('buttons', () => {
  it('更多段落 updates the message with the next page; 查看全文 shows the section only to the clicker', async () => {
    const id = ask('研发经费支出2025年目标是多少？');
    await edited(id);
    const more = fake.button(`more:${id}:1`);
    expect((await callback(more)).body.type).toBe(6);
    const page2 = await edited(more);
    expect(text(page2)).toMatch(/第 2\/\d+ 页/);
    expect(customIds(page2)).toContain(`more:${id}:2`);
    const full = fake.button(`full:${id}:0`);
    expect((await callback(full)).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const section = await edited(full);
    expect(text(section)).toContain('第四章 发展目标');
    expect(text(section)).toContain('研发经费支出');
  });

  it('a button of an answer the bot no longer has, or an unknown button, says so', async () => {
    const gone = fake.button('more:123456789012345678:1');
    expect(text(await fake.waitFor((c) => c.method === 'POST' && c.path.endsWith(`tok-${gone}`)))).toContain('已过期');
    const junk = fake.button('something-else');
    expect((await callback(junk)).body).toMatchObject({ type: 4, data: { flags: 64 } });
  });
});

describe('/section, autocomplete, /targets', () => {
  it('/section 1.1 shows the section with a next-page button that pages', async () => {
    const id = fake.slash('section', [{ name: 'query', type: 3, value: '1.1' }]);
    const reply = await edited(id);
    expect(text(reply)).toContain('第一章 发展基础');
    const [next] = customIds(reply);
    expect(next).toMatch(/^sec:\d+:1$/);
    const click = fake.button(next!);
    expect(text(await edited(click))).toMatch(/第 2\/\d+ 页/);
  });

  it('/section with no such section explains how to ask', async () => {
    expect(text(await edited(fake.slash('section', [{ name: 'query', type: 3, value: '9.9.9' }])))).toContain('没有找到这个章节');
  });

  it('autocomplete offers sections matching what is typed', async () => {
    const id = fake.autocomplete('section', 'query', '专栏5');
    const cb = await callback(id);
    expect(cb.body.type).toBe(8);
    expect(cb.body.data.choices.map((c: any) => c.value)).toContain(plan.sections.find((p) => p.at(-1)?.label.startsWith('专栏5 '))!.at(-1)!.label);
  });

  it('/targets 森林覆盖率 lists the target with its figure and citation', async () => {
    expect(text(await edited(fake.slash('targets', [{ name: 'topic', type: 3, value: '森林覆盖率' }])))).toContain('森林覆盖率');
  });
});

describe('/help, /about', () => {
  it('/help is ephemeral and says what it can and cannot answer, with an example per command', async () => {
    const id = fake.slash('help', []);
    expect((await callback(id)).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const help = text(await edited(id));
    for (const s of ['能回答', '不能回答', '/ask', '/section query:3.2.1', '/targets topic:', '/digest preview', '/setup digest-subscribe', '/setup ask-channel']) expect(help).toContain(s);
  });

  it('/about is ephemeral and names the plan, the index build and the model', async () => {
    const id = fake.slash('about', []);
    expect((await callback(id)).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const about = text(await edited(id));
    for (const s of ['吉安市国民经济和社会发展', '2026-11-29', '仅 BM25']) expect(about).toContain(s);
  });
});

describe('rate limit', () => {
  it('the sixth question in a minute from one user gets an ephemeral "slow down"; others still get answers', async () => {
    const user = fake.newUser();
    const ids = Array.from({ length: 6 }, () => ask('DIRECT-TEST', user));
    const last = await callback(ids[5]!);
    expect(last.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(text(last)).toContain('提问太频繁');
    expect((await callback(ask('DIRECT-TEST'))).body.type).toBe(5);
  });
});

describe('/digest', () => {
  it('/digest time and preview are for everyone, /setup digest-subscribe for Manage Server (by default and when checked)', () => {
    const registered = (name: string) => commandData.find((c) => (c as { name: string }).name === name) as { default_member_permissions?: string | null; options: { name: string }[] };
    expect(registered('digest').default_member_permissions ?? null).toBeNull();
    expect(registered('digest').options.map((o) => o.name)).toEqual(['time', 'preview']);
    expect(registered('setup').default_member_permissions).toBe(MANAGE_GUILD);
    expect(registered('setup').options.map((o) => o.name)).toEqual(['ask-channel', 'off', 'digest-subscribe', 'digest-unsubscribe']);
  });

  it('subscribe needs Manage Server; time and preview answer anyone; the digest is posted once with a nonce', async () => {
    expect(text(await edited(fake.slash('setup', [{ name: 'digest-subscribe', type: 1, options: [] }])))).toContain('管理服务器');
    expect(text(await edited(fake.slash('setup', [{ name: 'digest-subscribe', type: 1, options: [] }], { perms: MANAGE_GUILD })))).toContain('已订阅');
    expect((await store.subscriptions()).map((s) => s.channelId)).toEqual([GENERAL]);
    expect(text(await edited(fake.slash('digest', [{ name: 'time', type: 1, options: [] }])))).toContain('09:00');
    expect(text(await edited(fake.slash('digest', [{ name: 'preview', type: 1, options: [] }])))).toContain('2026-12-01');
    expect(await runDigests()).toEqual([GENERAL]);
    expect(await runDigests()).toEqual([]);
    const posts = fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${GENERAL}/messages` && text(c).includes('规划目标 ·'));
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.enforce_nonce).toBe(true);
  });

  it('unsubscribe stops it; a digest to a deleted channel unsubscribes that channel', async () => {
    await store.subscribe({ channelId: '100000000000000777', guildId: null, since: '' });
    await runDigests();
    expect((await store.subscriptions()).map((s) => s.channelId)).toEqual([GENERAL]);
    expect(text(await edited(fake.slash('setup', [{ name: 'digest-unsubscribe', type: 1, options: [] }], { perms: MANAGE_GUILD })))).toContain('已取消');
    expect(await store.subscriptions()).toEqual([]);
  });
});

describe('mentions', () => {
  it('@planbot in a channel answers in a thread on the message, with a nonce', async () => {
    const id = fake.mention('<@900000000000000001> 井冈蜜柚种植规模要达到多少？');
    const thread = await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${GENERAL}/messages/${id}/threads`);
    expect(thread.body.name).toBe('井冈蜜柚种植规模要达到多少？');
    const post = await fake.waitFor((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && text(c).includes('井冈蜜柚'));
    expect(post.body).toMatchObject({ enforce_nonce: true, nonce: expect.any(String) });
  });
});

describe('npm run deploy-commands', () => {
  it('registers the eight commands, reading the token from the environment', async () => {
    const env = { ...process.env, DISCORD_TOKEN: 'fake.token.for-tests-only-000000000000', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl };
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/deploy-commands.ts'], { env });
    const put = await fake.waitFor((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body.map((c: { name: string }) => c.name).sort()).toEqual(['about', 'ask', 'check', 'digest', 'help', 'section', 'setup', 'targets']);
  });
});

describe('text cut to a limit', () => {
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  // A cut by UTF-16 units at 100 (thread name) or 256 (embed title) would fall inside an emoji of 11 units.
  const question = `井冈蜜柚${'👨‍👩‍👧‍👦'.repeat(40)}？`;

  it('never splits a character: the thread name and the embed title end on whole emoji', async () => {
    const id = fake.mention(`<@900000000000000001> ${question}`);
    const thread = await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${GENERAL}/messages/${id}/threads`);
    expect(thread.body.name.length).toBeLessThanOrEqual(100);
    expect(thread.body.name).toMatch(/^井冈蜜柚(👨‍👩‍👧‍👦)+…$/);
    const reply = await edited(ask(question));
    const title = reply.body.embeds[0].title as string;
    expect(title.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    // As the engine read the question: emoji are removed before understanding (it may also keep them whole).
    expect(title).toMatch(/^问：井冈蜜柚(?:[👨👩👧👦\u200d ]+…|？)$/u);
    expect(LONE_SURROGATE.test(title + thread.body.name)).toBe(false);
    expect(fake.refused).toEqual([]);
  });
});

describe('every message the bot creates', () => {
  it('carries a nonce with enforce_nonce', () => {
    const creates = fake.calls.filter((c) => c.method === 'POST' && (/^\/channels\/\d+\/messages$/.test(c.path) || /^\/webhooks\/\d+\/[^/]+$/.test(c.path)));
    expect(creates.length).toBeGreaterThan(3);
    for (const c of creates) expect(c.body, c.path).toMatchObject({ enforce_nonce: true, nonce: expect.any(String) });
  });
});
