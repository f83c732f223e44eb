// The clause that asks: a long everyday question carries context ("刚从广东回吉安找工作，…") before the
// clause that asks; that clause counts fully, the context less. Pure.
import { isContentWord, CONCEPT_TAGS } from './concepts.js';
import { taggedWords } from '../search/tokenize.js';
import { withoutNonQuestions } from './figure.js';

/**
 * A clause that asks: it ends with a question mark, holds a question word (谁 and 咋 as much as 什么;
 * 么子 and 有冇, how Gan speakers say 什么 and 有没有) or starts like an English question, so that a
 * question asks the same with its mark or without it. 几 alone does not make one (几座桥早晚都堵 states; 几座桥？ asks, by its mark).
 */
const ASKS = /吗|呢|什么|多少|哪|怎么|怎样|如何|是否|有没有|会不会|能不能|要不要|是不是|可不可以|啥|谁|咋|多久|多远|几时|么子|有冇|^\s*(what|which|how|when|who|where|why|whether|is|are|does|do|will|can|could|should)\b/i;
/** Whether a clause asks (不剩多少钱 and 四十几岁 do not). */
const asks = (clause: string) => {
  const said = withoutNonQuestions(clause);
  return ASKS.test(said) || /[?？]$/.test(said.trimEnd());
};

/** An asking clause shorter than this takes the clause before it too ("有没有？"). */
const MIN_FOCUS_CHARS = 12;
/** Clauses the focus reaches back over at most: context is a sentence or two, not a pasted page. */
const MAX_FOCUS_CLAUSES = 6;

/** Marks that end a clause; the spaces after one are dropped. */
const CLAUSE_END = new Set('，。！？；：,.!?;:');
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/;

/**
 * Clauses end at a mark, or at a space between Chinese words: chat questions often use spaces for
 * commas ("我博士毕业在广州干了几年 想回吉安 市里一年打算引进多少博士"). The space stays with its clause.
 * One pass over the characters (a split on lookbehinds rescans every run of spaces: quadratic).
 */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  let clause = '';
  let afterMark = false;
  let hanBeforeSpaces = false;
  for (const ch of text) {
    const space = SPACE.test(ch);
    if (afterMark && space) continue;
    if (!space && clause && (afterMark || (hanBeforeSpaces && SPACE.test(clause.at(-1)!) && HAN.test(ch)))) {
      clauses.push(clause);
      clause = '';
    }
    clause += ch;
    afterMark = CLAUSE_END.has(ch);
    if (!space) hanBeforeSpaces = HAN.test(ch);
  }
  if (clause) clauses.push(clause);
  return clauses.filter((c) => c.trim());
}

/** The clauses that ask (all of the text when none does, as in "吉安GDP目标"). */
export function askingClauses(text: string): string[] {
  const asking = clausesOf(text).filter(asks);
  return asking.length ? asking : [text];
}

/** Whether a stretch of text names a topic: a content word of full weight (a noun, not 涨到 or 多少亿). */
const namesTopic = (text: string) => taggedWords(text).some((t) => isContentWord(t.word, t.tag) && CONCEPT_TAGS[t.tag] === 1);

/**
 * The asking clause of a question: the last clause that asks, extended back over the clauses before
 * it until it is MIN_FOCUS_CHARS long and names a topic ("全市一年花在研发上的钱，到2025年要涨到多少亿？").
 */
export function focusOf(text: string): string {
  const clauses = clausesOf(text);
  let last = clauses.length - 1;
  while (last > 0 && !asks(clauses[last] ?? '')) last--;
  if (!asks(clauses[last] ?? '')) last = clauses.length - 1;
  let first = last;
  const focus = () => clauses.slice(first, last + 1).join('');
  while (first > 0 && last - first < MAX_FOCUS_CLAUSES && (focus().length < MIN_FOCUS_CHARS || !namesTopic(focus()))) first--;
  return focus();
}
