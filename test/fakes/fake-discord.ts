// A fake Discord on 127.0.0.1 for the real discord.js client: the server, the events a test makes
// (slash commands, buttons, messages), the REST calls it records and the faults it injects (5xx after
// doing the work, 429 per route or global, a process killed mid-request). REST routes in fake-rest.ts,
// the gateway (sessions, resume, shards) in fake-gateway.ts, messages and Discord's rules on them
// (enforce_nonce, size limits) in fake-messages.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { FakeGateway, type GatewaySession } from './fake-gateway.js';
import { FakeMessages, type FakeMessage, type FakeUser } from './fake-messages.js';
import { routeRest, tooMany } from './fake-rest.js';

export interface RestCall {
  method: string;
  path: string;
  body: any;
  token: string | null;
  /** The fake's clock when it arrived. */
  at: number;
}

/** A fault for the next `times` requests matching: 5xx after (or before) doing the work, a 429, or the caller's process killed before or after the work. */
export interface Fault {
  kind: '5xx-after' | '5xx-before' | '429-route' | '429-global' | 'kill-before' | 'kill-after';
  match(method: string, path: string): boolean;
  times: number;
  retryAfterMs?: number;
}

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '300000000000000001';
export const GENERAL = '100000000000000001';
export const ASK_CHANNEL = '100000000000000002';
export const USER = '200000000000000001';
/** A second server (see FakeDiscord.secondGuild) and its one text channel. */
export const OTHER_GUILD_ID = '300000000000000002';
export const OTHER_CHANNEL = '100000000000000003';
export const MANAGE_GUILD = String(1 << 5);
const MESSAGE_CONTENT_INTENT = 1 << 15;

export const user = (id: string, bot = false): FakeUser => ({ id, username: bot ? 'planbot' : `user${id.slice(-3)}`, discriminator: '0', global_name: null, avatar: null, ...(bot ? { bot } : {}) });

/** Who sends an interaction, and where: a server's channel (GUILD_ID and GENERAL by default), or a DM with the bot. */
export interface InteractionOptions {
  user?: string;
  perms?: string;
  channel?: string;
  guild?: string;
  dm?: boolean;
}

/** Whether a REST call edits the original reply of interaction `id` (the deferred reply's answer). */
export const isReplyEdit = (c: RestCall, id: string) => c.method === 'PATCH' && c.path.includes(`tok-${id}/messages/@original`);

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly messages = new FakeMessages();
  /** Text channels of the guild; fetching another answers 404 Unknown Channel. */
  readonly channels = new Set<string>([GENERAL, ASK_CHANNEL]);
  readonly threads = new Map<string, { id: string; parent_id: string; name: string }>();
  readonly faults: Fault[] = [];
  /** Interactions dispatched: their channel, when, and when acknowledged (fake clock, ms). */
  readonly interactions = new Map<string, { channel: string; at: number; ackedAt: number | null }>();
  /** Bodies refused for breaking Discord's limits. */
  readonly refused: { path: string; problem: string }[] = [];
  /** Close the gateway with 4014 when the Message Content intent is asked for (not enabled in the portal). */
  refuseMessageContent = false;
  /** The bot is in a second server, OTHER_GUILD_ID with OTHER_CHANNEL, too (set before the bot connects). */
  secondGuild = false;
  /** Shards /gateway/bot recommends. */
  recommendedShards = 1;
  private readonly dead = new Set<string>();
  /** Each interaction's response message, edited by PATCH …/@original. */
  readonly originals = new Map<string, FakeMessage>();
  private readonly gateway = new FakeGateway({
    ready: (session) => this.readyEvents(session),
    refuses: (d) => (this.refuseMessageContent && d.intents & MESSAGE_CONTENT_INTENT ? 4014 : null),
    isDead: (token) => this.dead.has(token),
  });
  private server!: Server;
  private wss!: WebSocketServer;
  private users = 500;

  get apiUrl() {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get port() {
    return (this.server.address() as AddressInfo).port;
  }

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.gateway.connect(ws));
    await new Promise<void>((r) => this.server.listen(port, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.server.closeAllConnections();
    await new Promise((r) => this.wss.close(r));
    await new Promise((r) => this.server.close(r));
  }

  /** A different member for every call unless a test names one, so the rate limit only meets tests that want it. */
  newUser() {
    return String(BigInt('200000000000000000') + BigInt(this.users++));
  }

  nextId() {
    return this.messages.nextId();
  }

  /** Cuts the gateway connections mid-stream, as a network drop would. */
  dropGateway() {
    this.gateway.drop();
  }

  isDead(token: string) {
    return this.dead.has(token);
  }

  /** The process using this token is dead: its connections are cut and nothing it sends arrives. */
  kill(token: string) {
    this.dead.add(token);
    this.gateway.close(token);
  }

  /** Gateway sessions (one per process or shard), with the shard each identified as. */
  get sessions(): readonly GatewaySession[] {
    return this.gateway.sessions;
  }

  threadPayload(t: { id: string; parent_id: string; name: string }) {
    return { ...t, type: 11, guild_id: GUILD_ID, owner_id: BOT_ID, thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false } };
  }

  /** The server a text channel is in, or null for a channel the fake does not know. */
  guildOf(channelId: string): string | null {
    if (this.channels.has(channelId)) return GUILD_ID;
    return this.secondGuild && channelId === OTHER_CHANNEL ? OTHER_GUILD_ID : null;
  }

  private guildCreate(id: string, name: string, channels: string[], threads: object[]) {
    return { t: 'GUILD_CREATE', d: {
      id, name, owner_id: USER, unavailable: false, member_count: 2,
      roles: [{ id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: channels.map((c, i) => ({ id: c, type: 0, name: `channel${i}`, position: i, permission_overwrites: [] })),
      threads, members: [], emojis: [], stickers: [], features: [], presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [],
      joined_at: '2026-01-01T00:00:00.000Z', large: false, premium_tier: 0, preferred_locale: 'zh-CN',
    } };
  }

  private readyEvents(session: GatewaySession) {
    const onShard = (guild: string) => Number((BigInt(guild) >> 22n) % BigInt(session.shard[1])) === session.shard[0];
    return [
      { t: 'READY', d: { v: 10, user: user(BOT_ID, true), guilds: [], session_id: session.id, resume_gateway_url: `ws://127.0.0.1:${this.port}`, application: { id: APP_ID, flags: 0 }, shard: session.shard } },
      ...(onShard(GUILD_ID) ? [this.guildCreate(GUILD_ID, 'Test', [...this.channels], [...this.threads.values()].map((t) => this.threadPayload(t)))] : []),
      ...(this.secondGuild && onShard(OTHER_GUILD_ID) ? [this.guildCreate(OTHER_GUILD_ID, 'Other', [OTHER_CHANNEL], [])] : []),
    ];
  }

  dispatch(t: string, d: unknown, guild = GUILD_ID) {
    this.gateway.dispatch(t, d, guild);
  }

  private interaction(type: number, data: object, opts: InteractionOptions & { extra?: object }) {
    const id = this.nextId();
    const channel = opts.channel ?? GENERAL;
    const guild = opts.guild ?? GUILD_ID;
    const by = user(opts.user ?? this.newUser());
    this.interactions.set(id, { channel, at: this.messages.now(), ackedAt: null });
    const where = opts.dm
      ? { channel_id: channel, channel: { id: channel, type: 1, recipients: [by] }, user: by, context: 1, authorizing_integration_owners: { 0: GUILD_ID } }
      : { guild_id: guild, guild_locale: 'zh-CN', channel_id: channel, channel: { id: channel, type: 0, guild_id: guild, name: 'general' }, context: 0,
        member: { user: by, roles: [], permissions: opts.perms ?? '0', joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        authorizing_integration_owners: { 0: guild } };
    this.dispatch('INTERACTION_CREATE', {
      id, application_id: APP_ID, type, token: `tok-${id}`, version: 1, locale: 'zh-CN', ...where,
      app_permissions: '2251799813685247', entitlements: [], data, ...opts.extra,
    }, guild);
    return id;
  }

  /** A slash command by a user in a guild channel; resolves channel options. Returns the interaction id. */
  slash(name: string, options: { name: string; type: number; value?: string; options?: any[] }[], opts: InteractionOptions = {}): string {
    const channelIds = JSON.stringify(options).match(/"type":7,"value":"(\d+)"/g)?.map((m) => m.match(/\d{15,}/)![0]) ?? [];
    const resolved = channelIds.length
      ? { resolved: { channels: Object.fromEntries(channelIds.map((c) => [c, { id: c, name: 'ask', type: 0, permissions: '2251799813685247' }])) } } : {};
    return this.interaction(2, { id: this.nextId(), name, type: 1, options, ...resolved }, opts);
  }

  /** /ask with the question, by a user in a guild channel. Returns the interaction id. */
  ask(question: string, opts: InteractionOptions = {}): string {
    return this.slash('ask', [{ name: 'question', type: 3, value: question }], opts);
  }

  /** /ask for each question, spread evenly over spreadMs (0: all at once). Returns the interaction ids. */
  async askSpread(questions: readonly string[], spreadMs: number): Promise<string[]> {
    const ids: string[] = [];
    const started = Date.now();
    for (const [i, q] of questions.entries()) {
      const due = started + (spreadMs * i) / questions.length;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      ids.push(this.ask(q));
    }
    return ids;
  }

  /** The edit of an interaction's original reply (where its answer goes), once it has arrived. */
  replyEdit(id: string): RestCall | undefined {
    return this.calls.find((c) => isReplyEdit(c, id));
  }

  autocomplete(name: string, option: string, value: string, opts: { user?: string } = {}): string {
    return this.interaction(4, { id: this.nextId(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] }, opts);
  }

  /** A click on a button of a bot message. */
  button(customId: string, opts: { user?: string; messageId?: string; channel?: string } = {}): string {
    const channel = opts.channel ?? GENERAL;
    const message = { id: opts.messageId ?? this.nextId(), channel_id: channel, author: user(BOT_ID, true), content: '', embeds: [], components: [], attachments: [], type: 0, tts: false, timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [], pinned: false, flags: 0 };
    return this.interaction(3, { custom_id: customId, component_type: 2 }, { ...opts, extra: { message } });
  }

  /** A message in a channel or thread; by default from a user, mentioning no one. Returns its id. */
  message(content: string, opts: { channel?: string; author?: string; bot?: boolean; mentionsBot?: boolean } = {}): string {
    const channel = opts.channel ?? GENERAL;
    const guild = this.guildOf(channel) ?? GUILD_ID;
    const m = this.messages.create(channel, { content }, user(opts.author ?? this.newUser(), opts.bot));
    this.dispatch('MESSAGE_CREATE', {
      ...m, guild_id: guild, type: 0, tts: false, timestamp: new Date(this.messages.now()).toISOString(),
      edited_timestamp: null, mention_everyone: false, mention_roles: [], attachments: [], pinned: false,
      mentions: opts.mentionsBot ? [user(BOT_ID, true)] : [],
    }, guild);
    return m.id;
  }

  mention(content: string, channel = GENERAL): string {
    return this.message(content, { channel, mentionsBot: true });
  }

  /** Resolves when a REST call matching the predicate has arrived. */
  async waitFor(match: (c: RestCall) => boolean, timeoutMs = 15_000): Promise<RestCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching REST call; saw ${this.calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private takeFault(method: string, path: string): Fault | null {
    const fault = this.faults.find((f) => f.times > 0 && f.match(method, path));
    if (fault) fault.times--;
    return fault ?? null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const token = req.headers.authorization?.replace(/^Bot /, '') ?? null;
    if (token && this.dead.has(token)) return void req.socket.destroy();
    const text = Buffer.concat(chunks).toString('utf8');
    let body: any = null;
    if (text && req.headers['content-type']?.includes('json')) body = JSON.parse(text);
    else if (text) body = text.match(/\{"[\s\S]*\}/) ? JSON.parse(text.match(/\{"[\s\S]*\}/)![0]) : text;
    const [rawPath, query = ''] = (req.url ?? '').replace(/^\/api(\/v\d+)?/, '').split('?');
    const path = decodeURIComponent(rawPath!);
    const method = req.method!;
    this.calls.push({ method, path, body, token, at: this.messages.now() });
    const fault = this.takeFault(method, path);
    let status = 200;
    let payload: unknown = null;
    const reply = (s: number, value: unknown) => {
      status = s;
      payload = value;
    };
    if (fault?.kind === '429-route' || fault?.kind === '429-global') return tooMany(res, fault);
    if (fault?.kind === 'kill-before' && token) {
      this.kill(token);
      return void req.socket.destroy();
    }
    if (fault?.kind !== '5xx-before') routeRest(this, method, path, new URLSearchParams(query), body, reply);
    if (fault?.kind === 'kill-after' && token) {
      this.kill(token);
      return void req.socket.destroy();
    }
    if (fault?.kind === '5xx-after' || fault?.kind === '5xx-before') [status, payload] = [502, { message: 'Bad Gateway', code: 0 }];
    if (status === 204) return void res.writeHead(204).end();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }
}
