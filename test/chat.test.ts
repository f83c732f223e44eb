// The terminal chat loop: blank lines ask again, /help explains, /quit and Ctrl+D leave.
import { describe, expect, it } from 'vitest';
import { chatLoop, CHAT_HELP } from '../src/cli/chat.js';
import { craftAnswer } from './helpers.js';

function run(lines: (string | null)[]) {
  const out: string[] = [];
  const asked: string[] = [];
  const io = { read: async () => (lines.length ? lines.shift()! : null), write: (t: string) => void out.push(t) };
  return chatLoop(io, async (q) => {
    asked.push(q);
    return craftAnswer({ question: q });
  }).then(() => ({ out, asked, left: lines }));
}

describe('chatLoop', () => {
  it('a line of spaces (or an empty line) asks again instead of quitting', async () => {
    const { asked } = await run(['   ', '', '研发经费支出2025年目标是多少？', null]);
    expect(asked).toEqual(['研发经费支出2025年目标是多少？']);
  });

  it('/help prints what it can and cannot answer; /quit leaves', async () => {
    const { out, asked, left } = await run(['/help', '/quit', 'never asked']);
    expect(out).toContain(CHAT_HELP);
    expect(CHAT_HELP).toContain('不能回答');
    expect(asked).toEqual([]);
    expect(left).toEqual(['never asked']);
  });

  it('answers show the outcome label shared with Discord', async () => {
    const { out } = await run(['研发经费支出2025年目标是多少？', null]);
    expect(out.at(-1)).toMatch(/^【✅ 规划中有答案】/);
  });
});
