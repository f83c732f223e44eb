// The answer queue: at most `limit` questions in the engine at once, the rest in arrival order; a
// question that fails still hands its place on; past `maxWaiting` waiting, a question is told "busy".
import { describe, expect, it } from 'vitest';
import { answerQueue } from '../src/app/answer-queue.js';
import { boundedAsk } from '../src/app/bot-services.js';
import { UserError } from '../src/discord/errors.js';

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

describe('the bounded queue', () => {
  it('refuses one more than `maxWaiting` at once, answered "busy"; every question taken is answered; the most waiting is kept', async () => {
    const gate: (() => void)[] = [];
    const ask = boundedAsk((q: string) => new Promise<string>((r) => gate.push(() => r(q))), 2, 3);
    const results = Array.from({ length: 8 }, (_, i) => ask(`q${i}`).catch((e: Error) => (e instanceof UserError ? e.code : e.message)));
    await new Promise((r) => setImmediate(r));
    expect([ask.waiting(), ask.mostWaiting()]).toEqual([3, 3]);
    while (gate.length || ask.waiting()) {
      gate.splice(0).forEach((open) => open());
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(results)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'busy', 'busy', 'busy']);
    expect(ask.waiting()).toBe(0);
    const later = ask('later');
    await new Promise((r) => setImmediate(r));
    gate.splice(0).forEach((open) => open());
    expect(await later).toBe('later');
  });
});
