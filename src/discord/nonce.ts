// Nonces for every message the bot creates. Derived from what caused the message (the interaction or
// message id) and its place in the reply, so sending the same part again carries the same nonce and,
// with enforce_nonce, Discord returns the first message instead of posting a second. Pure.

export type NonceKind = 'reply' | 'followUp' | 'thread' | 'notice';

const PREFIX: Record<NonceKind, string> = { reply: 'r', followUp: 'f', thread: 't', notice: 'n' };

/** At most 25 characters, as Discord allows: kind, the source snowflake in base 36, the part number. */
export function nonceFor(kind: NonceKind, sourceId: string, part = 0): string {
  const id = /^\d+$/.test(sourceId) ? BigInt(sourceId).toString(36) : sourceId;
  return `${PREFIX[kind]}${id}.${part.toString(36)}`.slice(0, 25);
}

/** Message options with the nonce enforced. */
export const withNonce = <T extends object>(options: T, nonce: string) => ({ ...options, nonce, enforceNonce: true as const });
