// Whether a message asks for a block of the plan by its name or number — "专栏19是什么内容？", "专栏五",
// "第三篇第二章讲什么", "3.2.1", "主要指标表", "box 5" — rather than asking a question the plan's text
// answers. Such a message is answered with the block itself (src/answer/structure.ts), not by search.
// Pure. A message is read so only when, apart from the reference, it holds nothing but words asking
// to see it (是什么, 内容, 讲了什么, 看看…) or words of the block's own title ("专栏19就业促进…有哪些"):
// "专栏5里开发区的目标是多少" asks something within the box and is left to search.

export type StructureRef =
  | { kind: 'box'; number: number }
  /** 篇 / 篇章 / 篇章节 numbers, as in 3.2.1 (dotted: written so, which a figure such as 58.25 can also be). */
  | { kind: 'numbers'; numbers: number[]; dotted?: true }
  /** The indicator tables: this plan's (十四五) main indicators, or the previous plan's results (十三五). */
  | { kind: 'table'; period: '十四五' | '十三五' };

export interface StructureAsk {
  ref: StructureRef;
  /** What the message says besides the reference and the asking words: must be words of the block's title. */
  rest: string;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "19", "十九", "二十三", "三" → the number; null when it is none. */
export function numeral(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || !text) return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens]! : null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

const NUM = '(\\d{1,3}|[一二三四五六七八九十]{1,3})';
const BOX = new RegExp(`专栏\\s*${NUM}`);
const EN_BOX = /\bbox\s*(\d{1,2})\b/i;
const PART = new RegExp(`第\\s*${NUM}\\s*篇(?:\\s*第\\s*${NUM}\\s*章(?:\\s*第\\s*${NUM}\\s*节)?)?`);
const EN_PART = /\bpart\s*(\d{1,2})(?:[\s,]*chapter\s*(\d{1,2})(?:[\s,]*section\s*(\d{1,2}))?)?\b/i;
const DOTTED = /(?<![\d.])(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.%％])/;
const TABLE = /(?:“?十[三四]五”?)?(?:规划)?(?:《纲要》)?(?:的)?主要(?:经济社会发展)?指标(?:完成情况)?(?:表|一览)?|指标(?:完成情况)?表/;

/** Words that only ask to see a block, in either language. */
const ASKING = new RegExp([
  '请问', '请', '帮我', '给我', '我想', '想', '看看', '看一下', '看下', '看', '显示', '打开', '查看', '查', '说说', '介绍一下', '介绍',
  '一下', '吉安市?', '我市', '本规划', '规划', '纲要', '里面', '里', '中', '当中', '的', '是', '什么', '啥', '讲了?', '说了?', '写了?', '谈了?',
  '内容', '哪些', '有', '都', '包括', '包含', '列了?', '了', '呢', '吗', '啊', '具体', '全文', '原文', '全部', '部分', '和', '所有',
  '\\bwhat\\b', "\\bwhat's\\b", '\\bis\\b', '\\bare\\b', '\\bin\\b', '\\bof\\b', '\\bthe\\b', '\\bshow\\b', '\\bme\\b', '\\bsay\\b', '\\bsays\\b',
  '\\bdoes\\b', '\\babout\\b', '\\bplan\\b', '\\bcontents?\\b', '\\btell\\b', '\\bplease\\b', '\\blist\\b', '\\bgive\\b', '\\bread\\b',
].join('|'), 'gi');

/** Mentions, @everyone/@here, links and punctuation: no part of what is asked. */
const noise = (text: string) => text
  .replace(/<[@#][!&]?\d+>|@(?:everyone|here)\b|https?:\/\/\S+/g, ' ')
  .replace(/[\s?？!！。，,.、:：;；“”"'‘’()（）【】《》\u200b-\u200d\ufeff]+/g, ' ');

function refOf(text: string): { ref: StructureRef; at: RegExpExecArray } | null {
  const box = BOX.exec(text) ?? EN_BOX.exec(text);
  const n = box ? numeral(box[1]!) : null;
  if (box && n) return { ref: { kind: 'box', number: n }, at: box };
  const part = PART.exec(text) ?? EN_PART.exec(text);
  if (part) {
    const numbers = part.slice(1).filter((x): x is string => x !== undefined).map(numeral);
    if (numbers.every((x): x is number => x !== null && x > 0)) return { ref: { kind: 'numbers', numbers }, at: part };
  }
  const dotted = DOTTED.exec(text);
  if (dotted) return { ref: { kind: 'numbers', numbers: dotted[1]!.split('.').map(Number), dotted: true }, at: dotted };
  const table = TABLE.exec(text);
  if (table) return { ref: { kind: 'table', period: /十三五|完成情况/.test(text) ? '十三五' : '十四五' }, at: table };
  return null;
}

/** The block a message asks for by name or number, with what else it says; null for any other message. */
export function structureAsk(message: string): StructureAsk | null {
  const text = message.slice(0, 200);
  const found = refOf(text);
  if (!found) return null;
  const { ref, at } = found;
  const rest = noise(text.slice(0, at.index) + ' ' + text.slice(at.index + at[0].length)).replace(ASKING, ' ').replace(/\s+/g, '');
  if (ref.kind === 'numbers' && /\d/.test(rest)) return null; // "3.2 亿元 2025": figures, not a section number
  return { ref, rest };
}
