// Cleaning what a user typed before it reaches retrieval: control characters out, length bounded,
// and a clear reason when nothing askable is left.

export const MAX_QUESTION_CHARS = 300;

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
  let text = normalise(raw).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ');
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
