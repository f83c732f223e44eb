// Cleaning what a user typed before it reaches retrieval: invisible and control characters out,
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

export function cleanQuestion(raw: string, maxChars = MAX_QUESTION_CHARS): CleanQuestion {
  const notices: string[] = [];
  let text = normalise(withoutInvisible(cutTo(raw, 2 * MAX_TYPED_CHARS))).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return { text, notices, problem: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { text, notices, problem: 'no_words' };
  const chars = [...text];
  if (chars.length > maxChars) {
    text = chars.slice(0, maxChars).join('');
    notices.push(`问题过长，只检索了前 ${maxChars} 个字符。`);
  }
  return { text, notices };
}
