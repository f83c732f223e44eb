// The fake Discord's messages and the rules it enforces on them: snowflake ids from its own clock
// (which a test may move forward), messages kept per channel and listed as Discord lists them (without
// their nonce), enforce_nonce de-duplication for a few minutes on channel message creates only (Discord
// documents it for Create Message, not for webhook or interaction follow-ups), and the size limits — a
// message over a limit or with a broken character (a lone surrogate) is refused with 50035, as Discord does.

export const DISCORD_EPOCH = 1_420_070_400_000;
export const NONCE_WINDOW_MS = 5 * 60_000;
/** Message flags: only the asker sees it; a deferred reply still "thinking…". */
export const EPHEMERAL = 64;
export const LOADING = 128;

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: null;
  avatar: null;
  bot?: boolean;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: any[];
  components: any[];
  author: FakeUser;
  flags: number;
  nonce?: string;
  webhook_id?: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why Discord would refuse this message body, or null. */
export function limitProblem(body: any): string | null {
  const strings: string[] = [];
  JSON.stringify(body, (_, v) => (typeof v === 'string' && strings.push(v), v));
  if (strings.some((s) => LONE_SURROGATE.test(s))) return 'a string is not well-formed UTF-16 (a lone surrogate: a character was cut)';
  if ((body?.content ?? '').length > 2000) return 'content over 2000';
  if (body?.nonce !== undefined && String(body.nonce).length > 25) return 'nonce over 25';
  if (body?.name !== undefined && String(body.name).length > 100) return 'thread name over 100';
  const embeds: any[] = body?.embeds ?? [];
  if (embeds.length > 10) return 'more than 10 embeds';
  let total = 0;
  for (const e of embeds) {
    if ((e.title ?? '').length > 256 || (e.description ?? '').length > 4096 || (e.footer?.text ?? '').length > 2048) return 'an embed field over its limit';
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
  }
  return total > 6000 ? 'embeds over 6000 in total' : null;
}

export class FakeMessages {
  private readonly byChannel = new Map<string, FakeMessage[]>();
  private readonly nonces = new Map<string, { message: FakeMessage; at: number }>();
  private offset = 0;
  private increment = 0;

  /** Every message created (not the ones a nonce returned again): duplicates show here. */
  readonly created: FakeMessage[] = [];

  now() {
    return Date.now() + this.offset;
  }

  /** Moves the fake's clock (its snowflakes and its nonce memory) forward. */
  advance(ms: number) {
    this.offset += ms;
  }

  nextId() {
    return String((BigInt(this.now() - DISCORD_EPOCH) << 22n) | BigInt(this.increment++ % 4_194_304));
  }

  /**
   * Creates a message — or, with enforce_nonce on a channel message create, returns the one this author
   * made with this nonce in the last few minutes. A message made through a webhook or an interaction
   * (`extra.webhook_id`) is always new.
   */
  create(channel: string, body: any, author: FakeUser, extra: Partial<FakeMessage> = {}): FakeMessage {
    const key = !extra.webhook_id && body?.nonce !== undefined && body?.enforce_nonce ? `${channel}:${author.id}:${body.nonce}` : null;
    const earlier = key ? this.nonces.get(key) : undefined;
    if (earlier && this.now() - earlier.at < NONCE_WINDOW_MS) return earlier.message;
    const message: FakeMessage = {
      id: this.nextId(), channel_id: channel, content: body?.content ?? '', embeds: body?.embeds ?? [], components: body?.components ?? [],
      author, flags: body?.flags ?? 0, ...(body?.nonce !== undefined ? { nonce: String(body.nonce) } : {}), ...extra,
    };
    if (key) this.nonces.set(key, { message, at: this.now() });
    this.created.push(message);
    if (!(message.flags & EPHEMERAL)) this.byChannel.set(channel, [...(this.byChannel.get(channel) ?? []), message]);
    return message;
  }

  edit(message: FakeMessage, body: any) {
    if (body?.content !== undefined) message.content = body.content ?? '';
    if (body?.embeds) message.embeds = body.embeds;
    if (body?.components) message.components = body.components;
    message.flags &= ~LOADING;
  }

  /** As GET /channels/{id}/messages answers: newest first; `after` gives the oldest ones after it. Without nonces. */
  list(channel: string, q: { after?: string; limit?: number }): Omit<FakeMessage, 'nonce'>[] {
    const all = this.byChannel.get(channel) ?? [];
    const limit = Math.min(q.limit ?? 50, 100);
    const picked = q.after ? all.filter((m) => BigInt(m.id) > BigInt(q.after!)).slice(0, limit) : all.slice(-limit);
    return picked.reverse().map(({ nonce: _, ...m }) => m);
  }
}
