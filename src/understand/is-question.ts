// Whether a chat message in an ask channel (or a bot thread) is a question for the bot. Pure.
// Not a question: what is left after removing links, Discord mentions, custom emoji, emoji, spaces and
// punctuation has fewer than two letters or digits ("👍", a link alone, "ok"); or the message is a
// greeting or thanks ("你好", "谢谢！", "thanks a lot") with no question mark. Anything else is.
import { cutTo, MAX_TYPED_CHARS, withoutInvisibleButEmoji } from './clean.js';

const LINK = /\bhttps?:\/\/\S+/gi;
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/g;
const NOT_WORDS = /[^\p{L}\p{N}]+/gu;

const COURTESIES = [
  '你好', '您好', '大家好', '哈喽', '嗨', '早上好', '上午好', '下午好', '晚上好', '晚安', '再见', '拜拜',
  '谢谢', '多谢', '感谢', '谢啦', '非常感谢', '好的', '嗯', '哦', '收到', '明白', '了解', '哈哈',
  'hi', 'hello', 'hey', 'thanks', 'thank you', 'thx', 'ty', 'ok', 'okay', 'cool', 'great', 'nice', 'bye', 'lol', 'good morning',
];

/** A courtesy at the start of a message; an English one must end a word ("hi", not "highway"). */
const COURTESY_START = new RegExp(`^(?:${COURTESIES.map((c) => c.replace(/ /g, '\\s*')).join('|')})(?![a-z])`, 'i');

/**
 * The message, cut to MAX_TYPED_CHARS before anything reads it, without invisible characters (emoji kept
 * whole: it names the thread), links, Discord markup and surrounding space.
 */
export const questionText = (message: string) =>
  withoutInvisibleButEmoji(cutTo(message, MAX_TYPED_CHARS)).replace(LINK, ' ').replace(DISCORD_MARKUP, ' ').replace(/\s+/g, ' ').trim();

export function isQuestion(message: string): boolean {
  const text = questionText(message);
  const words = text.replace(NOT_WORDS, '');
  if ([...words].length < 2) return false;
  const asks = /[?？]/.test(text);
  const courtesy = COURTESY_START.exec(text.toLowerCase());
  if (courtesy && !asks) {
    const rest = text.slice(courtesy[0].length).replace(NOT_WORDS, '');
    // "谢谢！" or "thanks a lot": nothing but the courtesy and a few words after it.
    if ([...rest].length <= 6) return false;
  }
  return true;
}
