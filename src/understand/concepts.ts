// A question's concepts: its content words (what it asks about, not how it asks), found by jieba's
// parts of speech, each with the forms it may take in the plan (itself, the terms bridged from it). Pure.
import { isEnglishQuestionWord, isQuestionWord, isStopWord } from '../search/stop-words.js';
import { taggedWords } from '../search/tokenize.js';
import { englishWords } from './english.js';
import type { Bridge, Language } from './types.js';

/** Whether words were said in a stretch of text, whatever their case and the marks between them (R&D, r d). */
export const saidIn = (text: string, said: string): boolean => {
  const bare = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return bare(text).includes(bare(said));
};

/**
 * A content word of the question (what it asks about, not how it asks) with the plan terms it may
 * appear as: itself and the terms bridged from it. The judge checks which of these a passage covers.
 */
export interface Concept {
  word: string;
  /** How much the word says about the topic: nouns 1, verbs and the rest less (see CONCEPT_TAGS). */
  weight: number;
  /** The word itself (when the plan uses it) and the plan terms bridged from it. */
  forms: string[];
  inFocus: boolean;
  /** The word or one of its bridged terms occurs in the plan. */
  inPlan: boolean;
  /**
   * The plan has not the word itself but only what a part of it names (核电站 through 电站, 高尔夫球场
   * through 球场): a broader thing, not this one.
   */
  broader: boolean;
  /**
   * An English phrase the thesaurus's glossary names (urbanization rate, labor productivity): a plan
   * term by a curated translation, not a dictionary's loose glosses.
   */
  curated?: boolean;
}

/**
 * Parts of speech that name a topic, with how much they count: nouns fully, verbs (通车, 整治) and
 * adjectives less; numerals, pronouns, adverbs, particles and the like not at all. Unknown words (x)
 * count only from three characters (能烧 and 要种 are segmentation leftovers; 铁海联运 is not).
 */
export const CONCEPT_TAGS: Record<string, number> = {
  n: 1, nr: 1, ns: 1, nt: 1, nz: 1, ng: 1, nrt: 1, nrfg: 1, vn: 1, eng: 1, j: 1, l: 0.8, i: 0.8, an: 0.8,
  v: 0.6, vd: 0.6, a: 0.5, x: 0.8,
};

export const isContentWord = (w: string, tag: string) =>
  (/^\p{Script=Han}{2,}$/u.test(w) || /^[a-z0-9.]{2,}$/i.test(w)) && !isStopWord(w) && !isQuestionWord(w)
  && CONCEPT_TAGS[tag] !== undefined && (tag !== 'x' || w.length >= 3 || !/^\p{Script=Han}+$/u.test(w));

/**
 * A Chinese question's content words with their weights: everyday words the thesaurus knows come
 * first, whole, since jieba splits some (雾霾 → 雾 霾) — unless jieba reads one as part of a longer word
 * (电站 in 核电站, a different thing); then jieba's content words.
 */
function zhWords(text: string, bridges: Bridge[]): [string, number][] {
  const tagged = taggedWords(text);
  const everyday = bridges.filter((b) => b.source === 'thesaurus' && /^\p{Script=Han}{2,}$/u.test(b.said)
    && !tagged.some((t) => t.word.length > b.said.length && t.word.includes(b.said)));
  return [
    ...everyday.map((b): [string, number] => [b.said, 1]),
    ...tagged.filter((t) => isContentWord(t.word, t.tag)).map((t): [string, number] => [t.word, CONCEPT_TAGS[t.tag] ?? 1]),
  ];
}

/** The question's content words, each with the plan terms it may appear as. */
export function conceptsOf(text: string, focus: string, language: Language, bridges: Bridge[], inPlan: (t: string) => boolean): Concept[] {
  const words: [string, number][] = language === 'en'
    ? [...bridges.filter((b) => b.source !== 'thesaurus').map((b) => b.said), ...englishWords(text)]
      .filter((w) => w.length > 2 && !isEnglishQuestionWord(w)).map((w) => [w, 1])
    : zhWords(text, bridges);
  const out = new Map<string, Concept>();
  for (const [word, weight] of words) {
    if (out.has(word) || [...out.keys()].some((k) => k.includes(word))) continue;
    // Bridges are found in lower-cased text (pm2.5); the word keeps the question's case (PM2.5).
    const said = (b: Bridge) => b.said.toLowerCase();
    const lower = word.toLowerCase();
    const whole = bridges.filter((b) => said(b).includes(lower));
    const part = bridges.filter((b) => !said(b).includes(lower) && lower.includes(said(b)));
    const forms = [...new Set([...(inPlan(word) ? [word] : []), ...[...whole, ...part].flatMap((b) => b.terms)])];
    const broader = !inPlan(word) && !whole.length && part.length > 0;
    const curated = language === 'en' && bridges.some((b) => b.source === 'glossary' && said(b) === lower);
    out.set(word, { word, weight, forms, inFocus: saidIn(focus, word), inPlan: forms.some(inPlan), broader, ...(curated ? { curated } : {}) });
  }
  return [...out.values()];
}
