// The small pure parts of the Discord adapter: button ids, nonces, grapheme-safe cutting, the error catalogue.
import { describe, expect, it } from 'vitest';
import { decodeButtonId, encodeButtonId, type ButtonId } from '../src/discord/buttons.js';
import { errorMessage, UserError, USER_ERRORS } from '../src/discord/errors.js';
import { nonceFor } from '../src/discord/nonce.js';
import { renderAnswer } from '../src/discord/render-answer.js';
import { renderTopicTargets, type MessagePayload } from '../src/discord/render.js';
import { truncate, truncateStart } from '../src/discord/text.js';
import { craftAnswer } from './helpers.js';

describe('button custom ids', () => {
  const ids: ButtonId[] = [
    { kind: 'more', answerId: '1234567890123456789', page: 2 },
    { kind: 'full', answerId: '1234567890123456789', item: 3 },
    { kind: 'section', section: 41, page: 0 },
    { kind: 'vote', answerId: '1234567890123456789', vote: 1 },
    { kind: 'vote', answerId: '1234567890123456789', vote: -1 },
  ];

  it.each(ids)('%j encodes within 100 characters and decodes to itself', (id) => {
    const encoded = encodeButtonId(id);
    expect(encoded.length).toBeLessThanOrEqual(100);
    expect(decodeButtonId(encoded)).toEqual(id);
  });

  it.each(['', 'more:abc:1', 'vote:123:sideways', 'full:1', 'sec:1:2:3', 'more:1:1:extra'])('"%s" does not decode', (raw) => {
    expect(decodeButtonId(raw)).toBeNull();
  });
});

describe('nonces', () => {
  it('are at most 25 characters, the same for the same part, different across parts and kinds', () => {
    const id = '18446744073709551615';
    const all = [nonceFor('reply', id), nonceFor('followUp', id, 1), nonceFor('followUp', id, 2), nonceFor('thread', id, 0), nonceFor('notice', id)];
    for (const n of all) expect(n.length).toBeLessThanOrEqual(25);
    expect(new Set(all).size).toBe(all.length);
    expect(nonceFor('thread', id, 3)).toBe(nonceFor('thread', id, 3));
  });
});

describe('cutting text for Discord', () => {
  it('never splits a grapheme: emoji with modifiers and surrogate pairs stay whole', () => {
    const family = '👨‍👩‍👧‍👦';
    const cut = truncate(`问题${family.repeat(10)}`, 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe(`问题${family}…`);
    expect(truncate('𠀀'.repeat(10), 6)).toBe('𠀀𠀀…');
    expect(truncateStart('第一篇 › 第二章 › 第三节', 8)).toBe('…章 › 第三节');
    expect(truncate('短', 100)).toBe('短');
  });
});

describe('user-facing errors', () => {
  it('every code has a message; values fill the placeholders', () => {
    expect(new UserError('rate_limited', { seconds: 12 }).message).toBe('提问太频繁了，请 12 秒后再试。');
    expect(errorMessage('internal', { ref: 'abc' })).toContain('abc');
    for (const m of Object.values(USER_ERRORS)) expect(m.length).toBeGreaterThan(5);
  });
});

describe('what a user typed, echoed', () => {
  const typed = '[点这里](https://evil.example) **粗** # 标题 @everyone';
  const shown = (payloads: MessagePayload[]) => payloads.flatMap((m) => [m.content ?? '', ...m.embeds.flatMap((e) => [e.title ?? '', e.description])]);
  /** The typed text as it would render: a masked link, bold, a ping (escaped, each has a backslash or a zero-width space inside). */
  const renders = (text: string) => ['[点这里](', '**粗**', '@everyone'].some((raw) => text.includes(raw));
  it('/targets: the topic in the title and in the "no targets" line is escaped', () => {
    const out = shown(renderTopicTargets([], typed));
    expect(out.join('\n')).toContain('\\[点这里\\](https://evil.example)');
    expect(out.filter(renders)).toEqual([]);
  });

  it('an answer: the question in the title (what was typed, for a follow-up) is escaped', () => {
    const noFootnotes = () => [];
    expect(shown(renderAnswer(craftAnswer({ question: typed }), { page: 0, footnotes: noFootnotes })).filter(renders)).toEqual([]);
    expect(shown(renderAnswer(craftAnswer({ question: '研发经费支出2025年是多少？' }), { page: 0, footnotes: noFootnotes, typed })).filter(renders)).toEqual([]);
  });
});
