// The real discord.js Client against the fake Discord: a claim checked against the plan — /check in
// Chinese and English, a claim pasted into /ask, an ask channel and a mention (no flag: understanding
// reads it as a claim), a paragraph sentence by sentence — each answered exactly once, the verdict line
// above the verbatim quote and its citation. Checks are the real ones over the plan (lexical retrieval).
import { describe, expect, it } from 'vitest';
import { commandData } from '../src/discord/commands/index.js';
import { botOnFake } from './fakes/bot-harness.js';
import { ASK_CHANNEL, FakeDiscord, GENERAL, isReplyEdit, MANAGE_GUILD, type RestCall } from './fakes/fake-discord.js';

const fake = new FakeDiscord();
const { store } = botOnFake(fake);

const text = (c: RestCall) => JSON.stringify(c.body);
const description = (c: RestCall) => (c.body.embeds as { title?: string; description: string }[]).map((e) => `${e.title ?? ''}\n${e.description}`).join('\n');
const edited = (id: string) => fake.waitFor((c) => isReplyEdit(c, id));
const check = (claim: string, user: string) => fake.slash('check', [{ name: 'claim', type: 3, value: claim }], { user });
/** Lets the bot finish whatever else it would send. */
const settle = () => new Promise((r) => setTimeout(r, 400));
/** Every message the bot sent for an interaction: the reply edits and follow-ups. */
const sentFor = (id: string) => fake.calls.filter((c) => c.path.startsWith('/webhooks/') && c.path.includes(`tok-${id}`) && (c.method === 'PATCH' || c.method === 'POST'));
/** The bot's posts answering a message (in its thread), by the nonce that names the message. */
const postsFor = (messageId: string) => fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path)
  && typeof c.body?.nonce === 'string' && c.body.nonce.startsWith(`t${BigInt(messageId).toString(36)}.`));

describe('/check', () => {
  it('is registered with the other commands, its claim required', () => {
    const data = commandData.find((c) => (c as { name: string }).name === 'check') as { options: { name: string; required: boolean }[] } | undefined;
    expect(data?.options).toEqual([expect.objectContaining({ name: 'claim', required: true })]);
  });

  it('a Chinese claim with another figure: the plan\'s and the claim\'s figures above the quote, once', async () => {
    const id = check('吉安计划到2025年新增生活污水处理规模10万吨/日', '200000000000000011');
    const reply = await edited(id);
    const shown = description(reply);
    expect(shown).toContain('⚠️ 与规划不符：规划写的是「7万吨/日」，不是「10万吨/日」');
    expect(shown.indexOf('⚠️')).toBeLessThan(shown.indexOf('新增生活污水处理规模7万吨/日'));
    expect(shown).toMatch(/— 第.+篇 .+（第\d+页起）/);
    await settle();
    expect(sentFor(id).filter((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(sentFor(id).filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('an English claim the plan states: the English verdict line, the quote cited in both forms', async () => {
    const id = check("Ji'an aims to have 6,000 EV charging piles across the city by 2025.", '200000000000000012');
    const shown = description(await edited(id));
    expect(shown).toContain('✅ Supported by the plan’s text');
    expect(shown).toContain('充电桩数量达到6000座');
    expect(shown).toMatch(/— Part 4 › Chapter 1 › Section 3.*p\. 51/);
    expect(shown).not.toContain('⚠️');
  });

  it('an English claim with a word no glossary term of the quote shows: partly, naming the word', async () => {
    const id = check("Ji'an will back employers that set up 'talent enclaves' and will bring in scarce talent flexibly.", '200000000000000016');
    const shown = description(await edited(id));
    expect(shown).toContain('🔸 Partly supported: the quoted passages do not show “employers”');
    expect(shown).toContain('人才飞地');
    expect(shown).not.toContain('✅');
  });
});

describe('a claim pasted where questions are asked', () => {
  it('/ask checks a pasted claim without being told to', async () => {
    const id = fake.ask('到2025年，吉安所有行政村都要具备千兆光网覆盖能力', { user: '200000000000000013' });
    const reply = await edited(id);
    expect(description(reply)).toContain('✅ 规划原文支持');
    expect(description(reply)).toContain('实现 100%行政村千兆光网覆盖能力');
    expect(text(reply)).not.toContain('规划中有答案');
  });

  it('a question to /ask is still answered, not checked', async () => {
    const reply = await edited(fake.ask('研发经费支出2025年目标是多少？', { user: '200000000000000014' }));
    expect(text(reply)).toContain('✅ 规划中有答案');
    expect(text(reply)).not.toContain('规划原文支持');
  });

  it('in an ask channel: checked in a thread on the message, answered once', async () => {
    await edited(fake.slash('setup', [{ name: 'ask-channel', type: 1, options: [{ name: 'channel', type: 7, value: ASK_CHANNEL }] }], { perms: MANAGE_GUILD }));
    const id = fake.message('吉安到2025年全市电子信息产业主营业务收入突破4000亿元', { channel: ASK_CHANNEL });
    await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${ASK_CHANNEL}/messages/${id}/threads`);
    const post = await fake.waitFor(() => postsFor(id).length > 0).then(() => postsFor(id)[0]!);
    expect(description(post)).toContain('⚠️ 与规划不符：规划写的是「突破5000亿元」，不是「突破4000亿元」');
    expect(description(post)).toContain('全市电子信息产业主营业务收入突破5000亿元');
    expect(post.body).toMatchObject({ enforce_nonce: true });
    await settle();
    expect(postsFor(id)).toHaveLength(1);
    expect(await store.thread(id)).toMatchObject({ lastQuestion: '吉安到2025年全市电子信息产业主营业务收入突破4000亿元' });
  });

  it('a mention with a claim the plan does not make: "not in the plan", once', async () => {
    const id = fake.mention('<@900000000000000001> Is it true that Ji\'an will host the Winter Olympics in 2030?', GENERAL);
    const post = await fake.waitFor(() => postsFor(id).length > 0).then(() => postsFor(id)[0]!);
    expect(description(post)).toContain('❓ The plan does not say this');
    expect(description(post)).not.toMatch(/✅|⚠️/);
    await settle();
    expect(postsFor(id)).toHaveLength(1);
  });

  it('a paragraph of claims: one line a sentence with its own verdict', async () => {
    const id = fake.message('吉安到2025年全市电子信息产业主营业务收入突破4000亿元。到2025年，吉安所有行政村都要具备千兆光网覆盖能力。', { channel: ASK_CHANNEL });
    const post = await fake.waitFor(() => postsFor(id).length > 0).then(() => postsFor(id)[0]!);
    const shown = description(post);
    expect(shown).toMatch(/\*\*1\.\*\* 「吉安到2025年全市电子信息产业主营业务收入突破4000亿元。」\n⚠️ 与规划不符：规划写的是「突破5000亿元」/);
    expect(shown).toMatch(/\*\*2\.\*\* 「到2025年，吉安所有行政村都要具备千兆光网覆盖能力。」\n✅ 规划原文支持/);
    expect(shown).toContain('**[2]**');
  });
});
