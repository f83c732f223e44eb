// A fake Discord on 127.0.0.1: just enough REST (gateway discovery, interaction callbacks, webhooks,
// channel messages, threads, channel fetch) and gateway (HELLO, IDENTIFY→READY, dispatch) for the real
// discord.js client. Records every REST call for assertions.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RestCall {
  method: string;
  path: string;
  body: any;
}

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  private seq = 0;
  private ids = 1000;
  private waiters: (() => void)[] = [];
  readonly identified: Promise<void>;
  private onIdentify!: () => void;
  /** Channels the fake knows; fetching another answers 404 Unknown Channel. */
  readonly channels = new Set<string>(['100000000000000001']);

  constructor() {
    this.identified = new Promise((r) => (this.onIdentify = r));
  }

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

  private nextId() {
    return String(BigInt('800000000000000000') + BigInt(this.ids++));
  }

  private connect(ws: WebSocket) {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        this.dispatch('READY', {
          v: 10, user: { id: BOT_ID, username: 'planbot', discriminator: '0', bot: true, global_name: null, avatar: null },
          guilds: [], session_id: 'fake-session', resume_gateway_url: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`,
          application: { id: APP_ID, flags: 0 }, shard: [0, 1],
        });
        this.dispatch('GUILD_CREATE', {
          id: '300000000000000001', name: 'Test', owner_id: '200000000000000001', unavailable: false, member_count: 2,
          roles: [{ id: '300000000000000001', name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
          channels: [{ id: '100000000000000001', type: 0, name: 'general', position: 0, permission_overwrites: [] }],
          members: [], threads: [], emojis: [], stickers: [], features: [], presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [],
          joined_at: '2026-01-01T00:00:00.000Z', large: false, premium_tier: 0, preferred_locale: 'zh-CN',
        });
        this.onIdentify();
      }
    });
  }

  dispatch(t: string, d: unknown) {
    this.socket?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Sends a slash command as a user in a guild channel; resolves with the interaction id. */
  slash(name: string, options: { name: string; type: number; value?: string; options?: unknown[] }[], perms = '0'): string {
    const id = this.nextId();
    this.dispatch('INTERACTION_CREATE', {
      id, application_id: APP_ID, type: 2, token: `tok-${id}`, version: 1, locale: 'zh-CN', guild_locale: 'zh-CN',
      guild_id: '300000000000000001', channel_id: '100000000000000001',
      channel: { id: '100000000000000001', type: 0, guild_id: '300000000000000001', name: 'general' },
      member: { user: { id: '200000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null }, roles: [], permissions: perms, joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      app_permissions: '2251799813685247', entitlements: [], authorizing_integration_owners: { 0: '300000000000000001' }, context: 0,
      data: { id: this.nextId(), name, type: 1, options },
    });
    return id;
  }

  mention(content: string): string {
    const id = this.nextId();
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: '100000000000000001', guild_id: '300000000000000001', content, type: 0, tts: false, timestamp: new Date().toISOString(),
      edited_timestamp: null, mention_everyone: false, mention_roles: [], attachments: [], embeds: [], pinned: false,
      author: { id: '200000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null },
      mentions: [{ id: BOT_ID, username: 'planbot', discriminator: '0', bot: true, global_name: null, avatar: null }],
    });
    return id;
  }

  /** Resolves when a REST call matching the predicate has arrived. */
  async waitFor(match: (c: RestCall) => boolean, timeoutMs = 15_000): Promise<RestCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching REST call; saw ${this.calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: any = null;
    if (text && req.headers['content-type']?.includes('json')) body = JSON.parse(text);
    else if (text) body = text.match(/\{[\s\S]*\}/) ? JSON.parse(text.match(/\{"[\s\S]*\}/)![0]) : text;
    const path = decodeURIComponent((req.url ?? '').replace(/^\/api(\/v\d+)?/, '').split('?')[0]!);
    this.calls.push({ method: req.method!, path, body });
    this.waiters.splice(0).forEach((w) => w());
    const json = (status: number, value: unknown) => {
      if (status === 204) return void res.writeHead(204).end();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const message = (channel: string) => ({
      id: this.nextId(), channel_id: channel, content: body?.content ?? '', embeds: body?.embeds ?? [], type: 0, tts: false,
      timestamp: new Date().toISOString(), edited_timestamp: null, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], pinned: false, author: { id: BOT_ID, username: 'planbot', discriminator: '0', bot: true },
    });
    if (path === '/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204, null);
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) return json(200, message('100000000000000001'));
    let m = /^\/channels\/(\d+)$/.exec(path);
    if (m && req.method === 'GET') {
      if (!this.channels.has(m[1]!)) return json(404, { message: 'Unknown Channel', code: 10003 });
      return json(200, { id: m[1], type: 0, guild_id: '300000000000000001', name: 'general' });
    }
    m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (m) return json(201, { id: '100000000000000099', type: 11, guild_id: '300000000000000001', parent_id: m[1], name: body?.name, owner_id: BOT_ID, thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false } });
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m) return json(200, message(m[1]!));
    if (/^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path)) return json(200, []);
    return json(404, { message: 'Unknown route in fake', code: 0 });
  }
}
