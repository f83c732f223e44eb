// What feeds /metrics from the rest of the bot: answers counted by outcome wherever they were asked
// (a queue's length still readable), and errors the bot logs through pino counted by message.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { answerQueue } from '../src/app/answer-queue.js';
import { createMetrics } from '../src/web/metrics.js';
import { countAnswers, errorCountingHooks } from '../src/web/observe.js';
import { craftAnswer } from './helpers.js';

describe('metrics from the bot', () => {
  it('counts answers by outcome and keeps the queue\'s length readable', async () => {
    const metrics = createMetrics(false);
    const queue = answerQueue(async (q) => craftAnswer({ question: q, outcome: q === 'x' ? 'not_covered' : 'answered' }), 1);
    const ask = countAnswers(queue, metrics, 'discord');
    await Promise.all([ask('a'), ask('b'), ask('x')]);
    expect(ask.waiting()).toBe(0);
    const text = await metrics.registry.metrics();
    expect(text).toContain('planbot_questions_total{outcome="answered",through="discord"} 2');
    expect(text).toContain('planbot_questions_total{outcome="not_covered",through="discord"} 1');
    expect(text).toContain('planbot_answer_seconds_count{through="discord"} 3');
  });

  it('counts errors the bot logs by message, and still writes every line', async () => {
    const metrics = createMetrics(false);
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = pino({ hooks: errorCountingHooks(metrics) }, sink);
    log.error({ err: new Error('boom') }, 'digest run failed');
    log.error('digest run failed');
    log.warn('a 429 from Discord');
    expect(await metrics.registry.metrics()).toContain('planbot_discord_errors_total{kind="digest run failed"} 2');
    expect(lines).toHaveLength(3);
  });
});
