// The fake Discord's REST routes: what Discord does and answers for each request the bot makes — and
// what it refuses: a second callback for an interaction (40060), a second thread on a message (160004;
// a thread's id is its message's), a body over Discord's limits (50035), an unknown channel (10003) or
// message (10008); and the 429 a fault asks for. A deferred reply is a "thinking…" message (LOADING)
// until it is edited or the first follow-up takes its place, with the deferral's ephemerality (as
// Discord documents for Create Followup Message); later follow-ups are new messages, never folded by nonce.
import type { ServerResponse } from 'node:http';
import { APP_ID, GENERAL, BOT_ID, user, type FakeDiscord, type Fault } from './fake-discord.js';
import { EPHEMERAL, LOADING, limitProblem } from './fake-messages.js';

export function tooMany(res: ServerResponse, fault: Fault) {
  const seconds = (fault.retryAfterMs ?? 200) / 1000;
  const global = fault.kind === '429-global';
  res.writeHead(429, {
    'content-type': 'application/json', 'retry-after': String(seconds), 'x-ratelimit-scope': global ? 'global' : 'user',
    ...(global ? { 'x-ratelimit-global': 'true' } : { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(seconds), 'x-ratelimit-bucket': 'fake-bucket' }),
  });
  res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: seconds, global }));
}

/** Discord's answer to one request (the work done), through `reply`. */
export function routeRest(fake: FakeDiscord, method: string, path: string, query: URLSearchParams, body: any, reply: (status: number, value: unknown) => void) {
  const bot = user(BOT_ID, true);
  const problem = (method === 'POST' || method === 'PATCH') && !path.endsWith('/callback') ? limitProblem(body) : null;
  if (problem) {
    fake.refused.push({ path, problem });
    return reply(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
  }
  if (path === '/gateway/bot') {
    return reply(200, { url: `ws://127.0.0.1:${fake.port}`, shards: fake.recommendedShards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 } });
  }
  let m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
  if (m) {
    const known = fake.interactions.get(m[1]!);
    if (known?.ackedAt) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    if (known) known.ackedAt = fake.messages.now();
    const channel = known?.channel ?? GENERAL;
    if (body?.type === 4) fake.messages.create(channel, body.data, bot, { webhook_id: APP_ID });
    if (body?.type === 5) {
      const flags = LOADING | ((body.data?.flags ?? 0) & EPHEMERAL);
      fake.originals.set(m[1]!, fake.messages.create(channel, { flags }, bot, { webhook_id: APP_ID }));
    }
    return reply(204, null);
  }
  m = /^\/webhooks\/\d+\/tok-(\d+)(\/messages\/@original)?$/.exec(path);
  if (m) return interactionWebhook(fake, m[1]!, !!m[2], method, body, reply);
  if (/^\/webhooks\//.test(path)) return reply(200, fake.messages.create(GENERAL, body, bot));
  m = /^\/channels\/(\d+)$/.exec(path);
  if (m && method === 'GET') {
    const thread = fake.threads.get(m[1]!);
    if (thread) return reply(200, fake.threadPayload(thread));
    const guild = fake.guildOf(m[1]!);
    if (!guild) return reply(404, { message: 'Unknown Channel', code: 10003 });
    return reply(200, { id: m[1], type: 0, guild_id: guild, name: 'general' });
  }
  m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
  if (m) {
    if (!fake.guildOf(m[1]!)) return reply(404, { message: 'Unknown Channel', code: 10003 });
    if (fake.threads.has(m[2]!)) return reply(400, { message: 'A thread has already been created for this message', code: 160004 });
    const thread = { id: m[2]!, parent_id: m[1]!, name: String(body?.name) };
    fake.threads.set(thread.id, thread);
    return reply(201, fake.threadPayload(thread));
  }
  m = /^\/channels\/(\d+)\/(messages|typing)$/.exec(path);
  if (m && !fake.guildOf(m[1]!) && !fake.threads.has(m[1]!)) return reply(404, { message: 'Unknown Channel', code: 10003 });
  if (m?.[2] === 'typing') return reply(204, null);
  if (m && method === 'GET') return reply(200, fake.messages.list(m[1]!, { after: query.get('after') ?? undefined, limit: Number(query.get('limit') ?? 50) }));
  if (m) return reply(200, fake.messages.create(m[1]!, body, bot));
  if (/^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path)) return reply(200, []);
  return reply(404, { message: 'Unknown route in fake', code: 0 });
}

/** An interaction's webhook: a follow-up (POST), its reply (GET or PATCH …/messages/@original). */
function interactionWebhook(fake: FakeDiscord, id: string, original: boolean, method: string, body: any, reply: (status: number, value: unknown) => void) {
  const bot = user(BOT_ID, true);
  const channel = fake.interactions.get(id)?.channel ?? GENERAL;
  const existing = fake.originals.get(id);
  if (!original && existing && existing.flags & LOADING) {
    // The first follow-up after a deferral takes the place of "thinking…"; the deferral decides whether it is ephemeral.
    fake.messages.edit(existing, body);
    return reply(200, existing);
  }
  if (!original) return reply(200, fake.messages.create(channel, body, bot, { webhook_id: APP_ID }));
  if (method === 'GET') return existing ? reply(200, existing) : reply(404, { message: 'Unknown Message', code: 10008 });
  const edited = existing ?? fake.messages.create(channel, {}, bot, { webhook_id: APP_ID });
  fake.originals.set(id, edited);
  fake.messages.edit(edited, body);
  return reply(200, edited);
}
