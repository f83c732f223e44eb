// Near in meaning: a Chinese claim word the stating sentences do not show (孩子, where the plan writes
// 儿童 or 幼儿) counts as shown when a word of those sentences is close to it by the embedding model
// (WordCloseness, an adapter's port). Only for content words of the claim's subject — never figures,
// years, places, levels, commitments or rankings, which keep their strict checks — and never for a
// word the plan has only a broader thing for (核电站 through 电站), nor by a sibling kind (省级 for 市级).
// Pure but for the port it is given.
import { segments } from '../search/tokenize.js';
import type { ParsedQuestion } from '../understand/question.js';

/** Cosine closeness of a word to each of other words (−1…1), from an embedding model. */
export type WordCloseness = (word: string, others: readonly string[]) => Promise<number[]>;

/** The Han words of at least two characters of the texts, as the segmenter cuts them. */
export const hanWordsOf = (texts: readonly string[]): string[] =>
  [...new Set(texts.flatMap((t) => segments(t).map((s) => s.segment)).filter((w) => /^\p{Script=Han}{2,}$/u.test(w)))];

/**
 * Whether two words name sibling kinds of one thing: the same head (the last character) under another
 * modifier, neither inside the other (省级/市级, 水电/火电, 医院/卫生院, 图书馆/博物馆). The model puts
 * such words close, yet one never says the other.
 */
export const siblings = (a: string, b: string): boolean => a !== b && a.at(-1) === b.at(-1) && !a.includes(b) && !b.includes(a);

/**
 * The unverified words still unshown once words near in meaning count: a Chinese concept word of the
 * claim (not broader) is dropped when some Han word of the sentences, not a sibling kind, is at least
 * `threshold` close.
 */
export async function nearMeaning(unverified: readonly string[], asked: ParsedQuestion, sentences: readonly string[], closeness: WordCloseness, threshold: number): Promise<string[]> {
  const eligible = new Set(asked.concepts.filter((c) => !c.broader && /^\p{Script=Han}{2,}$/u.test(c.word)).map((c) => c.word));
  if (!unverified.some((w) => eligible.has(w))) return [...unverified];
  const words = hanWordsOf(sentences);
  if (!words.length) return [...unverified];
  const out: string[] = [];
  for (const w of unverified) {
    const others = words.filter((x) => !siblings(w, x));
    if (!eligible.has(w) || !others.length || Math.max(...(await closeness(w, others))) < threshold) out.push(w);
  }
  return out;
}
