// How an answer's outcome is named to the reader, the same in Discord and the terminal chat, in the
// language of the question. Pure data.
import { writtenInLatin } from '../understand/script.js';
import { REASON_MESSAGES, RELATED_HEADING as RELATED_HEADING_ZH, type Answer, type Outcome, type ReasonCode } from './answer.js';
import type { Lang } from './types.js';

export type { Lang } from './types.js';

/**
 * The language a text is presented in (the quotes stay Chinese): "GDP？" is Chinese (see writtenInLatin).
 * An answer carries its own (Answer.language, set where it is made); this is for the text of a check
 * and for answers stored before they carried it.
 */
export const languageOf = (question: string): Lang => (writtenInLatin(question) ? 'en' : 'zh');

export const OUTCOME_LABELS: Record<Lang, Record<Outcome, string>> = {
  zh: { answered: '✅ 规划中有答案', related: '🔸 只有相关内容', not_covered: '⛔ 规划未涉及' },
  en: { answered: '✅ Answered by the plan', related: '🔸 Related passages only', not_covered: '⛔ Not covered by the plan' },
};

/** The heading over the closest passages of a 'related' answer. */
export const RELATED_HEADING: Record<Lang, string> = {
  zh: RELATED_HEADING_ZH,
  en: 'The plan mentions related matters but does not answer this directly:',
};

/** English forms of the reasons (the Chinese ones are REASON_MESSAGES; a new code needs both). */
export const REASON_MESSAGES_EN: Record<ReasonCode, string> = {
  place_elsewhere: 'This is the plan of Ji\'an City; it does not set out anything for other places.',
  topic_absent: 'The plan does not mention this topic.',
  no_figure: 'The plan gives no figure for this.',
  period_outside: 'The plan sets targets for 2021–2025 with an outlook to 2035 and looks back on 2016–2020; it gives no figures for that time.',
  no_names: 'The plan does not name people.',
  no_place: 'The plan does not say where.',
  low_evidence: 'The plan has no passage that answers this directly.',
};

export const SUGGESTIONS_HEADING: Record<Lang, string> = {
  zh: '可以看看这些最接近的章节（/section）：',
  en: 'The closest sections, to browse with /section:',
};

/** Said under answers to English questions: the quotes are not translated. */
export const ENGLISH_NOTE = 'Quotes are the original Chinese text of the plan (not translated); headings are also given in English.';

/** Why an answer is not 'answered', in the reader's language. */
export function reasonText(a: Answer, lang: Lang): string {
  const code = a.reason?.code ?? 'low_evidence';
  return lang === 'en' ? REASON_MESSAGES_EN[code] : a.reason?.message ?? REASON_MESSAGES[code];
}

/**
 * What a related answer says above its passages: why the plan does not answer, when that is more
 * specific than "it does not answer" (规划没有给出具体数字。), then the related heading.
 */
export function relatedLines(a: Answer, lang: Lang): string[] {
  const specific = a.reason && a.reason.code !== 'low_evidence' ? [reasonText(a, lang)] : [];
  return [...specific, RELATED_HEADING[lang]];
}
