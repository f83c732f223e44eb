// Cleaning what a user typed before it reaches retrieval: invisible and control characters, Discord
// mentions and mentions typed as text (@规划小助手), @everyone, links and emoji out,
// length bounded, and a clear reason when nothing askable is left.

/** Characters of a question read: the rest is cut off, with a notice. */
export const MAX_QUESTION_CHARS = 300;
/**
 * Characters of a message or command option read at all (/ask takes no more): a message is cut to this
 * before anything parses it, so no pattern ever meets a pasted page.
 */
export const MAX_TYPED_CHARS = 1000;

/** The first `max` characters (whole code points). */
export const cutTo = (text: string, max: number): string => (text.length <= max ? text : [...text.slice(0, 2 * max)].slice(0, max).join(''));

/**
 * Characters that show nothing — zero-width spaces and joiners (U+200B–U+200D, U+2060), bidi marks and
 * isolates, the BOM, U+180E, U+034F, variation selectors, tags: Unicode's default-ignorable code points and
 * format characters. Removed, not made spaces: "吉\u200b安" is 吉安.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
/** The same, except the joiners, variation selectors and tags that hold an emoji together (👨‍👩‍👧, ❤️, 🏴 flags). */
const INVISIBLE_BUT_EMOJI_GLUE =
  /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u{e0020}-\u{e007f}])[\u200d\ufe0f\u{e0020}-\u{e007f}]|(?![\u200d\ufe0f\u{e0020}-\u{e007f}])[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
/** For what is shown back (a thread's name): invisible characters out, emoji kept whole. */
export const withoutInvisibleButEmoji = (text: string): string => text.replace(INVISIBLE_BUT_EMOJI_GLUE, '');
export const withoutInvisible = (text: string): string => text.replace(INVISIBLE, '');

/**
 * What a chat message carries besides the question: Discord mentions of users, channels and roles
 * (<@id>, <@!id>, <#id>, <@&id>), custom emoji and timestamps (<:name:id>, <a:name:id>, <t:…>),
 * @everyone and @here, a mention typed as text (@规划小助手), links, and emoji (pictographs with their skin tones, flags, keycaps). None of
 * it is asked about, and none of it may change the answer: each is removed, leaving a space only
 * between two Latin letters or digits ("GDP<@1>2025" → "GDP 2025", "吉安<@1>GDP" → "吉安GDP").
 */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d{5,25}>|<a?:\w{1,32}:\d{5,25}>|<t:-?\d{1,13}(?::[tTdDfFR])?>/g;
const EVERYONE = /(?<![\w@])@(?:everyone|here)\b/gi;
/**
 * A mention typed as plain text (@规划小助手 每千人口…, @planbot what…): an @ opening a name, at the start or
 * after a space, that a space, a comma or a colon ends (mail@here.com is an address: @ inside a word).
 */
const TYPED_MENTION = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_.\-]{1,24}(?=[\s,，:：]|$)/gu;
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>\u3000-\u303f\uff01-\uff5e\p{Script=Han}]+/giu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20e3](?<![©®™])/gu;
const CUT = '\u0001';
export const withoutChatNoise = (text: string): string =>
  text.replace(DISCORD_MARKUP, CUT).replace(EVERYONE, CUT).replace(TYPED_MENTION, CUT).replace(LINK, CUT).replace(EMOJI, CUT)
    .replace(/\s*\u0001[\s\u0001]*/g, (cut, at: number, all: string) => {
      const before = all[at - 1] ?? '';
      const after = all[at + cut.length] ?? '';
      return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : /\s/.test(cut.replace(/\u0001/g, '')) && before && after ? ' ' : '';
    });

export type QuestionProblem = 'empty' | 'no_words';

export interface CleanQuestion {
  text: string;
  notices: string[];
  problem?: QuestionProblem;
}

export const PROBLEM_MESSAGES: Record<QuestionProblem, string> = {
  empty: '请输入一个问题，例如：“到2025年研发经费支出目标是多少？”',
  no_words: '没有读到可检索的文字（只有表情或标点）。请用中文或英文描述您想了解的规划内容。',
};

/**
 * NFKC, except that Chinese punctuation stays as typed: full-width letters and digits become ASCII
 * (ＧＤＰ２０２５ → GDP2025) while ，？：stay，？： (NFKC alone would make them , ? :).
 */
const CJK_PUNCTUATION = /[\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]/g;
function normalise(raw: string): string {
  const kept: string[] = [];
  return raw.replace(CJK_PUNCTUATION, (p) => `\u0000${kept.push(p) - 1}\u0000`).normalize('NFKC')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)] ?? '');
}

/** A year typed against a word (gdp2025, GDP2025年) is read apart from it: "gdp 2025"; PM2.5 and 5G stay. */
const YEAR_AGAINST_WORD = /(?<=[A-Za-z]{2})(?=(?:19|20)\d{2}(?!\d))/g;

export function cleanQuestion(raw: string, maxChars = MAX_QUESTION_CHARS): CleanQuestion {
  const notices: string[] = [];
  const typed = normalise(withoutInvisible(cutTo(raw, 2 * MAX_TYPED_CHARS)));
  let text = withoutChatNoise(typed).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  text = text.replace(YEAR_AGAINST_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return { text, notices, problem: /[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(typed) ? 'no_words' : 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { text, notices, problem: 'no_words' };
  const chars = [...text];
  if (chars.length > maxChars) {
    text = chars.slice(0, maxChars).join('');
    notices.push(`问题过长，只检索了前 ${maxChars} 个字符。`);
  }
  return { text, notices };
}
