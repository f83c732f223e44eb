// A follow-up with nothing to follow ("那2025年呢？" as the first message, in /ask or a channel) is asked
// back — "你想问哪一项的2025年数字？" — instead of answered with a guess. Pure. In a thread or the
// terminal chat the previous question is combined in first (src/understand/follow-up.ts), so only a
// message that still names no topic comes here.
import { askBack } from '../understand/follow-up.js';
import type { Answer } from './answer.js';
import { languageOf } from './outcome-labels.js';

export function askBackAnswer(question: string): Answer | null {
  const message = askBack(question);
  if (!message) return null;
  return {
    question: question.trim(), language: languageOf(question.trim()), outcome: 'not_covered', refused: true, direct: null, notices: [], answers: [], suggestions: [], confidence: 0,
    problem: { code: 'needs_context', message },
  };
}
