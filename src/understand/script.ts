// Which script a question is written in, for the language its answer is presented in: mostly Latin
// letters is English, except a question of Latin acronyms only (GDP, PM2.5, 5G) with Chinese
// punctuation, which a Chinese user typed ("GDP？").
import { isMostlyLatin } from './english.js';

/** Full-width punctuation a Chinese keyboard types. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]/u;
/** A lower-case letter: a word that is not an acronym (Ji'an, what), acronyms' plural s aside (GDPs). */
const LOWER_CASE = /[a-z]/;

export function writtenInLatin(text: string): boolean {
  if (!isMostlyLatin(text)) return false;
  const acronymsOnly = !LOWER_CASE.test(text.replace(/\b([A-Z]{2,})s\b/g, '$1'));
  return !(acronymsOnly && CJK_PUNCTUATION.test(text));
}
