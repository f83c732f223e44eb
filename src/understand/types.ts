// The types understanding's files share (question.ts re-exports them): the question's language and the
// bridges from its words to the plan's terms.
import type { EnglishMatch } from './english.js';

/** zh: Chinese; en: English; mixed: both scripts. */
export type Language = 'zh' | 'en' | 'mixed';

/** Words of the question and the plan terms they stand for. */
export interface Bridge {
  said: string;
  terms: string[];
  source: 'thesaurus' | EnglishMatch['source'];
  /** Said in the clause that asks (see focusOf), not in the context before it. */
  inFocus: boolean;
}
