// Adapter: how near in meaning a word is to other words, by the embedding model's cosine between the
// words embedded alone (no query prefix). Vectors are cached by word (a bounded map), so a claim's
// everyday word and the plan sentence's words are embedded once each.
import type { Embedder } from './embedder.js';
import type { WordCloseness } from '../check/near.js';

const CACHE_SIZE = 20_000;

export function createWordCloseness(embedder: Embedder, cacheSize = CACHE_SIZE): WordCloseness {
  const cache = new Map<string, Float32Array>();
  return async (word, others) => {
    const wanted = [...new Set([word, ...others])];
    const missing = wanted.filter((w) => !cache.has(w));
    const fresh = missing.length ? await embedder.embedPassages(missing) : [];
    // This call's vectors are taken before the cache is trimmed, so a word it evicts is still at hand.
    const vectorOf = new Map(wanted.map((w) => [w, cache.get(w) ?? fresh[missing.indexOf(w)]!]));
    missing.forEach((w, i) => cache.set(w, fresh[i]!));
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    const v = vectorOf.get(word)!;
    return others.map((o) => {
      const u = vectorOf.get(o)!;
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i]! * u[i]!;
      return dot;
    });
  };
}
