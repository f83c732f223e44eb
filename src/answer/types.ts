// The types the answer's files share (answer.ts re-exports them): an answer's outcome and, when it is
// not answered, why.

/**
 * answered: quotes that answer; related: the plan touches the topic but does not answer (the closest
 * passages are shown under that heading); not_covered: nothing relevant (sections suggested instead).
 */
export type Outcome = 'answered' | 'related' | 'not_covered';

/**
 * The language an answer is presented in (labels, reasons, English headings beside citations; the quotes
 * stay Chinese): a question written in Latin letters is English (see writtenInLatin), any other —
 * Chinese, or Chinese with English words ('mixed' to understanding) — is presented in Chinese.
 */
export type Lang = 'zh' | 'en';

/** Why a question was not answered, as a code; messages live in REASON_MESSAGES. */
export type ReasonCode = 'place_elsewhere' | 'topic_absent' | 'no_figure' | 'period_outside' | 'no_names' | 'no_place' | 'low_evidence';
