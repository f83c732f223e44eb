// The terminal chat loop: blank lines ask again, /help explains, /quit and Ctrl+D leave; follow-ups are
// read with the previous question as in a Discord thread; /section, /targets and /check work.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { answeredWithoutSearch } from '../src/answer/route.js';
import { SUGGESTIONS_HEADING } from '../src/answer/outcome-labels.js';
import { checkClaim } from '../src/check/check.js';
import { checkPasted } from '../src/check/paragraph.js';
import { renderPastedText } from '../src/check/render.js';
import { understand } from '../src/understand/question.js';
import { chatLoop, CHAT_HELP, sectionText, type ChatServices } from '../src/cli/chat.js';
import { extractTargets } from '../src/targets/extract.js';
import { createTargetFinder } from '../src/targets/lookup.js';
import { createLexicalIndex } from '../src/adapters/minisearch-lexical.js';
import { loadThesaurus } from '../src/adapters/thesaurus-file.js';
import { chunks, craftAnswer, lexicalAnswerPorts, plan, settings } from './helpers.js';

const ports = lexicalAnswerPorts();
const finder = createTargetFinder({ targets: extractTargets(plan), chunks, planText: plan.text, dense: null, thesaurus: loadThesaurus(), lexicalIndexOf: createLexicalIndex });

/** The chat over the real plan (lexical answering, as engine.ask composes it), or over made-up answers. */
function run(lines: (string | null)[], real = false) {
  const out: string[] = [];
  const asked: string[] = [];
  const io = { read: async () => (lines.length ? lines.shift()! : null), write: (t: string) => void out.push(t) };
  const s: ChatServices = {
    ask: async (q) => {
      asked.push(q);
      return real ? answeredWithoutSearch(q, plan, chunks) ?? answerQuestion(q, ports, settings) : craftAnswer({ question: q });
    },
    check: (text) => checkPasted(text, (claim) => checkClaim(claim, ports, settings.retrieve)),
    formOf: (text) => understand(text, ports.vocabulary).form,
    targets: (topic) => finder.find(topic),
    plan,
  };
  return chatLoop(io, s).then(() => ({ out, asked, left: lines }));
}

describe('chatLoop', () => {
  it('a line of spaces (or an empty line) asks again instead of quitting', async () => {
    const { asked } = await run(['   ', '', '研发经费支出2025年目标是多少？', null]);
    expect(asked).toEqual(['研发经费支出2025年目标是多少？']);
  });

  it('/help prints what it can and cannot answer and every command; /quit leaves', async () => {
    const { out, asked, left } = await run(['/help', '/quit', 'never asked']);
    expect(out).toContain(CHAT_HELP);
    expect(CHAT_HELP).toContain('不能回答');
    for (const c of ['/section', '/targets', '/check', '/new', '/help', '/quit']) expect(CHAT_HELP).toContain(c);
    expect(asked).toEqual([]);
    expect(left).toEqual(['never asked']);
  });

  it('answers show the outcome label shared with Discord', async () => {
    const { out } = await run(['研发经费支出2025年目标是多少？', null]);
    expect(out.at(-1)).toMatch(/^【✅ 规划中有答案】/);
  });
});

describe('the chat keeps context like a Discord thread', () => {
  it('"那2025年呢？" is read with the previous question, and says so; /new forgets it', async () => {
    const { asked, out } = await run(['研发经费支出2020年是多少？', '那2025年呢？', '/new', '那2025年呢？', null]);
    expect(asked).toEqual(['研发经费支出2020年是多少？', '研发经费支出2025年是多少？', '那2025年呢？']);
    expect(out[2]).toMatch(/^↪ 接上一问，理解为：研发经费支出2025年是多少？/);
  });

  it('with no earlier question, "那2025年呢？" is asked back instead of answered with unrelated targets', async () => {
    const { out } = await run(['那2025年呢？', null], true);
    expect(out.at(-1)).toMatch(/^你想问哪一项的2025年数字？/);
    expect(out.at(-1)).not.toMatch(/✅/);
  });

  it('the README\'s follow-up example gives the year asked for the topic asked before (real answers)', async () => {
    const { out } = await run(['研发经费支出2020年是多少？', '那2025年呢？', null], true);
    expect(out.at(-1)).toMatch(/↪ 接上一问，理解为：研发经费支出2025年是多少？/);
    expect(out.at(-1)).toContain('研发经费支出(亿元)');
  });
});

describe('the chat has /section, /targets and /check', () => {
  it('/section by number, box and table name', async () => {
    const { out } = await run(['/section 3.2.1', '/section 专栏19', '/section 主要指标表', '/section 第九十篇', null]);
    expect(out[1]).toMatch(/^【第三篇 构建提升现代产业体系 › 第二章 形成主导产业特色优势 › 第一节 做大做强生物医药大健康产业】/);
    expect(out[2]).toMatch(/专栏19 就业促进重大行动计划】/);
    expect(out[3]).toMatch(/主要指标表】[\s\S]*地区生产总值/);
    expect(out[4]).toMatch(/^没有找到/);
    expect(sectionText(plan, '第三篇')).toMatch(/共98段，以上是前20段；可以再看：第一章 强化首位产业核心优势、/);
  });

  it('/targets lists the targets on a topic, only ones with a figure', async () => {
    const { out } = await run(['/targets 森林覆盖率', '/targets 城镇调查失业率', null]);
    expect(out[1]).toMatch(/^1\. 「/);
    expect(out[1]).toContain('森林覆盖率');
    expect(out[2]).not.toContain('城镇调查失业率 (%)：2025年目标值 —');
  });

  it('/check renders the claim check as npm run check does', async () => {
    const claim = '到2025年，吉安研发经费支出达到72亿元';
    const { out } = await run([`/check ${claim}`, null]);
    expect(out[1]).toBe(renderPastedText(await checkPasted(claim, (c) => checkClaim(c, ports, settings.retrieve))));
  });

  it('a claim typed without /check is checked as typed, not answered as a question', async () => {
    const claim = '到2025年，吉安电子信息产业营收突破4000亿元';
    const { out, asked } = await run(['研发经费支出2020年是多少？', claim, null], true);
    expect(asked).toEqual(['研发经费支出2020年是多少？']);
    expect(out[2]).toBe(renderPastedText(await checkPasted(claim, (c) => checkClaim(c, ports, settings.retrieve))));
    expect(out[2]).not.toContain('规划中有答案');
  });

  it('a refusal points to /section, and each section it names opens with /section in the chat', async () => {
    const { out } = await run(['深圳的地铁规划是什么？', null], true);
    const lines = out.at(-1)!.split('\n');
    const at = lines.indexOf(SUGGESTIONS_HEADING.zh);
    expect(at).toBeGreaterThan(0);
    const suggested = lines.slice(at + 1).map((l) => l.replace(/^\s*·\s*/, '').replace(/（第\d+页起）$/, ''));
    expect(suggested.length).toBeGreaterThan(0);
    for (const label of suggested) expect(sectionText(plan, label).startsWith(`【${label}】`), label).toBe(true);
  });
});
