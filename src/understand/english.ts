// English questions against the Chinese plan: a reverse CC-CEDICT lexicon, restricted at build time
// to Chinese words that occur in the plan, maps English words and phrases to plan terms.
import { isEnglishQuestionWord, isEnglishStopWord } from '../search/stop-words.js';
import { textTools } from '../search/text-tools.js';

export interface DictionaryEntry {
  simplified: string;
  english: string;
  /** With tone numbers, as CC-CEDICT writes it: "Tai4 he2 Xian4". */
  pinyin?: string;
}

/** English key (a word or a short phrase, lower case) → plan terms. */
export type Lexicon = Record<string, string[]>;

/**
 * British spellings as the dictionary (CC-CEDICT, American) writes them, so "kilometres", "programmes",
 * "labour" and "urbanisation" meet their glosses. Applied to questions, glosses and the glossary alike.
 */
const BRITISH: Readonly<Record<string, string>> = {
  programme: 'program', programmes: 'programs', tonne: 'ton', tonnes: 'tons', licence: 'license', licences: 'licenses',
  defence: 'defense', offence: 'offense', labour: 'labor', labourers: 'laborers', harbour: 'harbor', harbours: 'harbors',
  colour: 'color', colours: 'colors', neighbour: 'neighbor', neighbours: 'neighbors', neighbourhood: 'neighborhood',
  neighbourhoods: 'neighborhoods', favour: 'favor', favourable: 'favorable', behaviour: 'behavior', honour: 'honor',
  vigour: 'vigor', flavour: 'flavor', endeavour: 'endeavor', aluminium: 'aluminum', tyre: 'tire', tyres: 'tires',
  storey: 'story', storeys: 'stories', enrolment: 'enrollment', enrolments: 'enrollments', fulfil: 'fulfill', grey: 'gray',
  ageing: 'aging', sulphur: 'sulfur', catalogue: 'catalog', catalogues: 'catalogs', practise: 'practice', kerb: 'curb',
  analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing', paralysed: 'paralyzed', catalyse: 'catalyze',
};
/** -ise verbs and their -isation nouns (urbanise, organisation, utilised, fertiliser), by the letters before the ending. */
const BRITISH_ISE = /^([a-z]{2,}(?:al|ar|an|en|on|ic|it|im|om|or|gn|il|iv|ot|at|in|er|id|rd|rn|un|og|et|rg))is(e|ed|es|ing|er|ers|ation|ations)$/;
/** -ise words that are spelt so in American English too. */
const ISE_ALIKE = new Set(['promise', 'promised', 'promises', 'promising', 'compromise', 'compromised', 'compromises', 'treatise', 'treatises']);
/** Doubled l before an ending (travelled, modelling, refuelling). */
const BRITISH_LL = /^(travel|model|fuel|refuel|label|cancel|signal|channel|level|tunnel|counsel|total|dial|equal|marvel)l(ed|ing|er|ers)$/;

/**
 * "Five-year plan" and "FYP" as one word, FIVE_YEAR_PLAN: a frame like "plan" itself (the 14th
 * Five-Year Plan is this plan), except where an ordinal names another one (13th five-year plan, a
 * glossary phrase). Without it "five" was read as a topic.
 */
export const FIVE_YEAR_PLAN = 'fiveyearplan';
const FIVE_YEAR_PLAN_SAID = /\bfive[\s-]+years?[\s-]+plans?\b|\bfyps?\b/g;

/** A word spelt as the dictionary spells it (see BRITISH). */
export function americanSpelling(word: string): string {
  if (Object.hasOwn(BRITISH, word)) return BRITISH[word]!;
  if (ISE_ALIKE.has(word)) return word;
  const ise = BRITISH_ISE.exec(word);
  if (ise) return `${ise[1]}iz${ise[2]}`;
  const ll = BRITISH_LL.exec(word);
  if (ll) return `${ll[1]}${ll[2]}`;
  // metre, kilometres, centre, litre, fibre
  return word.length >= 5 ? word.replace(/([tb])re(s?)$/, '$1er$2') : word;
}

/**
 * Lower-case English words; hyphenated compounds count as their parts ("sea-rail" → sea, rail); an
 * ordinal keeps its number ("13th", so the 13th and the 14th Five-Year Plan stay apart); contractions
 * lose their ending (I'm → i, we're → we); British spellings become American (see BRITISH); a
 * five-year plan is one word (see FIVE_YEAR_PLAN).
 */
export const englishWords = (text: string) =>
  (text.toLowerCase().replace(/[’‘]/g, "'").replace(FIVE_YEAR_PLAN_SAID, ` ${FIVE_YEAR_PLAN} `).match(/[0-9]+(?:st|nd|rd|th)\b|[a-z][a-z']*/g) ?? [])
    .map((w) => americanSpelling(w.replace(/'s$/, '').replace(/n't$/, '').replace(/'(?:m|re|d|ve|ll)$/, '').replace(/'+$/, '')))
    .filter((w) => w && !isEnglishStopWord(w));

/** Porter stemming (the `stemmer` package, through the text-tools port), so "buildings" meets "building" and "routes" meets "route". */
export const stem = (word: string): string => textTools().stem(word);

function keysOf(gloss: string): string[] {
  const ws = englishWords(gloss.replace(/\([^)]*\)/g, ' ')).map(stem);
  const keys = new Set(ws);
  for (let i = 0; i + 1 < ws.length; i++) keys.add(`${ws[i]} ${ws[i + 1]}`);
  return [...keys];
}

/**
 * Reverse lexicon over dictionary entries whose headword (2+ characters) occurs in the plan. Per key,
 * the terms whose gloss is shortest (the most direct translations) come first, of those the ones the
 * plan uses most; at most maxTermsPerKey.
 * An English word the dictionary knows but none of whose translations (single characters included)
 * occur in the plan maps to [] — the plan does not speak of it (e.g. "olympic", "dog").
 */
export function buildLexicon(entries: Iterable<DictionaryEntry>, planText: string, maxTermsPerKey = 8): Lexicon {
  const lexicon = new Map<string, Map<string, number>>();
  const known = new Set<string>();
  const spoken = new Set<string>();
  const compounds = new Set<string>();
  for (const { simplified, english } of entries) {
    const inPlan = planText.includes(simplified);
    // Senses are parted by "/" and by ";" ("to build; to construct"); a parenthesis only explains ("base (of operations…)").
    for (const sense of english.split(/[/;]/)) {
      const senseWords = englishWords(sense.replace(/\([^)]*\)/g, ' '));
      if (!senseWords.length || senseWords.length > 4) continue; // long glosses are explanations, not translations
      for (const w of senseWords) (inPlan ? spoken : known).add(stem(w));
      if (!inPlan && simplified.length >= 2 && senseWords.length === 2) compounds.add(senseWords.map(stem).join(' '));
      if (simplified.length < 2 || !inPlan) continue;
      for (const key of keysOf(sense)) {
        const terms = lexicon.get(key) ?? new Map<string, number>();
        terms.set(simplified, Math.min(terms.get(simplified) ?? Infinity, senseWords.length));
        lexicon.set(key, terms);
      }
    }
  }
  // Among equally direct translations, the plan's own commonest words first (build → 建设 before 房屋),
  // then the longer: the plan says 建设 and 基地 hundreds of times, and a quote must name what was asked.
  const counts = new Map<string, number>();
  const uses = (term: string) => {
    let n = counts.get(term);
    if (n === undefined) {
      n = 0;
      for (let at = planText.indexOf(term); at >= 0; at = planText.indexOf(term, at + term.length)) n++;
      counts.set(term, n);
    }
    return n;
  };
  const out: Lexicon = {};
  for (const [key, terms] of lexicon) {
    out[key] = [...terms].sort((a, b) => a[1] - b[1] || uses(b[0]) - uses(a[0]) || b[0].length - a[0].length).slice(0, maxTermsPerKey).map(([t]) => t);
  }
  for (const w of known) if (!spoken.has(w) && !(w in out)) out[w] = [];
  // Two words one Chinese word glosses whole (property tax 房产税) name one thing: when no word the
  // plan uses is glossed so, the plan does not speak of it, whatever its single words mean apart.
  for (const c of compounds) if (!Object.hasOwn(out, c)) out[c] = [];
  return out;
}

/** A key's terms; own keys only, so "constructor" is not looked up on Object.prototype. */
const termsFor = (lexicon: Lexicon, key: string): string[] | undefined => (Object.hasOwn(lexicon, key) ? lexicon[key] : undefined);

/** A plan term standing in for English words, weighted by how direct a translation it is. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** English words or a phrase of the question, and the plan terms they translate to. */
export interface EnglishMatch {
  said: string;
  terms: string[];
  /** glossary: the project's thesaurus (curated); dictionary: CC-CEDICT. */
  source: 'glossary' | 'dictionary';
}

/** Stemmed English phrase → plan terms, from the thesaurus's English column. */
export type Glossary = ReadonlyMap<string, string[]>;

export const stemPhrase = (phrase: string) => englishWords(phrase).map(stem).join(' ');

export function buildGlossary(english: ReadonlyMap<string, string[]>): Glossary {
  const glossary = new Map<string, string[]>();
  for (const [phrase, terms] of english) {
    const key = stemPhrase(phrase);
    if (key) glossary.set(key, [...new Set([...(glossary.get(key) ?? []), ...terms])]);
  }
  return glossary;
}

/** Derivational endings tried when a word itself has no plan translation (investors → invest). */
const DERIVED = /(?:or|er|ment|ation|ition|ist|al|ity|ive|ing|ship)$/;
const MAX_GLOSSARY_WORDS = 4;

/** A stemmed word's plan terms in the dictionary (a derived form's base when the word itself has none). */
export function dictionaryTerms(lexicon: Lexicon, stemmed: string): string[] | undefined {
  const own = termsFor(lexicon, stemmed);
  if (own?.length) return own;
  const base = stemmed.replace(DERIVED, '');
  const derived = base.length >= 4 && base !== stemmed ? termsFor(lexicon, stem(base)) ?? termsFor(lexicon, base) : undefined;
  return derived?.length ? derived : own;
}

/**
 * The English of a question mapped to plan terms: glossary phrases first (longest first), then
 * dictionary word pairs, then single words (a derived form's base when the word itself has none).
 * Words neither source knows are left out.
 */
export function translateEnglish(question: string, lexicon: Lexicon, glossary: Glossary = new Map()): EnglishMatch[] {
  const raw = englishWords(question);
  const ws = raw.map(stem);
  const covered = new Set<number>();
  const out: EnglishMatch[] = [];
  const take = (i: number, n: number, terms: string[], source: EnglishMatch['source']) => {
    out.push({ said: raw.slice(i, i + n).join(' '), terms, source });
    for (let k = i; k < i + n; k++) covered.add(k);
  };
  const free = (i: number, n: number) => Array.from({ length: n }, (_, k) => i + k).every((k) => !covered.has(k));
  // The dictionary is asked only about words that name a topic: "new", "want", "company" have
  // dozens of loose translations that would only add noise.
  const topical = (i: number) => !isEnglishQuestionWord(raw[i] ?? '');
  for (let n = Math.min(MAX_GLOSSARY_WORDS, ws.length); n >= 1; n--) {
    // Before the glossary's single words: a compound the plan never names ([]: see buildLexicon) is one
    // thing absent, not its words apart (property tax, whatever "property" and "tax" mean alone); left
    // out, as a word the plan never says is.
    if (n === 1) {
      for (let i = 0; i + 1 < ws.length; i++) {
        const terms = topical(i) && topical(i + 1) ? termsFor(lexicon, `${ws[i]} ${ws[i + 1]}`) : undefined;
        if (terms && !terms.length && free(i, 2)) covered.add(i).add(i + 1);
      }
    }
    for (let i = 0; i + n <= ws.length; i++) {
      const terms = glossary.get(ws.slice(i, i + n).join(' '));
      if (terms?.length && free(i, n)) take(i, n, terms, 'glossary');
    }
  }
  for (let i = 0; i + 1 < ws.length; i++) {
    const terms = topical(i) && topical(i + 1) ? termsFor(lexicon, `${ws[i]} ${ws[i + 1]}`) : undefined;
    if (terms?.length && free(i, 2)) take(i, 2, terms, 'dictionary');
  }
  ws.forEach((w, i) => {
    const terms = covered.has(i) || !topical(i) ? undefined : dictionaryTerms(lexicon, w);
    if (terms?.length) take(i, 1, terms, 'dictionary');
  });
  return out;
}

export const isMostlyLatin = (text: string) => {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return latin > 3 * han;
};
