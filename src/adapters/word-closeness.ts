// Adapter: how near in meaning a word is to other words, by the embedding model's cosine between the
// words embedded alone (no query prefix). Vectors are cached by word (a bounded map), so a claim's
// everyday word and the plan sentence's words are embedded once each.
import type { Embedder } from './embedder.js';
import type { WordCloseness } from '../check/near.js';

const CACHE_SIZE = 20_000;

export function createWordCloseness(embedder: Embedder): WordCloseness {
  const cache = new Map<string, Float32Array>();
  return async (word, others) => {
    const missing = [...new Set([word, ...others])].filter((w) => !cache.has(w));
    if (missing.length) {
      const vectors = await embedder.embedPassages(missing);
      missing.forEach((w, i) => cache.set(w, vectors[i]!));
      while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    const v = cache.get(word)!;
    return others.map((o) => {
      const u = cache.get(o)!;
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i]! * u[i]!;
      return dot;
    });
  };
}
