// Abuse: forged ids of another server, Markdown typed to be echoed, commands sent in a DM. The real discord.js client
// against a fake Discord where the bot is in two servers; an admin of one sends /setup ask-channel with
// the other server's channel id (a modified client can put any id in a channel option).
import { describe, expect, it } from 'vitest';
import { commandData } from '../src/discord/commands/index.js';
import { botOnFake } from './fakes/bot-harness.js';
import {
  ASK_CHANNEL, FakeDiscord, GUILD_ID, isReplyEdit, MANAGE_GUILD, OTHER_CHANNEL, OTHER_GUILD_ID, type RestCall,
} from './fakes/fake-discord.js';

const fake = new FakeDiscord();
fake.secondGuild = true;
const { store } = botOnFake(fake);

const text = (c: RestCall) => JSON.stringify(c.body);
const edited = (id: string) => fake.waitFor((c) => isReplyEdit(c, id));
const setup = (channel: string, guild: string, from: string) =>
  fake.slash('setup', [{ name: 'ask-channel', type: 1, options: [{ name: 'channel', type: 7, value: channel }] }], { perms: MANAGE_GUILD, guild, channel: from });
const off = (guild: string, from: string) => fake.slash('setup', [{ name: 'off', type: 1, options: [] }], { perms: MANAGE_GUILD, guild, channel: from });
const threadOn = (channel: string, id: string) => (c: RestCall) => c.method === 'POST' && c.path === `/channels/${channel}/messages/${id}/threads`;
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('another server\'s channel id in /setup ask-channel', () => {
  it('is refused with a user error (so is a channel the bot cannot see), and nothing is stored', async () => {
    expect(text(await edited(setup(OTHER_CHANNEL, GUILD_ID, ASK_CHANNEL)))).toContain('只能把本服务器的频道设为提问频道');
    expect(text(await edited(setup('100000000000000555', GUILD_ID, ASK_CHANNEL)))).toContain('planbot 看不到这个频道');
    expect(await store.askChannels()).toEqual([]);
    expect(text(await edited(setup(ASK_CHANNEL, GUILD_ID, ASK_CHANNEL)))).toContain(`已设置提问频道：<#${ASK_CHANNEL}>`);
  });

  it('a row a forger left (as earlier versions stored it) neither answers in that server nor stops its own admin', async () => {
    await store.addAskChannel({ channelId: OTHER_CHANNEL, guildId: GUILD_ID, setBy: 'forger', since: 't' });
    const ignored = fake.message('森林覆盖率目标是多少？', { channel: OTHER_CHANNEL });
    await settle();
    expect(fake.calls.some(threadOn(OTHER_CHANNEL, ignored))).toBe(false);

    expect(text(await edited(setup(OTHER_CHANNEL, OTHER_GUILD_ID, OTHER_CHANNEL)))).toContain(`已设置提问频道：<#${OTHER_CHANNEL}>`);
    await fake.waitFor(threadOn(OTHER_CHANNEL, fake.message('森林覆盖率目标是多少？', { channel: OTHER_CHANNEL })));
    expect(text(await edited(off(OTHER_GUILD_ID, OTHER_CHANNEL)))).toContain(`<#${OTHER_CHANNEL}>`);
    const after = fake.message('森林覆盖率目标是多少？', { channel: OTHER_CHANNEL });
    await settle();
    expect(fake.calls.some(threadOn(OTHER_CHANNEL, after))).toBe(false);
    expect((await store.askChannels(OTHER_GUILD_ID))).toEqual([]);
  });
});

describe('Markdown typed into a command', () => {
  const typed = '[点这里](https://evil.example) **粗**';
  it('/targets and /ask echo it escaped: no masked link, no bold', async () => {
    // /targets echoes the topic escaped; /ask echoes the question as read, the link already removed.
    for (const [id, echoesLink] of [[fake.slash('targets', [{ name: 'topic', type: 3, value: typed }]), true], [fake.ask(typed), false]] as const) {
      const body = text(await edited(id));
      if (echoesLink) expect(body).toContain('[点这里\\\\](https://evil.example)');
      else expect(body).not.toContain('evil.example');
      expect(body).not.toContain('[点这里](');
      expect(body).not.toContain('**粗**');
    }
  });
});

describe('commands in a DM with the bot', () => {
  it('are registered for servers only', () => {
    expect(commandData.map((c) => [(c as { name: string }).name, (c as { contexts?: number[] }).contexts])).toEqual(
      commandData.map((c) => [(c as { name: string }).name, [0]]));
  });

  it('/ask sent in a DM anyway is refused only to the sender: nothing answered, stored or logged', async () => {
    const logged = (await store.recentQuestions(1000)).length;
    const id = fake.ask('森林覆盖率目标是多少？', { dm: true, channel: '100000000000000099' });
    const reply = await fake.waitFor((c) => c.path.startsWith(`/interactions/${id}/`));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(text(reply)).toContain('请在服务器的频道里使用这个命令');
    await settle();
    expect(await store.answer(id)).toBeNull();
    expect((await store.recentQuestions(1000)).length).toBe(logged);
  });
});
