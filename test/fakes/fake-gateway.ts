// The fake Discord's gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, and what a dropped
// connection needs — each session keeps its events by sequence number; events dispatched while it is
// down wait; RESUME replays everything after the client's last sequence, then RESUMED, as Discord does.
// Several sessions at once (processes, shards): a guild's events go to the session of its shard.
import type { WebSocket } from 'ws';

export interface GatewaySession {
  id: string;
  token: string;
  shard: [number, number];
  socket: WebSocket | null;
  events: { s: number; t: string; d: unknown }[];
  seq: number;
}

export interface GatewayWorld {
  /** What READY and GUILD_CREATE carry for a new session. */
  ready(session: GatewaySession): { t: string; d: unknown }[];
  refuses(identify: { token: string; intents: number }): number | null;
  isDead(token: string): boolean;
}

const send = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));

export class FakeGateway {
  readonly sessions: GatewaySession[] = [];
  private counter = 0;

  constructor(private readonly world: GatewayWorld) {}

  connect(ws: WebSocket) {
    send(ws, { op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) send(ws, { op: 11 });
      if (msg.op === 2) this.identify(ws, msg.d);
      if (msg.op === 6) this.resume(ws, msg.d);
    });
    ws.on('close', () => {
      for (const s of this.sessions) if (s.socket === ws) s.socket = null;
    });
  }

  private identify(ws: WebSocket, d: { token: string; intents: number; shard?: [number, number] }) {
    if (this.world.isDead(d.token)) return void ws.terminate();
    const refused = this.world.refuses(d);
    if (refused) return void ws.close(refused, 'refused');
    const session: GatewaySession = { id: `session-${++this.counter}`, token: d.token, shard: d.shard ?? [0, 1], socket: ws, events: [], seq: 0 };
    this.sessions.push(session);
    for (const e of this.world.ready(session)) this.emit(session, e.t, e.d);
  }

  private resume(ws: WebSocket, d: { session_id: string; seq: number; token: string }) {
    const session = this.sessions.find((s) => s.id === d.session_id);
    if (!session || this.world.isDead(d.token)) return void send(ws, { op: 9, d: false }); // invalid session: identify again
    session.socket = ws;
    for (const e of session.events.filter((x) => x.s > d.seq)) send(ws, { op: 0, t: e.t, s: e.s, d: e.d });
    this.emit(session, 'RESUMED', {});
  }

  private emit(session: GatewaySession, t: string, d: unknown) {
    const event = { s: ++session.seq, t, d };
    session.events.push(event);
    if (session.socket) send(session.socket, { op: 0, ...event });
  }

  /** A guild's event to the newest live session of the guild's shard (kept for a resume while it is down). */
  dispatch(t: string, d: unknown, guildId: string) {
    const alive = this.sessions.filter((s) => !this.world.isDead(s.token));
    const shardOf = (s: GatewaySession) => Number((BigInt(guildId) >> 22n) % BigInt(s.shard[1]));
    const session = alive.filter((s) => s.shard[0] === shardOf(s)).at(-1);
    if (session) this.emit(session, t, d);
  }

  /** Cuts every live connection as a network drop would (no close frame): clients resume. */
  drop() {
    for (const s of this.sessions) s.socket?.terminate();
  }

  close(token: string) {
    for (const s of this.sessions) if (s.token === token) s.socket?.terminate();
  }
}
