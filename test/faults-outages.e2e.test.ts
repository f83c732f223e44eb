// The fault suite, outages: the digest's process killed mid-send and another started 30 minutes later
// (the fake's clock moved past Discord's nonce window) or after the grace with the channel unreadable,
// two processes on one state file at once, and
// SIGTERM's drain with questions in flight and arriving. Each asserts no duplicate, no lost reply and
// the log line that says what happened.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/adapters/sqlite-store.js';
import { runDueDigests, type DigestRunner } from '../src/digest/runner.js';
import { RESTARTING_LOG } from '../src/discord/errors.js';
import type { Store } from '../src/state/store.js';
import { captureLog, CRAFTED, servicesFor, startBot, targets, TOKEN } from './fakes/bot-harness.js';
import { BOT_ID, FakeDiscord, GENERAL, GUILD_ID } from './fakes/fake-discord.js';

const dirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function world() {
  const fake = new FakeDiscord();
  await fake.start();
  fake.messages.advance(Date.parse('2026-12-01T01:00:00Z') - fake.messages.now()); // 09:00 in Asia/Shanghai
  const dir = mkdtempSync(join(tmpdir(), 'planbot-outage-'));
  dirs.push(dir);
  const file = join(dir, 'planbot.db');
  const stores: Store[] = [];
  const store = () => {
    const s = openSqliteStore(file);
    stores.push(s);
    return s;
  };
  cleanups.push(async () => {
    await fake.stop();
    for (const s of stores) await s.close();
  });
  await store().subscribe({ channelId: GENERAL, guildId: GUILD_ID, since: '2026-11-01T00:00:00.000Z' });
  return { fake, store };
}

/** One bot process: its own token, store connection, log and digest runner on the fake's clock. */
async function process_(w: Awaited<ReturnType<typeof world>>, name: string) {
  const log = captureLog();
  const store = w.store();
  const bot = await startBot(w.fake, servicesFor(store, { log }), `${TOKEN}-${name}`);
  cleanups.push(() => bot.client.destroy());
  const runner: DigestRunner = {
    targets, store, sender: bot.digestSender, now: () => new Date(w.fake.messages.now()),
    // A killed process never wakes up again.
    sleep: (ms) => (w.fake.isDead(`${TOKEN}-${name}`) ? new Promise(() => {}) : new Promise((r) => setTimeout(r, ms / 100))),
    postAt: '09:00', timeZone: 'Asia/Shanghai', size: 4, graceMinutes: 120, owner: name, log: log.text,
  };
  return { bot, log, runner };
}

const digestsOf = (fake: FakeDiscord, date: string) => fake.messages.created.filter((m) =>
  m.author.id === BOT_ID && m.channel_id === GENERAL && m.embeds.some((e) => String(e.title).includes(`规划目标 · ${date}`)));

describe('the digest killed mid-send, another process started 30 minutes later', () => {
  it.each([
    ['after its message arrived', 'kill-after', `digest 2026-12-01 to channel ${GENERAL} was already in the channel (its sender stopped mid-send): marked posted, not sent again`],
    ['before its message arrived', 'kill-before', `digest 2026-12-01 to channel ${GENERAL}: not in the channel after its sender stopped, and the window is still open: posted now`],
  ] as const)('killed %s: one digest in the channel for the day', async (_, kind, line) => {
    const w = await world();
    const a = await process_(w, 'A');
    w.fake.faults.push({ kind, times: 1, match: (m, p) => m === 'POST' && p === `/channels/${GENERAL}/messages` });
    void runDueDigests(a.runner);
    const deadline = Date.now() + 10_000;
    while (!w.fake.isDead(`${TOKEN}-A`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(digestsOf(w.fake, '2026-12-01')).toHaveLength(kind === 'kill-after' ? 1 : 0);
    w.fake.messages.advance(30 * 60_000); // Discord's nonce memory has expired
    const b = await process_(w, 'B');
    await runDueDigests(b.runner); // A's claim, 30 minutes old, is past the lease: B takes it over and looks first
    await runDueDigests(b.runner);
    expect(digestsOf(w.fake, '2026-12-01')).toHaveLength(1);
    expect(b.log.lines.map((l) => l.msg)).toContain(line);
    const { claim } = await w.store().claimDigest({ channelId: GENERAL, date: '2026-12-01', nonce: 'x', owner: 'C' }, new Date());
    expect(claim.status).toBe('posted');
  });

  it('restarted past the grace, the channel unreadable (5xx): "trying again later" only, the day not recorded skipped; readable later: marked posted', async () => {
    const w = await world();
    const a = await process_(w, 'A');
    w.fake.faults.push({ kind: 'kill-after', times: 1, match: (m, p) => m === 'POST' && p === `/channels/${GENERAL}/messages` });
    void runDueDigests(a.runner);
    for (let i = 0; !w.fake.isDead(`${TOKEN}-A`) && i < 500; i++) await new Promise((r) => setTimeout(r, 20));
    w.fake.messages.advance(5 * 60 * 60_000); // 14:00 local: the grace (until 11:00) has passed
    const b = await process_(w, 'B');
    w.fake.faults.push({ kind: '5xx-before', times: 4, match: (m, p) => m === 'GET' && p === `/channels/${GENERAL}/messages` }); // discord.js's try and its 3 repeats
    await runDueDigests(b.runner);
    await runDueDigests(b.runner);
    const said = b.log.lines.map((l) => l.msg);
    expect(said.filter((m) => m.includes('cannot read the channel to reconcile') && m.endsWith('trying again later'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('skipped'))).toEqual([]);
    const status = async () => (await w.store().claimDigest({ channelId: GENERAL, date: '2026-12-01', nonce: 'x', owner: 'C' }, new Date())).claim.status;
    expect(await status()).toBe('sending');
    w.fake.messages.advance(11 * 60_000); // past the lease of B's take-over: reconciled again, the channel readable
    await runDueDigests(b.runner);
    expect(b.log.lines.at(-1)?.msg).toBe(`digest 2026-12-01 to channel ${GENERAL} was already in the channel (its sender stopped mid-send): marked posted, not sent again`);
    expect(await status()).toBe('posted');
    expect(digestsOf(w.fake, '2026-12-01')).toHaveLength(1);
  });

  it('two processes on one state file posting at the same moment: one digest', async () => {
    const w = await world();
    const [a, b] = [await process_(w, 'A'), await process_(w, 'B')];
    const posted = await Promise.all([runDueDigests(a.runner), runDueDigests(b.runner)]);
    expect(posted.flat()).toEqual([GENERAL]);
    expect(digestsOf(w.fake, '2026-12-01')).toHaveLength(1);
  });
});

describe('SIGTERM: the drain', () => {
  it('questions in flight finish or are told to ask again (logged by id); questions arriving get "ask again in a minute"', async () => {
    const w = await world();
    const log = captureLog();
    const waiting = new Map<string, () => void>();
    const ask = (q: string) => (q.startsWith('SLOW')
      ? new Promise<ReturnType<(typeof CRAFTED)['DIRECT-TEST']>>((r) => waiting.set(q, () => r(CRAFTED['DIRECT-TEST']!())))
      : Promise.resolve(CRAFTED['DIRECT-TEST']!()));
    const bot = await startBot(w.fake, servicesFor(w.store(), { log, ask }), `${TOKEN}-drain`);
    const slash = (q: string) => w.fake.ask(q);
    const mention = (q: string) => w.fake.mention(`<@900000000000000001> ${q}`);
    const inFlight = { slash: ['SLOW-1', 'SLOW-2', 'SLOW-3'].map(slash), mention: ['SLOW-4', 'SLOW-5'].map(mention) };
    for (let i = 0; waiting.size < 5 && i < 500; i++) await new Promise((r) => setTimeout(r, 20));
    const stopped = bot.stop(1.5);
    const arriving = { slash: [1, 2, 3].map(() => slash('DIRECT-TEST')), mention: [1, 2].map(() => mention('DIRECT-TEST')) };
    await new Promise((r) => setTimeout(r, 300));
    waiting.get('SLOW-1')!();
    waiting.get('SLOW-4')!();
    await stopped;

    const restarting = (body: any) => JSON.stringify(body ?? '').includes('planbot 正在重启');
    const repliesTo = (id: string) => w.fake.calls.filter((c) => (c.path.startsWith(`/interactions/${id}/`) && c.body?.type !== 5) ||
      (c.method === 'PATCH' && c.path.includes(`tok-${id}/`)));
    const postsAbout = (id: string) => w.fake.messages.created.filter((m) => m.author.id === BOT_ID && m.nonce?.includes(BigInt(id).toString(36)));
    // Arriving: one ephemeral "ask again" each, nothing else.
    for (const id of arriving.slash) expect(repliesTo(id).map((c) => [c.body.type, restarting(c.body)])).toEqual([[4, true]]);
    for (const id of arriving.mention) expect(postsAbout(id).map((m) => restarting(m))).toEqual([true]);
    // In flight: SLOW-1 and SLOW-4 answered; the others told to ask again, once each.
    const [s1, s2, s3] = inFlight.slash;
    expect(repliesTo(s1!).map((c) => restarting(c.body))).toEqual([false]);
    for (const id of [s2!, s3!]) expect(repliesTo(id).map((c) => restarting(c.body))).toEqual([true]);
    const [m4, m5] = inFlight.mention;
    expect(postsAbout(m4!).map((m) => restarting(m))).toEqual([false]);
    expect(postsAbout(m5!).map((m) => restarting(m))).toEqual([true]);
    // The log: five told to ask again on arrival, three abandoned by id.
    expect(log.lines.filter((l) => l.msg === RESTARTING_LOG)).toHaveLength(5);
    const abandoned = log.lines.find((l) => l.msg.startsWith('abandoned 3 questions still running after the drain limit of 1.5 s'));
    expect(abandoned?.obj.abandoned).toEqual(expect.arrayContaining([`slash ${s2}`, `slash ${s3}`, `message ${m5}`]));
  });
});
