// The fault suite, notices and courtesies: the real discord.js client against the fake Discord where
// the reply itself cannot be edited (the error notice must reach the asker by another route, once), a
// follow-up Discord made before answering 502 (not made twice: Discord folds no webhook nonces), and
// the typing indicator failing (the answer still goes out). Each asserts what the asker sees, no
// duplicate, and the log line that says what happened.
import { describe, expect, it } from 'vitest';
import { botOnFake, captureLog, faultOn } from './fakes/bot-harness.js';
import { BOT_ID, FakeDiscord } from './fakes/fake-discord.js';
import { LOADING } from './fakes/fake-messages.js';

const fake = new FakeDiscord();
const log = captureLog();
botOnFake(fake, { log }, 1);

const id36 = (id: string) => BigInt(id).toString(36);
const fault = faultOn(fake);
const logged = (text: string, id: string) => log.lines.filter((l) => l.msg.includes(text) && Object.values(l.obj).includes(id));
const until = async (done: () => boolean, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
};
const NOTICE = '抱歉，处理时出错了';
/** The bot's messages about interaction `id` showing the error notice (its reply taken over, or a follow-up). */
const notices = (id: string) => fake.messages.created.filter((m) => m.author.id === BOT_ID && m.content.includes(NOTICE) && m.content.includes(id));

describe('the reply cannot be edited (5xx on every edit)', () => {
  it('/ask: the error notice takes the reply\'s place as a follow-up, once; the log says so', async () => {
    const id = fake.ask('研发经费支出2025年目标是多少？');
    fault('5xx-before', 'PATCH', new RegExp(`tok-${id}/messages/@original$`), 1000);
    await until(() => logged('the notice reached the asker as a follow-up', id).length > 0);
    expect(logged('the reply cannot be edited: the notice goes as a follow-up instead', id)).toHaveLength(1);
    const reply = fake.originals.get(id)!;
    expect(reply.content).toContain(NOTICE);
    expect(reply.flags & LOADING).toBe(0); // no longer "thinking…"
    expect(notices(id)).toHaveLength(1);
  });

  it('…and the notice\'s follow-up answered 502 after Discord made it: found at @original, not sent again', async () => {
    const id = fake.ask('研发经费支出2025年目标是多少？');
    fault('5xx-before', 'PATCH', new RegExp(`tok-${id}/messages/@original$`), 1000);
    fault('5xx-after', 'POST', new RegExp(`^/webhooks/\\d+/tok-${id}$`));
    await until(() => logged('the notice reached the asker as a follow-up', id).length > 0);
    expect(logged('the follow-up had arrived: not sent again', id)).toHaveLength(1);
    expect(fake.calls.some((c) => c.method === 'GET' && c.path.endsWith(`tok-${id}/messages/@original`))).toBe(true);
    await new Promise((r) => setTimeout(r, 300)); // a second notice would arrive meanwhile
    expect(notices(id)).toHaveLength(1);
    expect(fake.originals.get(id)!.content).toContain(NOTICE);
  });
});

describe('the notice about a mention failing for longer than discord.js repeats', () => {
  it('the engine failed, the notice\'s send answered 502 four times: the thread is read, the notice sent again, once', async () => {
    const id = fake.mention('<@900000000000000001> FAIL-TEST');
    fault('5xx-before', 'POST', new RegExp(`^/channels/${id}/messages$`), 4); // discord.js's first try and its 3 repeats
    const notice = () => fake.messages.created.filter((m) => m.author.id === BOT_ID && m.nonce === `n${id36(id)}.0`);
    await until(() => notice().length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(notice()).toHaveLength(1);
    expect(notice()[0]!.content).toContain(NOTICE);
    expect(log.lines.filter((l) => l.msg.startsWith('a send failed in a way that may hide a success') && l.obj.channel === id)).toHaveLength(1);
  });
});

describe('every edit of the reply answered 502 after Discord made it', () => {
  it('/ask: the reply shows the answer, so the answer stays — no error notice over it', async () => {
    const id = fake.ask('DIRECT-TEST');
    fault('5xx-after', 'PATCH', new RegExp(`tok-${id}/messages/@original$`), 1000);
    await until(() => logged('the reply edit had arrived', id).length > 0);
    await new Promise((r) => setTimeout(r, 300)); // a notice would arrive meanwhile
    expect(JSON.stringify(fake.originals.get(id)!.embeds)).toContain('2025年目标72亿元');
    expect(notices(id)).toEqual([]);
    expect(log.lines.filter((l) => l.msg === 'interaction failed' && l.obj.ref === id)).toEqual([]);
  });
});

describe('every edit of the reply answered 502 after Discord made it, the engine failing', () => {
  it('/ask: the notice\'s edit arrived, so no follow-up notice beside it', async () => {
    const id = fake.ask('FAIL-TEST');
    fault('5xx-after', 'PATCH', new RegExp(`tok-${id}/messages/@original$`), 1000);
    await until(() => fake.calls.some((c) => c.method === 'GET' && c.path.endsWith(`tok-${id}/messages/@original`)));
    await new Promise((r) => setTimeout(r, 500)); // a follow-up notice would arrive meanwhile
    expect(fake.originals.get(id)!.content).toContain(NOTICE);
    expect(notices(id)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`tok-${id}`))).toEqual([]);
  });
});

describe('a follow-up answered 502 after Discord made it', () => {
  it('a long answer\'s follow-up: discord.js does not repeat it; found in the channel, not sent again', async () => {
    const id = fake.ask('LONG-TEST');
    fault('5xx-after', 'POST', new RegExp(`^/webhooks/\\d+/tok-${id}$`));
    await until(() => logged('the follow-up had arrived: not sent again', id).length > 0);
    await new Promise((r) => setTimeout(r, 300)); // a second one would arrive meanwhile
    expect(fake.messages.created.filter((m) => m.author.id === BOT_ID && m.nonce === `f${id36(id)}.1`)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`tok-${id}`))).toHaveLength(1);
    expect(logged('a follow-up failed in a way that may hide a success', id)).toHaveLength(1);
  });
});

describe('the typing indicator fails', () => {
  it('a mention: the answer still goes out in its thread, no error notice; a warning is logged', async () => {
    const id = fake.mention('<@900000000000000001> 森林覆盖率目标是多少？');
    fault('5xx-before', 'POST', new RegExp(`^/channels/${id}/typing$`), 4); // discord.js's first try and its 3 repeats
    const answered = () => fake.messages.created.filter((m) => m.author.id === BOT_ID && m.nonce === `t${id36(id)}.0`);
    await until(() => answered().length > 0);
    expect(answered()).toHaveLength(1);
    expect(answered()[0]!.embeds.length).toBeGreaterThan(0);
    expect(fake.messages.created.filter((m) => m.nonce === `n${id36(id)}.0`)).toEqual([]);
    expect(log.lines.filter((l) => l.msg === 'the typing indicator failed: answering without it' && l.obj.channel === id)).toHaveLength(1);
  });
});
