// npm run chat (and npm start without a Discord token): ask questions in the terminal. A question
// that follows on from the previous one ("那2025年呢？") is read with it, as in a Discord thread; /new
// starts afresh. /section, /targets and /check do what the Discord commands and `npm run check` do;
// /help explains; a blank line asks again; /quit, /exit or Ctrl+D leave. It also serves the web reader
// and the HTTP API (unless WEB=false), and prints each quote's link into the reader.
import '../adapters/text-tools.js'; // first: sets the core's text libraries (jieba, stemmer, opencc-js)
import { createInterface } from 'node:readline/promises';
import type { Answer, AnswerItem } from '../answer/answer.js';
import { renderAnswerText } from '../answer/render-text.js';
import { CAN_ANSWER, CANNOT_ANSWER, EXAMPLE_QUESTIONS } from '../app/help.js';
import { createEngine } from '../app/engine.js';
import type { PastedCheck } from '../check/paragraph.js';
import { renderPastedText } from '../check/render.js';
import type { Form } from '../understand/form.js';
import { loadFittedParts } from '../adapters/fitted-files.js';
import type { FittedParts } from '../answer/fitted-parts.js';
import { linkBase, loadConfig, type Config } from '../config.js';
import { findSections, resolveStructure, sectionLabel, sectionTexts, subSections } from '../plan/browse.js';
import { showTabs } from '../plan/tables.js';
import type { PlanDocument, SectionPath } from '../plan/types.js';
import type { Target } from '../targets/extract.js';
import { noTargetsMessage, renderTargetText } from '../targets/render.js';
import { combineFollowUp } from '../understand/follow-up.js';
import { structureAsk } from '../understand/structure.js';
import { createPlanLinks } from '../web/plan-links.js';
import { countAnswers } from '../web/observe.js';
import { startWebOrWarn } from '../web/start.js';
import { cliLog } from './log.js';

export interface ChatIO {
  /** The next line, or null at the end of input (Ctrl+D). */
  read(prompt: string): Promise<string | null>;
  write(text: string): void;
}

/** What the chat asks of the engine. */
export interface ChatServices {
  ask(question: string): Promise<Answer>;
  /** A pasted text checked against the plan, sentence by sentence (as /check and a claim in Discord). */
  check(text: string): Promise<PastedCheck>;
  /** Whether a line is a question or a claim (understanding's formOf). */
  formOf(text: string): Form;
  targets(topic: string): Promise<Target[]>;
  plan: PlanDocument;
  /** Where a quote opens in the web reader. */
  link?: (item: AnswerItem) => string | null;
}

export const CHAT_COMMANDS = [
  '/section 编号或标题 — 规划原文，例如 /section 3.2.1、/section 专栏5、/section 第三篇第二章、/section 主要指标表',
  '/targets 话题 — 这方面的量化目标，例如 /targets 森林覆盖率',
  '/check 说法 — 核对一个说法是否符合规划，例如 /check 到2025年吉安研发经费支出达到72亿元',
  '/new — 开始新话题（之后的问题不再接着上一问理解）',
  '/help — 本说明；/quit 或 Ctrl+D — 退出',
];

export const CHAT_HELP = [
  '能回答：', ...CAN_ANSWER.map((l) => `  · ${l}`),
  '不能回答：', ...CANNOT_ANSWER.map((l) => `  · ${l}`),
  '例如：', ...EXAMPLE_QUESTIONS.map((q) => `  ${q}`),
  '接着上一问：像 Discord 的讨论串一样，“那2025年呢？”“具体有哪些项目？”会接着上一个问题理解。',
  '命令：', ...CHAT_COMMANDS.map((l) => `  ${l}`),
].join('\n');

/** Blocks of a section printed at most; the rest is counted, with its sub-sections to go on with. */
export const SECTION_BLOCKS_SHOWN = 20;

/** The section, box or indicator table a /section query names, as terminal text. */
export function sectionText(plan: PlanDocument, query: string): string {
  const asked = structureAsk(query);
  const path: SectionPath | undefined = (asked && !asked.rest ? resolveStructure(plan, asked.ref) : null) ?? findSections(plan, query, 1)[0];
  if (!query.trim()) return `用法：/section 编号或标题，例如 /section 3.2.1。规划共${plan.sections.filter((p) => p.length === 1).length}篇：\n${plan.sections.filter((p) => p.length === 1).map((p) => `  ${sectionLabel(p)}`).join('\n')}`;
  if (!path) return `没有找到“${query}”：请用编号（3.2.1、专栏5、第三篇第二章）或标题中的词。`;
  const texts = sectionTexts(plan, path);
  const page = path.at(-1)?.page;
  const lines = [`【${sectionLabel(path)}】${page ? `（第${page}页起）` : ''}`, ...texts.slice(0, SECTION_BLOCKS_SHOWN).map((t) => `  ${showTabs(t)}`)];
  if (texts.length > SECTION_BLOCKS_SHOWN) {
    const below = subSections(plan, path).map((p) => p.at(-1)!.label);
    lines.push(`（共${texts.length}段，以上是前${SECTION_BLOCKS_SHOWN}段${below.length ? `；可以再看：${below.join('、')}` : ''}）`);
  }
  return lines.join('\n');
}

/** The text of a command's argument: "/targets 森林" → "森林". */
const argument = (line: string, command: string) => line.slice(command.length).trim();
const isCommand = (line: string, command: string) => line === command || line.startsWith(`${command} `);

export async function chatLoop(io: ChatIO, s: ChatServices): Promise<void> {
  io.write('planbot 终端问答 — 输入问题（中文或英文），接着上一问可以只问“那2025年呢？”；/help 查看命令，/quit 或 Ctrl+D 退出。');
  let previous: string | null = null;
  for (;;) {
    const line = await io.read('\n问> ');
    if (line === null) return;
    const q = line.trim();
    if (!q) continue;
    if (q === '/quit' || q === '/exit') return;
    if (q === '/help') io.write(CHAT_HELP);
    else if (q === '/new') {
      previous = null;
      io.write('（已开始新话题）');
    } else if (isCommand(q, '/section')) io.write(sectionText(s.plan, argument(q, '/section')));
    else if (isCommand(q, '/targets')) {
      const topic = argument(q, '/targets');
      const found = topic ? await s.targets(topic) : [];
      io.write(!topic ? '用法：/targets 话题，例如 /targets 森林覆盖率' : found.length ? found.map((t, i) => `${i + 1}. ${renderTargetText(t)}`).join('\n') : noTargetsMessage(topic));
    } else if (isCommand(q, '/check')) {
      const claim = argument(q, '/check');
      io.write(claim ? renderPastedText(await s.check(claim)) : '用法：/check 说法，例如 /check 到2025年吉安研发经费支出达到72亿元');
    } else if (q.startsWith('/')) io.write(`没有 ${q.split(/\s/)[0]} 这个命令。${CHAT_COMMANDS.map((c) => c.split(' ')[0]).join(' ')} 可用。`);
    // A claim typed or pasted (a headline, 听说…是真的吗) is checked as typed, as in Discord: never answered
    // as a question (a ✅ above the passage that contradicts it would read as confirmation).
    else if (s.formOf(q) === 'claim') io.write(renderPastedText(await s.check(q)));
    else {
      const followUp = combineFollowUp(previous, q);
      const answer = await s.ask(followUp.question);
      const read = followUp.combined && !answer.problem ? `↪ 接上一问，理解为：${answer.question}\n` : '';
      io.write(read + renderAnswerText(answer, { link: s.link }));
      if (!answer.problem) previous = answer.question || followUp.question;
    }
  }
}

export async function runChat(config: Config = loadConfig(), fitted: FittedParts = loadFittedParts()): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Lines are read as they come and kept until asked for, so questions piped in (or typed while the
  // model loads or an answer is being found) are all answered, in order.
  const lines = rl[Symbol.asyncIterator]();
  const web = await startWebOrWarn(config, cliLog);
  const engine = await createEngine(config, cliLog, fitted);
  web?.serve(engine);
  const link = createPlanLinks(engine.index.plan, engine.index.chunks, linkBase(config)).quote;
  try {
    await chatLoop({
      read: async (prompt) => {
        process.stdout.write(prompt);
        const next = await lines.next();
        return next.done ? null : next.value;
      },
      write: (text) => console.log(text),
    }, {
      ask: countAnswers((q: string) => engine.ask(q), web?.metrics, 'terminal'),
      check: (text) => engine.checkPasted(text),
      formOf: (text) => engine.formOf(text),
      targets: (topic) => engine.targets.find(topic),
      plan: engine.index.plan,
      link,
    });
  } finally {
    rl.close();
    await web?.close();
  }
}

if (process.argv[1]?.endsWith('chat.ts')) {
  runChat().catch((err: Error) => {
    console.error(`chat failed: ${err.message}`);
    process.exit(1);
  });
}
