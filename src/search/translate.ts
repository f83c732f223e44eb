// English questions against the Chinese plan: a reverse CC-CEDICT lexicon, restricted at build time
// to Chinese words that occur in the plan, maps English words and phrases to plan terms.

export interface DictionaryEntry {
  simplified: string;
  english: string;
}

/** English key (a word or a short phrase, lower case) → plan terms. */
export type Lexicon = Record<string, string[]>;

const EN_STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'by', 'with', 'as', 'at', 'from',
  'sb', 'sth', 'one', "one's", 'etc', 'used', 'esp', 'also', 'abbr', 'variant', 'see', 'old', 'what', 'which', 'how',
  'does', 'do', 'will', 'must', 'plan', 'city', 'ji', "ji'an", 'aim', 'reach', 'share', 'keep', 'that', 'this', 'its',
]);

/** Lower-case English words; hyphenated compounds count as their parts ("sea-rail" → sea, rail). */
const englishWords = (text: string) =>
  (text.toLowerCase().match(/[a-z][a-z']*/g) ?? []).map((w) => w.replace(/'s$/, '')).filter((w) => !EN_STOP.has(w));

/** Light stemming so "buildings" meets "building", "steadily" meets "steady", "running" meets "run". */
export function stem(word: string): string {
  return word
    .replace(/(?<=[a-z]{3})ily$/, 'y')
    .replace(/(?<=[a-z]{4})ly$/, '')
    .replace(/ies$/, 'y')
    .replace(/(?<=[a-z]{3})(es|s)$/, '')
    .replace(/(?<=[a-z]{3})(ing|ed)$/, '')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

function keysOf(gloss: string): string[] {
  const ws = englishWords(gloss.replace(/\([^)]*\)/g, ' ')).map(stem);
  const keys = new Set(ws);
  for (let i = 0; i + 1 < ws.length; i++) keys.add(`${ws[i]} ${ws[i + 1]}`);
  return [...keys];
}

/**
 * Reverse lexicon over dictionary entries whose headword (2+ characters) occurs in the plan. Per key,
 * the terms whose gloss is shortest (the most direct translations) come first; at most maxTermsPerKey.
 */
export function buildLexicon(entries: Iterable<DictionaryEntry>, planText: string, maxTermsPerKey = 8): Lexicon {
  const lexicon = new Map<string, Map<string, number>>();
  for (const { simplified, english } of entries) {
    if (simplified.length < 2 || !planText.includes(simplified)) continue;
    for (const sense of english.split('/')) {
      const senseWords = englishWords(sense);
      if (!senseWords.length || senseWords.length > 4) continue; // long glosses are explanations, not translations
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
  return out;
}

/** Plan terms for an English question: phrase matches first, then single words. */
export function translateQuery(question: string, lexicon: Lexicon): string[] {
  const ws = englishWords(question).map(stem);
  const terms: string[] = [];
  const covered = new Set<number>();
  for (let i = 0; i + 1 < ws.length; i++) {
    const hit = lexicon[`${ws[i]} ${ws[i + 1]}`];
    if (hit) {
      terms.push(...hit);
      covered.add(i).add(i + 1);
    }
  }
  ws.forEach((w, i) => {
    if (!covered.has(i)) terms.push(...(lexicon[w] ?? []));
  });
  return [...new Set(terms)];
}

export const isMostlyLatin = (text: string) => {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return latin > 3 * han;
};

/**
 * Names of cities, provinces and counties that the plan never mentions in that form (e.g. 南昌市):
 * a question about one of them is about somewhere else, and the plan does not cover it.
 */
export function foreignPlaceNames(entries: Iterable<DictionaryEntry>, planText: string): string[] {
  const names = new Set<string>();
  for (const { simplified, english } of entries) {
    if (!/^\p{Script=Han}{2,6}$/u.test(simplified)) continue;
    const forms: string[] = [];
    if (/[市省县]$/.test(simplified)) forms.push(simplified);
    const city = /prefecture-level city|subprovincial city|municipality/i.test(english);
    if (city && !simplified.endsWith('市')) forms.push(`${simplified}市`);
    if (/^[A-Z][a-z]+ province/.test(english) && !simplified.endsWith('省')) forms.push(`${simplified}省`);
    for (const f of forms) if (!planText.includes(f)) names.add(f);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

export function mentionedForeignPlace(question: string, places: readonly string[]): string | null {
  return places.find((p) => question.includes(p)) ?? null;
}
