// English questions against the Chinese plan: a reverse CC-CEDICT lexicon, restricted at build time
// to Chinese words that occur in the plan, maps English words and phrases to plan terms.
import { stemmer as porterStem } from 'stemmer';
import { isEnglishStopWord } from './stop-words.js';

export interface DictionaryEntry {
  simplified: string;
  english: string;
}

/** English key (a word or a short phrase, lower case) → plan terms. */
export type Lexicon = Record<string, string[]>;

/** Lower-case English words; hyphenated compounds count as their parts ("sea-rail" → sea, rail). */
const englishWords = (text: string) =>
  (text.toLowerCase().match(/[a-z][a-z']*/g) ?? []).map((w) => w.replace(/'s$/, '')).filter((w) => !isEnglishStopWord(w));

/** Porter stemming (the `stemmer` package), so "buildings" meets "building" and "routes" meets "route". */
export const stem: (word: string) => string = porterStem;

function keysOf(gloss: string): string[] {
  const ws = englishWords(gloss.replace(/\([^)]*\)/g, ' ')).map(stem);
  const keys = new Set(ws);
  for (let i = 0; i + 1 < ws.length; i++) keys.add(`${ws[i]} ${ws[i + 1]}`);
  return [...keys];
}

/**
 * Reverse lexicon over dictionary entries whose headword (2+ characters) occurs in the plan. Per key,
 * the terms whose gloss is shortest (the most direct translations) come first; at most maxTermsPerKey.
 * An English word the dictionary knows but none of whose translations (single characters included)
 * occur in the plan maps to [] — the plan does not speak of it (e.g. "olympic", "dog").
 */
export function buildLexicon(entries: Iterable<DictionaryEntry>, planText: string, maxTermsPerKey = 8): Lexicon {
  const lexicon = new Map<string, Map<string, number>>();
  const known = new Set<string>();
  const spoken = new Set<string>();
  for (const { simplified, english } of entries) {
    const inPlan = planText.includes(simplified);
    for (const sense of english.split('/')) {
      const senseWords = englishWords(sense);
      if (!senseWords.length || senseWords.length > 4) continue; // long glosses are explanations, not translations
      for (const w of senseWords) (inPlan ? spoken : known).add(stem(w));
      if (simplified.length < 2 || !inPlan) continue;
      for (const key of keysOf(sense)) {
        const terms = lexicon.get(key) ?? new Map<string, number>();
        terms.set(simplified, Math.min(terms.get(simplified) ?? Infinity, senseWords.length));
        lexicon.set(key, terms);
      }
    }
  }
  const out: Lexicon = {};
  for (const [key, terms] of lexicon) {
    out[key] = [...terms].sort((a, b) => a[1] - b[1] || b[0].length - a[0].length).slice(0, maxTermsPerKey).map(([t]) => t);
  }
  for (const w of known) if (!spoken.has(w) && !(w in out)) out[w] = [];
  return out;
}

/** A key's terms; own keys only, so "constructor" is not looked up on Object.prototype. */
const termsFor = (lexicon: Lexicon, key: string): string[] | undefined => (Object.hasOwn(lexicon, key) ? lexicon[key] : undefined);

/**
 * English words of the question that the dictionary knows but the plan never speaks of (their lexicon
 * entry is empty): a question about them is one the plan does not cover.
 */
export function unspokenEnglishWords(question: string, lexicon: Lexicon): string[] {
  return [...new Set(englishWords(question))].filter((w) => w.length > 2 && termsFor(lexicon, stem(w))?.length === 0);
}

/** A plan term standing in for English words, weighted by how direct a translation it is. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * Plan terms for an English question: phrase matches first, then single words. Each English word or
 * phrase carries weight 1 in all, shared among its translations, so a word with eight loose
 * translations does not outweigh a word with one exact one.
 */
export function translateQuery(question: string, lexicon: Lexicon): WeightedTerm[] {
  const ws = englishWords(question).map(stem);
  const weights = new Map<string, number>();
  const add = (terms: string[]) => {
    for (const t of terms) weights.set(t, Math.max(weights.get(t) ?? 0, 1 / terms.length));
  };
  const covered = new Set<number>();
  for (let i = 0; i + 1 < ws.length; i++) {
    const hit = termsFor(lexicon, `${ws[i]} ${ws[i + 1]}`);
    if (hit) {
      add(hit);
      covered.add(i).add(i + 1);
    }
  }
  ws.forEach((w, i) => {
    if (!covered.has(i)) add(termsFor(lexicon, w) ?? []);
  });
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

export const isMostlyLatin = (text: string) => {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return latin > 3 * han;
};
