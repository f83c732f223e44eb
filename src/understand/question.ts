// src/understand/ — owns understanding a question, once: the text in Simplified script, its language,
// its content words, the plan terms those words stand for (thesaurus, English glossary, dictionary),
// the places it names, and whether it asks for a figure. Everything downstream reads ParsedQuestion;
// nothing re-derives it. Pure: the vocabularies come in as data.
import * as OpenCC from 'opencc-js';
import { queryTermWeights } from '../search/tokenize.js';
import { cleanQuestion, type QuestionProblem } from './clean.js';
import { englishWords, isMostlyLatin, translateEnglish, type EnglishMatch, type Glossary, type Lexicon, type WeightedTerm } from './english.js';
import { figureAsked, type FigureAsk } from './figure.js';
import { placeOutsidePlan, type PlaceNames } from './places.js';
import { everydayExpansions, type Thesaurus } from './thesaurus.js';

export interface QuestionVocabulary {
  thesaurus: Thesaurus;
  glossary: Glossary;
  lexicon: Lexicon;
  places: PlaceNames;
  /** Whether a piece of text occurs in the plan (whitespace ignored). */
  inPlan: (text: string) => boolean;
}

export type Language = 'zh' | 'en' | 'mixed';

/** Words of the question and the plan terms they stand for. */
export interface Bridge {
  said: string;
  terms: string[];
  source: 'thesaurus' | EnglishMatch['source'];
}

export interface ParsedQuestion {
  /** The question as shown back: cleaned, in Simplified script. */
  text: string;
  /** True when Traditional characters were converted. */
  converted: boolean;
  language: Language;
  problem?: QuestionProblem;
  notices: string[];
  /** Query tokens (words and Han bigrams, stop words out) with weights: own words 1, bridged terms less. */
  weights: Map<string, number>;
  /** Plan terms added through bridges, weighted (they also count in `weights`). */
  extraTerms: WeightedTerm[];
  bridges: Bridge[];
  /** The text the embedding model reads: the question, plus the plan terms of English words. */
  denseText: string;
  /** A place outside Ji'an the plan cannot answer for (see places.ts), and whether the plan names it. */
  placeElsewhere: { name: string; inPlan: boolean } | null;
  figure: FigureAsk | null;
  /** English content words no source could translate. */
  untranslated: string[];
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** How much a thesaurus term counts next to the question's own words. */
export const THESAURUS_WEIGHT = 0.6;
/** Dictionary translations with at most this many candidates reach the embedding text. */
const DENSE_MAX_CANDIDATES = 5;

function languageOf(text: string): Language {
  if (isMostlyLatin(text)) return 'en';
  return /[A-Za-z]{3,}/.test(text.replace(/\b(GDP|PM|LED|AMOLED|UPS|CE|UL|5G|VOCs?)\b/gi, '')) ? 'mixed' : 'zh';
}

function bridgesOf(text: string, language: Language, vocab: QuestionVocabulary): { bridges: Bridge[]; untranslated: string[] } {
  const bridges: Bridge[] = everydayExpansions(text, vocab.thesaurus).map((e) => ({ said: e.said, terms: e.plan, source: 'thesaurus' as const }));
  if (language === 'zh') return { bridges, untranslated: [] };
  const english = translateEnglish(text, vocab.lexicon, vocab.glossary);
  const said = new Set(english.flatMap((m) => m.said.split(' ')));
  const untranslated = englishWords(text).filter((w) => w.length > 2 && !said.has(w) && !FUNCTION_WORDS.has(w));
  return { bridges: [...bridges, ...english], untranslated: [...new Set(untranslated)] };
}

/** English words that frame a question rather than name its topic (beyond englishWords' stop list). */
const FUNCTION_WORDS = new Set([
  'jian', 'say', 'says', 'want', 'wants', 'there', 'any', 'anything', 'about', 'can', 'could', 'would', 'should', 'has', 'have',
  'our', 'we', 'you', 'your', 'they', 'their', 'these', 'those', 'under', 'much', 'many', 'aims', 'target', 'planned', 'planning',
  'expected', 'expect', 'new', 'more', 'like', 'such', 'than', 'into', 'get', 'make', 'made', 'year', 'years', 'every', 'each',
  'per', 'not', 'did', 'was', 'were', 'been', 'when', 'who', 'why', 'where', 'whether', 'there', 'some', 'all',
]);

/** Plan terms and their weights: thesaurus terms THESAURUS_WEIGHT; English as translateQuery weighs them. */
function extraTermsOf(bridges: Bridge[]): WeightedTerm[] {
  const weights = new Map<string, number>();
  for (const b of bridges) {
    const w = b.source === 'thesaurus' ? THESAURUS_WEIGHT : b.source === 'glossary' ? 1 : 1 / b.terms.length;
    for (const t of b.terms) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

function denseTextOf(text: string, language: Language, bridges: Bridge[]): string {
  if (language === 'zh') return text;
  const direct = bridges.filter((b) => b.source !== 'thesaurus' && b.terms.length <= DENSE_MAX_CANDIDATES).flatMap((b) => b.terms);
  return direct.length ? `${text} ${[...new Set(direct)].join(' ')}` : text;
}

export function understand(raw: string, vocab: QuestionVocabulary): ParsedQuestion {
  const clean = cleanQuestion(raw);
  const text = toSimplified(clean.text);
  const language = languageOf(text);
  const base = { text, converted: text !== clean.text, language, notices: clean.notices, figure: null, placeElsewhere: null };
  if (clean.problem) {
    return { ...base, problem: clean.problem, weights: new Map(), extraTerms: [], bridges: [], denseText: text, untranslated: [] };
  }
  const { bridges, untranslated } = bridgesOf(text, language, vocab);
  const extraTerms = extraTermsOf(bridges);
  const place = placeOutsidePlan(text, vocab.places, vocab.inPlan);
  return {
    ...base,
    weights: queryTermWeights(text, extraTerms),
    extraTerms,
    bridges,
    denseText: denseTextOf(text, language, bridges),
    placeElsewhere: place ? { name: place, inPlan: vocab.inPlan(place) } : null,
    figure: figureAsked(text),
    untranslated,
  };
}
