// A fake Discord on 127.0.0.1: just enough REST (gateway discovery, interaction callbacks, webhooks,
// channel messages, threads, typing, channel fetch) and gateway (HELLO, IDENTIFY→READY + GUILD_CREATE
// with its channels and active threads, dispatch) for the real discord.js client. Records every REST
// call for assertions; remembers threads across reconnects, as Discord does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RestCall {
  method: string;
  path: string;
  body: any;
}

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '300000000000000001';
export const GENERAL = '100000000000000001';
export const ASK_CHANNEL = '100000000000000002';
export const USER = '200000000000000001';
export const MANAGE_GUILD = String(1 << 5);
const MESSAGE_CONTENT_INTENT = 1 << 15;

const user = (id: string, bot = false) => ({ id, username: bot ? 'planbot' : `user${id.slice(-3)}`, discriminator: '0', global_name: null, avatar: null, ...(bot ? { bot } : {}) });

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** Text channels of the guild; fetching another answers 404 Unknown Channel. */
  readonly channels = new Set<string>([GENERAL, ASK_CHANNEL]);
  readonly threads = new Map<string, { id: string; parent_id: string; name: string }>();
  /** Close the gateway with 4014 when the Message Content intent is asked for (not enabled in the portal). */
  refuseMessageContent = false;
  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  private seq = 0;
  private ids = 1000;

  get apiUrl() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.connect(ws));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise((r) => this.wss.close(r));
    await new Promise((r) => this.server.close(r));
  }

  /** A different member for every call unless a test names one, so the rate limit only meets tests that want it. */
  private users = 500;
  newUser() {
    return String(BigInt('200000000000000000') + BigInt(this.users++));
  }

  nextId() {
    return String(BigInt('800000000000000000') + BigInt(this.ids++));
  }

  private threadPayload(t: { id: string; parent_id: string; name: string }) {
    return { ...t, type: 11, guild_id: GUILD_ID, owner_id: BOT_ID, thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false } };
  }

  private connect(ws: WebSocket) {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op !== 2) return;
      if (this.refuseMessageContent && msg.d.intents & MESSAGE_CONTENT_INTENT) return void ws.close(4014, 'Disallowed intent(s).');
      const port = (this.server.address() as AddressInfo).port;
      this.dispatch('READY', {
        v: 10, user: user(BOT_ID, true), guilds: [], session_id: 'fake-session', resume_gateway_url: `ws://127.0.0.1:${port}`,
        application: { id: APP_ID, flags: 0 }, shard: [0, 1],
      });
      this.dispatch('GUILD_CREATE', {
        id: GUILD_ID, name: 'Test', owner_id: USER, unavailable: false, member_count: 2,
        roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
        channels: [...this.channels].map((id, i) => ({ id, type: 0, name: `channel${i}`, position: i, permission_overwrites: [] })),
        threads: [...this.threads.values()].map((t) => this.threadPayload(t)),
        members: [], emojis: [], stickers: [], features: [], presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [],
        joined_at: '2026-01-01T00:00:00.000Z', large: false, premium_tier: 0, preferred_locale: 'zh-CN',
      });
    });
  }

  dispatch(t: string, d: unknown) {
    this.socket?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  private interaction(type: number, data: object, opts: { user?: string; perms?: string; channel?: string; extra?: object }) {
    const id = this.nextId();
    const channel = opts.channel ?? GENERAL;
    this.dispatch('INTERACTION_CREATE', {
      id, application_id: APP_ID, type, token: `tok-${id}`, version: 1, locale: 'zh-CN', guild_locale: 'zh-CN',
      guild_id: GUILD_ID, channel_id: channel, channel: { id: channel, type: 0, guild_id: GUILD_ID, name: 'general' },
      member: { user: user(opts.user ?? this.newUser()), roles: [], permissions: opts.perms ?? '0', joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      app_permissions: '2251799813685247', entitlements: [], authorizing_integration_owners: { 0: GUILD_ID }, context: 0, data, ...opts.extra,
    });
    return id;
  }

  /** A slash command by a user in a guild channel; resolves channel options. Returns the interaction id. */
  slash(name: string, options: { name: string; type: number; value?: string; options?: any[] }[], opts: { user?: string; perms?: string } = {}): string {
    const channelIds = JSON.stringify(options).match(/"type":7,"value":"(\d+)"/g)?.map((m) => m.match(/\d{15,}/)![0]) ?? [];
    const resolved = channelIds.length
      ? { resolved: { channels: Object.fromEntries(channelIds.map((c) => [c, { id: c, name: 'ask', type: 0, permissions: '2251799813685247' }])) } } : {};
    return this.interaction(2, { id: this.nextId(), name, type: 1, options, ...resolved }, opts);
  }

  autocomplete(name: string, option: string, value: string): string {
    return this.interaction(4, { id: this.nextId(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] }, {});
  }

  /** A click on a button of a bot message. */
  button(customId: string, opts: { user?: string; messageId?: string; channel?: string } = {}): string {
    const channel = opts.channel ?? GENERAL;
    const message = { id: opts.messageId ?? this.nextId(), channel_id: channel, author: user(BOT_ID, true), content: '', embeds: [], components: [], attachments: [], type: 0, tts: false, timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [], pinned: false, flags: 0 };
    return this.interaction(3, { custom_id: customId, component_type: 2 }, { ...opts, extra: { message } });
  }

  /** A message in a channel or thread; by default from a user, mentioning no one. Returns its id. */
  message(content: string, opts: { channel?: string; author?: string; bot?: boolean; mentionsBot?: boolean } = {}): string {
    const id = this.nextId();
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: opts.channel ?? GENERAL, guild_id: GUILD_ID, content, type: 0, tts: false, timestamp: new Date().toISOString(),
      edited_timestamp: null, mention_everyone: false, mention_roles: [], attachments: [], embeds: [], pinned: false, flags: 0,
      author: user(opts.author ?? this.newUser(), opts.bot), mentions: opts.mentionsBot ? [user(BOT_ID, true)] : [],
    });
    return id;
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

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: any = null;
    if (text && req.headers['content-type']?.includes('json')) body = JSON.parse(text);
    else if (text) body = text.match(/\{"[\s\S]*\}/) ? JSON.parse(text.match(/\{"[\s\S]*\}/)![0]) : text;
    const path = decodeURIComponent((req.url ?? '').replace(/^\/api(\/v\d+)?/, '').split('?')[0]!);
    this.calls.push({ method: req.method!, path, body });
    const json = (status: number, value: unknown) => {
      if (status === 204) return void res.writeHead(204).end();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const message = (channel: string) => ({
      id: this.nextId(), channel_id: channel, content: body?.content ?? '', embeds: body?.embeds ?? [], components: body?.components ?? [], type: 0, tts: false,
      timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], pinned: false, flags: 0, nonce: body?.nonce, author: user(BOT_ID, true),
    });
    if (path === '/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204, null);
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) return json(200, message(GENERAL));
    let m = /^\/channels\/(\d+)$/.exec(path);
    if (m && req.method === 'GET') {
      const thread = this.threads.get(m[1]!);
      if (thread) return json(200, this.threadPayload(thread));
      if (!this.channels.has(m[1]!)) return json(404, { message: 'Unknown Channel', code: 10003 });
      return json(200, { id: m[1], type: 0, guild_id: GUILD_ID, name: 'general' });
    }
    m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (m) {
      const thread = { id: this.nextId(), parent_id: m[1]!, name: String(body?.name) };
      this.threads.set(thread.id, thread);
      return json(201, this.threadPayload(thread));
    }
    if (/^\/channels\/\d+\/typing$/.test(path)) return json(204, null);
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m) return json(200, message(m[1]!));
    if (/^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path)) return json(200, []);
    return json(404, { message: 'Unknown route in fake', code: 0 });
  }
}
