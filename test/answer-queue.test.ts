// The answer queue: at most `limit` questions in the engine at once, the rest in arrival order; a
// question that fails still hands its place on.
import { describe, expect, it } from 'vitest';
import { answerQueue } from '../src/app/answer-queue.js';

describe('answerQueue', () => {
  it('lets `limit` in at once and the rest in arrival order, failures included', async () => {
    const started: string[] = [];
    const release = new Map<string, (fail: boolean) => void>();
    let inside = 0;
    let most = 0;
    const ask = answerQueue((q: string) => {
      started.push(q);
      inside++;
      most = Math.max(most, inside);
      return new Promise<string>((resolve, reject) => release.set(q, (fail) => {
        inside--;
        if (fail) reject(new Error(q));
        else resolve(q);
      }));
    }, 2);
    const results = ['a', 'b', 'c', 'd', 'e'].map((q) => ask(q).catch((e: Error) => `failed ${e.message}`));
    const settle = () => new Promise((r) => setImmediate(r));
    await settle();
    expect(started).toEqual(['a', 'b']);
    release.get('b')!(true);
    await settle();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    release.get('a')!(false);
    await settle();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    for (const q of ['c', 'd']) release.get(q)!(false);
    await settle();
    await settle();
    release.get('e')!(false);
    expect(await Promise.all(results)).toEqual(['a', 'failed b', 'c', 'd', 'e']);
    expect(most).toBe(2);
  });
});
