// The real discord.js Client against a fake Discord on 127.0.0.1.
import { loadThesaurus } from '../src/adapters/thesaurus-file.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type Answer, type AnswerPorts } from '../src/answer/answer.js';
import { runDueDigests } from '../src/digest/runner.js';
import { emptyDigestState, type DigestState } from '../src/digest/schedule.js';
import { createBot } from '../src/discord/bot.js';
import { LIMITS } from '../src/discord/render.js';
import { idfTable } from '../src/search/idf.js';
import { createLexicalIndex } from '../src/search/lexical.js';
import { extractTargets } from '../src/targets/extract.js';
import { createTargetFinder } from '../src/targets/lookup.js';
import { FakeDiscord } from './fakes/fake-discord.js';
import { chunks, lexicalAnswerPorts, plan } from './helpers.js';

const ports = lexicalAnswerPorts();
const targets = extractTargets(plan);
const citation = { label: '第一篇 › 第四章 发展目标（第14页起）', path: ['第一篇', '第四章 发展目标'], page: 14 };
const crafted = (text: string, n: number): Answer => ({
  question: 'crafted', outcome: 'answered', refused: false, direct: null, notices: [], suggestions: [], confidence: 0.9,
  answers: Array.from({ length: n }, (_, i) => ({ text, citation, score: 1 - i / 10, kind: 'paragraph' as const, chunkId: `c${i}` })),
});

const fake = new FakeDiscord();
let state: DigestState = emptyDigestState();
let bot: ReturnType<typeof createBot>;
const silent = { info() {}, warn() {}, error() {} };
const store = { load: () => structuredClone(state), save: (s: DigestState) => { state = structuredClone(s); } };
const finder = createTargetFinder({ targets, chunks, planText: plan.text, dense: null, thesaurus: loadThesaurus() });
/** The digest runner at 09:05 Asia/Shanghai on 2026-12-01, posting through the real client. */
const runDigests = () => runDueDigests({
  targets, store, send: bot.sendDigest, now: () => new Date('2026-12-01T01:05:00Z'), sleep: async () => {},
  postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4, log: silent,
});

beforeAll(async () => {
  await fake.start();
  bot = createBot({
    ask: async (q) => (q === 'PING-TEST' ? crafted('请 @everyone 和 <@&123> 注意 **粗体** 与 `代码`', 1)
      : q === 'LONG-TEST' ? crafted('长'.repeat(2000) + '。', 10) : answerQuestion(q, ports)),
    findTargets: (t) => finder.find(t),
    targets, plan,
    digestStore: store,
    digest: { postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4 },
    rateLimitPerMinute: 100, now: () => new Date('2026-12-01T02:00:00Z'), log: silent,
  }, { token: 'fake.token.for-tests-only-000000000000', apiUrl: fake.apiUrl, messageContent: true });
  const ready = new Promise((r) => bot.client.once('clientReady', r));
  await bot.start();
  await ready;
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake.stop();
});

const original = (id: string) => (c: { method: string; path: string }) => c.method === 'PATCH' && c.path.includes(`tok-${id}/messages/@original`);
const describeAll = (body: any) => JSON.stringify(body);

describe('Discord end to end', () => {
  it('/ask about 研发经费支出 defers, then replies with the indicator row and its citation', async () => {
    const id = fake.slash('ask', [{ name: 'question', type: 3, value: '研发经费支出2025年目标是多少？' }]);
    const callback = await fake.waitFor((c) => c.path.startsWith(`/interactions/${id}/`));
    expect(callback.body.type).toBe(5); // deferred
    const reply = await fake.waitFor(original(id));
    const text = describeAll(reply.body);
    expect(text).toContain('研发经费支出(亿元)');
    expect(text).toContain('2025年目标值');
    expect(text).toContain('市“十四五”规划《纲要》主要指标表（第14页起）');
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    expect(text).toContain('更多段落');
  });

  it('a question outside the plan gets a refusal', async () => {
    const id = fake.slash('ask', [{ name: 'question', type: 3, value: '南昌市“十四五”规划的地区生产总值目标是多少？' }]);
    const reply = await fake.waitFor(original(id));
    expect(describeAll(reply.body)).toContain('规划中没有直接回答这个问题的内容');
  });

  it('a quote containing @everyone pings no one', async () => {
    const id = fake.slash('ask', [{ name: 'question', type: 3, value: 'PING-TEST' }]);
    const reply = await fake.waitFor(original(id));
    expect(reply.body.allowed_mentions).toMatchObject({ parse: [] });
    const description = reply.body.embeds[0].description as string;
    expect(description).not.toMatch(/@everyone/);
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('\\*\\*粗体\\*\\*');
  });

  it('a 5,000-character answer arrives split within Discord limits', async () => {
    const id = fake.slash('ask', [{ name: 'question', type: 3, value: 'LONG-TEST' }]);
    await fake.waitFor(original(id));
    const follow = await fake.waitFor((c) => c.method === 'POST' && c.path.endsWith(`tok-${id}`));
    for (const call of [fake.calls.find(original(id))!, follow]) {
      const embeds = call.body.embeds as { title?: string; description: string; footer?: { text: string } }[];
      const total = embeds.reduce((s, e) => s + e.description.length + (e.title?.length ?? 0) + (e.footer?.text.length ?? 0), 0);
      expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
      for (const e of embeds) expect(e.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(call.body.allowed_mentions.parse).toEqual([]);
    }
    const shown = fake.calls.filter((c) => c.path.includes(`tok-${id}`) && c.body?.embeds).flatMap((c) => c.body.embeds.map((e: any) => e.description)).join('');
    expect(shown.match(/长/g)!.length).toBe(3 * 2000); // the first page: three whole quotes, none cut
  });

  it('/digest subscribe needs Manage Server, then the digest is posted once with a nonce', async () => {
    const denied = fake.slash('digest', [{ name: 'subscribe', type: 1, options: [] }], '0');
    const d = await fake.waitFor((c) => c.path.startsWith(`/interactions/${denied}/`));
    expect(describeAll(d.body)).toContain('管理服务器');
    const ok = fake.slash('digest', [{ name: 'subscribe', type: 1, options: [] }], String(1 << 5));
    await fake.waitFor((c) => c.path.startsWith(`/interactions/${ok}/`));
    expect(Object.keys(state.subscriptions)).toEqual(['100000000000000001']);
    expect(await runDigests()).toEqual(['100000000000000001']);
    expect(await runDigests()).toEqual([]);
    const posts = fake.calls.filter((c) => c.method === 'POST' && c.path === '/channels/100000000000000001/messages');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.enforce_nonce).toBe(true);
    expect(describeAll(posts[0]!.body)).toContain('2026-12-01');
  });

  it('a digest to a deleted channel unsubscribes it', async () => {
    state.subscriptions['100000000000000777'] = { channelId: '100000000000000777', guildId: null, since: '' };
    await runDigests();
    expect(state.subscriptions['100000000000000777']).toBeUndefined();
  });

  it('@planbot in a channel answers in a thread', async () => {
    const id = fake.mention('<@900000000000000001> 井冈蜜柚种植规模要达到多少？');
    await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/100000000000000001/messages/${id}/threads`);
    const post = await fake.waitFor((c) => c.method === 'POST' && c.path === '/channels/100000000000000099/messages');
    expect(describeAll(post.body)).toContain('井冈蜜柚');
  });
});
