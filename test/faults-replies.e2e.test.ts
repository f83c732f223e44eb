// The fault suite, replies: the real discord.js client against the fake Discord while it fails the way
// Discord does — a 5xx after doing the work (replies in threads, interaction follow-ups, thread
// creation, the acknowledgement), a 5xx for longer than discord.js repeats, 429 per route and global,
// the gateway dropped mid-burst. Each asserts no duplicate, no lost reply and the log line that says
// what happened.
import { describe, expect, it } from 'vitest';
import { botOnFake, captureLog, faultOn } from './fakes/bot-harness.js';
import { BOT_ID, FakeDiscord, isReplyEdit } from './fakes/fake-discord.js';

const fake = new FakeDiscord();
const log = captureLog();
botOnFake(fake, { log }, 1);

const id36 = (id: string) => BigInt(id).toString(36);
const fault = faultOn(fake);

/** The bot's messages carrying this nonce (answers in threads, follow-ups): exactly one each, or it was lost or duplicated. */
const withNonce = (nonce: string) => fake.messages.created.filter((m) => m.author.id === BOT_ID && m.nonce === nonce);
const until = async (done: () => boolean) => {
  const deadline = Date.now() + 20_000;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
};
const answered = async (nonces: string[]) => {
  await until(() => nonces.every((n) => withNonce(n).length > 0));
  await new Promise((r) => setTimeout(r, 300)); // a duplicate would arrive meanwhile
  return nonces.map((n) => withNonce(n).length);
};
const logged = (text: string) => log.lines.filter((l) => l.msg.includes(text));
const edited = (id: string) => fake.waitFor((c) => isReplyEdit(c, id) && !!c.body?.embeds?.length);

describe('a 5xx after Discord did the work', () => {
  it('on the answer in a thread (5 mentions): each answered once; the log says discord.js repeated it with the nonce', async () => {
    const before = logged('Discord answered with a server error').length;
    const ids = Array.from({ length: 5 }, () => {
      const id = fake.mention('<@900000000000000001> 井冈蜜柚种植规模要达到多少？');
      fault('5xx-after', 'POST', `/channels/${id}/messages`);
      return id;
    });
    expect(await answered(ids.map((id) => `t${id36(id)}.0`))).toEqual([1, 1, 1, 1, 1]);
    expect(logged('Discord answered with a server error').length - before).toBe(5);
  });

  it('on interaction follow-ups (3 long answers): each follow-up once — looked for, since Discord folds no webhook nonces', async () => {
    const ids = Array.from({ length: 3 }, () => {
      const id = fake.ask('LONG-TEST');
      fault('5xx-after', 'POST', new RegExp(`^/webhooks/\\d+/tok-${id}$`));
      return id;
    });
    await until(() => ids.every((id) => logged('the follow-up had arrived: not sent again').some((l) => l.obj.interaction === id)));
    expect(await answered(ids.map((id) => `f${id36(id)}.1`))).toEqual([1, 1, 1]);
    expect(fake.faults.filter((f) => f.times > 0)).toEqual([]);
  });

  it('on thread creation (5 mentions): the repeat gets 160004, the existing thread is used, each answered once in it', async () => {
    const before = logged('160004').length;
    const ids = Array.from({ length: 5 }, () => {
      const id = fake.mention('<@900000000000000001> 研发经费支出2025年目标是多少？');
      fault('5xx-after', 'POST', new RegExp(`/messages/${id}/threads$`));
      return id;
    });
    expect(await answered(ids.map((id) => `t${id36(id)}.0`))).toEqual([1, 1, 1, 1, 1]);
    for (const id of ids) expect(withNonce(`t${id36(id)}.0`)[0]?.channel_id).toBe(id); // in the thread on the message
    expect(logged('a thread already exists on this message (160004').length - before).toBe(5);
  });

  it('on the acknowledgement: the repeat gets 40060, the answer still comes', async () => {
    const id = fake.ask('DIRECT-TEST');
    fault('5xx-after', 'POST', new RegExp(`^/interactions/${id}/`));
    expect(JSON.stringify((await edited(id)).body)).toContain('2025年目标72亿元');
    expect(logged('40060').map((l) => l.obj.interaction)).toContain(id);
  });

  it('for longer than discord.js repeats (4 times): the channel is read, the message found, not sent again', async () => {
    const id = fake.mention('<@900000000000000001> 森林覆盖率目标是多少？');
    fault('5xx-after', 'POST', `/channels/${id}/messages`, 4);
    await until(() => logged('the message had arrived: not sent again').some((l) => l.obj.channel === id));
    expect(await answered([`t${id36(id)}.0`])).toEqual([1]);
    expect(fake.calls.some((c) => c.method === 'GET' && c.path === `/channels/${id}/messages`)).toBe(true);
    expect(logged('reading the channel before sending again').map((l) => l.obj.channel)).toContain(id);
  });
});

describe('429', () => {
  it('per route: the answers wait and arrive once each; the log names the route', async () => {
    const ids = Array.from({ length: 3 }, () => {
      const id = fake.mention('<@900000000000000001> 井冈蜜柚种植规模要达到多少？');
      fault('429-route', 'POST', `/channels/${id}/messages`, 2, 150);
      return id;
    });
    expect(await answered(ids.map((id) => `t${id36(id)}.0`))).toEqual([1, 1, 1]);
    expect(logged('rate limited by Discord (this route)').length).toBeGreaterThanOrEqual(6);
  });

  it('global: every request waits; the answers arrive once each; the log says global', async () => {
    const ids = Array.from({ length: 3 }, () => fake.mention('<@900000000000000001> 研发经费支出2025年目标是多少？'));
    fault('429-global', 'POST', /\/threads$/, 1, 300);
    expect(await answered(ids.map((id) => `t${id36(id)}.0`))).toEqual([1, 1, 1]);
    expect(logged('rate limited by Discord (global)')).toHaveLength(1);
  });
});

describe('the gateway dropped mid-burst', () => {
  it('20 questions, the connection cut after 10: all 20 answered once; the log says it resumed', async () => {
    const ask = () => fake.ask('DIRECT-TEST');
    const ids = Array.from({ length: 10 }, ask);
    fake.dropGateway();
    ids.push(...Array.from({ length: 10 }, ask));
    const replies = await Promise.all(ids.map(edited));
    expect(replies.every((r) => JSON.stringify(r.body).includes('2025年目标72亿元'))).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    for (const id of ids) expect(fake.calls.filter((c) => c.path.startsWith(`/interactions/${id}/`))).toHaveLength(1);
    expect(logged('gateway resumed').length).toBeGreaterThan(0);
    expect(logged('gateway connection lost: reconnecting').length).toBeGreaterThan(0);
  });
});

describe('across the suite', () => {
  it('no message was created twice, and none was refused for breaking a limit', () => {
    const byNonce = new Map<string, number>();
    for (const m of fake.messages.created) if (m.nonce) byNonce.set(`${m.channel_id}:${m.nonce}`, (byNonce.get(`${m.channel_id}:${m.nonce}`) ?? 0) + 1);
    expect([...byNonce].filter(([, n]) => n > 1)).toEqual([]);
    expect(fake.refused).toEqual([]);
  });
});
