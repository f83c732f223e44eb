// Adapter: the digest state earlier versions kept in DATA_DIR/digest.json, imported into the store
// once. Every write is idempotent (subscribe keeps the first, claims are unique), and the file is
// renamed to digest.json.imported afterwards, so a crash between the two only repeats harmless work.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { DigestStore } from '../state/store.js';

/** The JSON file's shape (planbot ≤ 0.1). */
interface LegacyDigestState {
  subscriptions?: Record<string, { channelId: string; guildId: string | null; since: string }>;
  posts?: Record<string, { date: string; nonce: string; status: 'sending' | 'posted' }>;
}

export interface ImportResult {
  subscriptions: number;
  posts: number;
}

export async function importDigestJson(path: string, store: DigestStore, now: () => Date): Promise<ImportResult | null> {
  if (!existsSync(path)) return null;
  let state: LegacyDigestState;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as LegacyDigestState;
  } catch (err) {
    throw new Error(`cannot import ${path}: ${(err as Error).message} (fix the file, or delete it to drop the old subscriptions)`);
  }
  const subscriptions = Object.values(state.subscriptions ?? {});
  for (const s of subscriptions) await store.subscribe({ channelId: s.channelId, guildId: s.guildId ?? null, since: s.since || now().toISOString() });
  const posts = Object.entries(state.posts ?? {});
  for (const [channelId, p] of posts) {
    // A 'sending' post is left to the digest runner, which reconciles it with the channel once stale.
    const { claim } = await store.claimDigest({ channelId, date: p.date, nonce: p.nonce, owner: 'digest.json' }, now());
    if (p.status === 'posted' && claim.status !== 'posted') await store.markDigestPosted(channelId, p.date, now());
  }
  try {
    renameSync(path, `${path}.imported`);
  } catch (err) {
    // Another shard process of this machine imported it at the same moment (the writes are idempotent).
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return { subscriptions: subscriptions.length, posts: posts.length };
}
