// The real discord.js Client against a fake Discord on 127.0.0.1, with the state in a SQLite file:
// ask channels, follow-ups in the bot's threads, 👍/👎 feedback counted and exported by
// `npm run feedback`, state surviving a restart, and the Message Content intent explained.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqliteStore } from '../src/adapters/sqlite-store.js';
import { DISALLOWED_INTENT_HELP } from '../src/discord/bot.js';
import type { Store } from '../src/state/store.js';
import { servicesFor, startBot } from './fakes/bot-harness.js';
import { ASK_CHANNEL, BOT_ID, FakeDiscord, GENERAL, GUILD_ID, isReplyEdit, MANAGE_GUILD, type RestCall } from './fakes/fake-discord.js';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'planbot-e2e-'));
const dbFile = join(dataDir, DATABASE_FILE);
const fake = new FakeDiscord();
let store: Store;
let bot: Awaited<ReturnType<typeof startBot>>;

const boot = async () => {
  store = openSqliteStore(dbFile);
  bot = await startBot(fake, servicesFor(store));
};
const shutdown = async () => {
  await bot.stop(1000);
  await store.close();
};

beforeAll(async () => {
  await fake.start();
  await boot();
});

afterAll(async () => {
  await shutdown();
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const text = (c: RestCall) => JSON.stringify(c.body);
const edited = (id: string) => fake.waitFor((c) => isReplyEdit(c, id));
const threadOn = (channel: string, messageId: string) => fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages/${messageId}/threads`);
/** The bot's answer to a message, posted in a thread (its nonce names the message). */
const answerTo = async (messageId: string) => {
  const nonce = `t${BigInt(messageId).toString(36)}.0`;
  return fake.waitFor((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && c.body?.nonce === nonce);
};
const threadIdOf = (c: RestCall) => c.path.split('/')[2]!;
const askChannelSetup = (perms = MANAGE_GUILD) =>
  fake.slash('setup', [{ name: 'ask-channel', type: 1, options: [{ name: 'channel', type: 7, value: ASK_CHANNEL }] }], { perms });
/** Lets the bot process what was dispatched, to show that nothing was sent. */
const settle = () => new Promise((r) => setTimeout(r, 300));
const feedbackCli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/feedback.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir } });

/** The keys of a line of ../shared/eval/dev.jsonl (see ../shared/README.md). */
const EVAL_KEYS = ['answer', 'evidence', 'id', 'kind', 'lang', 'question', 'section'];

let firstThread = '';
let firstAnswer = '';
let followUpAnswer = '';

describe('ask channels', () => {
  it('/setup ask-channel needs Manage Server, then makes the channel an ask channel', async () => {
    expect(text(await edited(askChannelSetup('0')))).toContain('管理服务器');
    expect(await store.isAskChannel(GUILD_ID, ASK_CHANNEL)).toBe(false);
    expect(text(await edited(askChannelSetup()))).toContain(`已设置提问频道：<#${ASK_CHANNEL}>`);
    expect(await store.isAskChannel(GUILD_ID, ASK_CHANNEL)).toBe(true);
  });

  it('a question in the ask channel is answered in a thread on that message', async () => {
    firstAnswer = fake.message('研发经费支出2020年是多少？', { channel: ASK_CHANNEL });
    const thread = await threadOn(ASK_CHANNEL, firstAnswer);
    expect(thread.body.name).toBe('研发经费支出2020年是多少？');
    const answer = await answerTo(firstAnswer);
    firstThread = threadIdOf(answer);
    expect(fake.threads.get(firstThread)?.parent_id).toBe(ASK_CHANNEL);
    expect(text(answer)).toContain('研发经费支出(亿元)');
    expect(answer.body).toMatchObject({ enforce_nonce: true });
    expect((await store.thread(firstThread))?.lastQuestion).toBe('研发经费支出2020年是多少？');
  });

  it('greetings, a link alone, other bots\' and its own messages, and other channels are not answered', async () => {
    const before = fake.calls.length;
    fake.message('你好', { channel: ASK_CHANNEL });
    fake.message('https://www.jian.gov.cn/plan.pdf', { channel: ASK_CHANNEL });
    fake.message('研发经费支出2020年是多少？', { channel: ASK_CHANNEL, bot: true });
    fake.message('研发经费支出2020年是多少？', { channel: ASK_CHANNEL, author: BOT_ID, bot: true });
    fake.message('研发经费支出2020年是多少？', { channel: GENERAL });
    await settle();
    expect(fake.calls.slice(before).filter((c) => c.method === 'POST')).toEqual([]);
  });
});

describe('follow-ups in the bot\'s thread', () => {
  it('"那2025年呢？" is answered in the thread with the earlier topic', async () => {
    followUpAnswer = fake.message('那2025年呢？', { channel: firstThread });
    const answer = await answerTo(followUpAnswer);
    expect(answer.path).toBe(`/channels/${firstThread}/messages`);
    expect(text(answer)).toContain('问：那2025年呢？');
    expect(text(answer)).toContain('接上一问，理解为：研发经费支出2025年是多少？');
    expect(text(answer)).toContain('研发经费支出(亿元)');
    expect((await store.thread(firstThread))?.lastQuestion).toBe('研发经费支出2025年是多少？');
  });
});

describe('feedback', () => {
  it('👍 and 👎 are stored, one vote per user per answer, changeable', async () => {
    const [alice, bob] = [fake.newUser(), fake.newUser()];
    const votes = [[`vote:${firstAnswer}:down`, alice, '已记录：👎'], [`vote:${firstAnswer}:up`, alice, '已改为 👍'],
      [`vote:${firstAnswer}:up`, alice, '已经投过 👍'], [`vote:${followUpAnswer}:down`, bob, '已记录：👎']] as const;
    for (const [id, user, said] of votes) {
      const click = fake.button(id, { user, channel: firstThread });
      expect((await fake.waitFor((c) => c.path.startsWith(`/interactions/${click}/`))).body).toMatchObject({ type: 5, data: { flags: 64 } });
      expect(text(await edited(click))).toContain(said);
    }
    const voted = await store.votedAnswers();
    expect(voted.map((v) => [v.answer.id, v.up, v.down])).toEqual([[firstAnswer, 1, 0], [followUpAnswer, 0, 1]]);
    expect(voted[0]!.answer.chunkIds.length).toBeGreaterThan(0);
  });

  it('`npm run feedback -- --stats` counts them per outcome', async () => {
    const { stdout } = await feedbackCli('--stats');
    expect(stdout).toContain('feedback: 2 votes on 2 answers');
    // Per outcome, whatever the engine judged these two answers to be: 👍 on the first, 👎 on the follow-up.
    const [first, second] = (await store.votedAnswers()).map((v) => v.answer.outcome);
    const row = (outcome: string, answers: number, up: number, down: number) => new RegExp(`${outcome}\\s*│\\s*${answers}\\s*│\\s*${up}\\s*│\\s*${down}\\s*│`);
    if (first === second) expect(stdout).toMatch(row(first!, 2, 1, 1));
    else {
      expect(stdout).toMatch(row(first!, 1, 1, 0));
      expect(stdout).toMatch(row(second!, 1, 0, 1));
    }
  });

  it('`npm run feedback -- --export FILE.jsonl` writes 👍 answers in the eval format and 👎 ones for review', async () => {
    const file = join(dataDir, 'feedback.jsonl');
    await feedbackCli('--export', file);
    const [line, ...more] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(more).toEqual([]);
    expect(Object.keys(line).sort()).toEqual(EVAL_KEYS);
    expect(line).toMatchObject({ id: `f${firstAnswer}`, question: '研发经费支出2020年是多少？', lang: 'zh', kind: 'feedback' });
    expect(line.evidence.some((e: string) => e.includes('研发经费支出(亿元)'))).toBe(true);
    expect(line.evidence.every((e: string) => !/\s/.test(e))).toBe(true);
    const review = readFileSync(join(dataDir, 'feedback.review.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(review).toMatchObject([{ id: `f${followUpAnswer}`, kind: 'review', votes: { up: 0, down: 1 } }]);
  });
});

describe('state survives a restart against the same database file', () => {
  it('ask channel, thread context, answers and votes, subscriptions', async () => {
    expect(text(await edited(fake.slash('setup', [{ name: 'digest-subscribe', type: 1, options: [] }], { perms: MANAGE_GUILD })))).toContain('已订阅');
    await shutdown();
    await boot();
    const asked = fake.message('井冈蜜柚种植规模要达到多少？', { channel: ASK_CHANNEL });
    await threadOn(ASK_CHANNEL, asked);
    expect(text(await answerTo(asked))).toContain('井冈蜜柚');
    const followUp = fake.message('那2030年呢？', { channel: firstThread });
    expect(text(await answerTo(followUp))).toContain('接上一问，理解为：研发经费支出2030年是多少？');
    const user = fake.newUser();
    expect(text(await edited(fake.button(`more:${firstAnswer}:1`, { user })))).toMatch(/第 2\/\d+ 页/);
    expect(text(await edited(fake.button(`vote:${firstAnswer}:up`, { user })))).toContain('谢谢');
    expect((await store.subscriptions()).map((s) => s.channelId)).toEqual([GENERAL]);
  });

  it('/setup off stops answering there', async () => {
    expect(text(await edited(fake.slash('setup', [{ name: 'off', type: 1, options: [] }], { perms: MANAGE_GUILD })))).toContain(`<#${ASK_CHANNEL}>`);
    const before = fake.calls.length;
    fake.message('森林覆盖率目标是多少？', { channel: ASK_CHANNEL });
    await settle();
    expect(fake.calls.slice(before).filter((c) => c.method === 'POST')).toEqual([]);
  });
});

describe('the Message Content intent', () => {
  it('without it, /setup ask-channel explains how to turn it on instead of setting up a channel that cannot work', async () => {
    const other = new FakeDiscord();
    await other.start();
    const s = openSqliteStore(':memory:');
    const b = await startBot(other, servicesFor(s, { messageContent: false }));
    try {
      const id = other.slash('setup', [{ name: 'ask-channel', type: 1, options: [{ name: 'channel', type: 7, value: ASK_CHANNEL }] }], { perms: MANAGE_GUILD });
      const reply = await other.waitFor((c) => isReplyEdit(c, id));
      expect(text(reply)).toContain('MESSAGE_CONTENT_INTENT=true');
      expect(await s.askChannels()).toEqual([]);
    } finally {
      await b.stop(1000);
      await s.close();
      await other.stop();
    }
  });

  it('when Discord refuses it, start-up stops with the fix', async () => {
    const other = new FakeDiscord();
    other.refuseMessageContent = true;
    await other.start();
    const s = openSqliteStore(':memory:');
    try {
      await expect(startBot(other, servicesFor(s))).rejects.toThrow(DISALLOWED_INTENT_HELP);
    } finally {
      await s.close();
      await other.stop();
    }
  });
});
