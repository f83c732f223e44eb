// src/understand/ — owns understanding a question, once: the text in Simplified script, its language,
// its content words, the plan terms those words stand for (thesaurus, English glossary, dictionary),
// the places it names, and whether it asks for a figure. Everything downstream reads ParsedQuestion;
// nothing re-derives it. Pure: the vocabularies come in as data.
import { isEnglishQuestionWord, isStopWord } from '../search/stop-words.js';
import { queryTermWeights, queryTokens, segments } from '../search/tokenize.js';
import { textTools } from '../search/text-tools.js';
import { cleanQuestion, type QuestionProblem } from './clean.js';
import { conceptsOf, saidIn, type Concept } from './concepts.js';
import { focusOf, askingClauses } from './focus.js';
import { englishWords, translateEnglish, type Glossary, type Lexicon, type WeightedTerm } from './english.js';
import { asksAboutPast, figureAsked, periodOutside, yearNamed, yearsNamed } from './figure.js';
import { yearForms, type FigureAsk } from '../plan/facts.js';
import { writtenInLatin } from './script.js';
import { placeAlongside, placeOutsidePlan, withOwnCityNamedOnce, withOwnNames, type PlaceNames } from './places.js';
import { asksNow, asksPriceNow, asksProcedure } from './procedure.js';
import { formOf, type Form } from './form.js';
import { everydayExpansions, type Thesaurus } from './thesaurus.js';
import type { Bridge, Language } from './types.js';

export interface QuestionVocabulary {
  thesaurus: Thesaurus;
  glossary: Glossary;
  lexicon: Lexicon;
  places: PlaceNames;
  /** Whether a piece of text occurs in the plan (whitespace ignored). */
  inPlan: (text: string) => boolean;
}

export type { Bridge, Language } from './types.js';

export type { Concept } from './concepts.js';
export { askingClauses, focusOf } from './focus.js';

export interface ParsedQuestion {
  /** The question as shown back: cleaned, in Simplified script. */
  text: string;
  /** A question to answer, or a claim to check against the plan (see form.ts). */
  form: Form;
  /** True when Traditional characters were converted. */
  converted: boolean;
  language: Language;
  problem?: QuestionProblem;
  notices: string[];
  /** Query tokens (words and Han bigrams, stop words out) with weights: own words 1, bridged terms less. */
  weights: Map<string, number>;
  /** Plan terms added through bridges, weighted (they also count in `weights`). */
  extraTerms: WeightedTerm[];
  /**
   * The tokens only bridged terms reach, each with its term's weight shared among the term's tokens
   * (the highest over terms): for choosing quotes, a plan term counts as one word, not as its bigrams.
   */
  termShares: Map<string, number>;
  bridges: Bridge[];
  /** The clause that asks ("这五年经济一年打算涨几个点？"), without the context before it. */
  focus: string;
  /** Plan terms the asking clause names: its own words and its bridged terms (for indicator names). */
  namedTerms: string[];
  concepts: Concept[];
  /** What the embedding model reads (see denseTextsOf): one or two texts whose vectors are averaged. */
  denseTexts: string[];
  /** A place outside Ji'an the plan cannot answer for (see places.ts), and whether the plan names it. */
  placeElsewhere: { name: string; inPlan: boolean } | null;
  /** Another place named with its own affairs beside Ji'an (赣州十四五定的GDP比吉安高): see placeAlongside. */
  placeAlongside: string | null;
  figure: FigureAsk | null;
  /** A year the question names, or null. */
  year: number | null;
  /** The question asks about the previous plan's period (see asksAboutPast). */
  asksPast: boolean;
  /** English content words no source could translate. */
  untranslated: string[];
  /** It asks how to get something done as one person: papers, sign-up, a fine, a shop (see procedure.ts). */
  asksProcedure: boolean;
  /** It asks what is going on now: weather, today, this week (see procedure.ts). */
  asksNow: boolean;
  /** It asks about a time the plan gives nothing for: 十二五, 十五五, 2010, 2040 (see periodOutside). */
  periodOutside: boolean;
}

/** How much a thesaurus term counts next to the question's own words. */
export const THESAURUS_WEIGHT = 0.3;
/** How much words of the context before the asking clause count ("刚从广东回吉安找工作，…"). */
export const CONTEXT_WEIGHT = 0.5;

/** Dictionary translations with at most this many candidates reach the embedding text. */
const DENSE_MAX_CANDIDATES = 5;

function languageOf(text: string): Language {
  if (writtenInLatin(text)) return 'en';
  return /[A-Za-z]{3,}/.test(text.replace(/\b(GDP|PM|LED|AMOLED|UPS|CE|UL|5G|VOCs?)(?![A-Za-z])/gi, '')) ? 'mixed' : 'zh';
}

function bridgesOf(text: string, focus: string, language: Language, vocab: QuestionVocabulary): { bridges: Bridge[]; untranslated: string[] } {
  const inFocus = (said: string) => saidIn(focus, said);
  const bridges: Bridge[] = everydayExpansions(text, vocab.thesaurus)
    .map((e) => ({ said: e.said, terms: e.plan, source: 'thesaurus' as const, inFocus: inFocus(e.said) }));
  if (language === 'zh') return { bridges, untranslated: [] };
  const english = translateEnglish(text, vocab.lexicon, vocab.glossary).map((m) => ({ ...m, inFocus: inFocus(m.said) }));
  const said = new Set(english.flatMap((m) => m.said.split(' ')));
  const untranslated = englishWords(text).filter((w) => w.length > 2 && !said.has(w) && !isEnglishQuestionWord(w));
  return { bridges: [...bridges, ...english], untranslated: [...new Set(untranslated)] };
}

/**
 * Plan terms and their weights: thesaurus terms THESAURUS_WEIGHT; glossary terms 1; a dictionary word's
 * terms share 1 among them; bridged from the context rather than the asking clause, times CONTEXT_WEIGHT.
 */
function extraTermsOf(bridges: Bridge[]): WeightedTerm[] {
  const weights = new Map<string, number>();
  for (const b of bridges) {
    const w = (b.source === 'thesaurus' ? THESAURUS_WEIGHT : b.source === 'glossary' ? 1 : 1 / b.terms.length) * (b.inFocus ? 1 : CONTEXT_WEIGHT);
    for (const t of b.terms) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/**
 * The question's tokens, once: their weights (the asking clause's own tokens 1, the context's
 * CONTEXT_WEIGHT, bridged terms theirs) and the shares of the tokens only bridged terms reach.
 */
function tokenWeights(text: string, focus: string, extraTerms: WeightedTerm[]): Pick<ParsedQuestion, 'weights' | 'termShares'> {
  const own = queryTermWeights(text);
  const asked = queryTermWeights(focus);
  const weights = new Map([...own].map(([t]) => [t, asked.has(t) ? 1 : CONTEXT_WEIGHT]));
  const termShares = new Map<string, number>();
  for (const { term, weight } of extraTerms) {
    const tokens = queryTokens(term);
    for (const t of tokens) {
      weights.set(t, Math.max(weights.get(t) ?? 0, weight));
      if (!own.has(t)) termShares.set(t, Math.max(termShares.get(t) ?? 0, weight / tokens.length));
    }
  }
  return { weights, termShares };
}

/** The asking clause's words (2+ characters) and the plan terms bridged from it. */
function namedTermsOf(focus: string, bridges: Bridge[]): string[] {
  const own = segments(focus).filter((s) => s.isWordLike && s.segment.length >= 2 && !isStopWord(s.segment)).map((s) => s.segment);
  return [...new Set([...own, ...bridges.filter((b) => b.inFocus).flatMap((b) => b.terms)])];
}

/**
 * Courtesies around a question: greetings, 请问 and 麻烦问一下, thanks, "please", "could you tell me".
 * They say how politely something is asked, not what: the embedding, the concepts and the question
 * priors read the question without them (您好 had been a concept the plan never uses).
 */
const COURTESY = new RegExp([
  '(?:您好|你好|哈喽|嗨)[，,！!。~～]?',
  '(?:打扰(?:一下|了|您了?)?|劳驾|借问|麻烦(?:您|你)?(?:帮(?:我|忙)?)?(?:问|查|看|说|讲)(?:一下|下)?|麻烦(?:您|你)(?:帮(?:我|忙)?)?|麻烦帮(?:我|忙)?|请教(?:一下|下)?|请问(?:一下|下)?|(?:我)?想(?:问|了解|请教)(?:一下|下)?|问(?:一下|下))[，,：:]?',
  '[，,。.！!]?(?:谢谢(?:您|你|啦|了)?|多谢|感谢|先谢了|thx)[！!。.~～]*$',
  String.raw`^\s*(?:hi|hello|hey|dear \w+)\b[,!.]?`,
  String.raw`\b(?:excuse me|sorry to bother you)\b[,!.]?`,
  String.raw`\b(?:please|kindly)\b[,]?`,
  String.raw`\b(?:could|can|would) you (?:please )?(?:tell|let) me(?: know)?\b`,
  String.raw`\bwould you mind telling me\b`,
  String.raw`\bi(?:'d| would) like to know\b`,
  String.raw`[,.!]?\s*\b(?:thanks(?: a lot| in advance)?|thank you(?: very much)?)\b[.!]*\s*$`,
].join('|'), 'gi');

/** The question without its courtesies (see COURTESY); the question itself when nothing else is left. */
export function withoutCourtesy(text: string): string {
  const plain = text.replace(COURTESY, ' ').replace(/\s+/g, ' ').trim();
  return /[\p{Script=Han}A-Za-z0-9]/u.test(plain) ? plain : text;
}

/**
 * What is asked, as everything after understanding reads it: without the courtesies around it, and the
 * city named one way (see withOwnCityNamedOnce): 请问我们市… reads as 吉安….
 */
export const askedText = (text: string): string => withOwnCityNamedOnce(withoutCourtesy(text));

/**
 * Tone particles that may close a spoken question (…呢？, …啊, …吧): how it is said, not what. Not the
 * 吧 of a bar (网吧, 酒吧, 书吧, 氧吧).
 */
const TONE = /[呢啊呀吧嘛哦噢啦哈呗咯嘞哇]/u;
const BAR = /[网酒书氧陶迪水]/u;
const CLOSING_MARK = /[\s？?。.！!~～…,，、;；:：]/u;

/** Where the run of characters passing `test` that ends `text` begins (read back from the end: no pattern scans it from each start). */
function runStart(text: string, end: number, test: (c: string, before: string) => boolean): number {
  let i = end;
  while (i > 0 && test(text[i - 1]!, text[i - 2] ?? '')) i--;
  return i;
}

/** The marks and spaces that close a text. */
const closingMarks = (text: string): string => text.slice(runStart(text, text.length, (c) => CLOSING_MARK.test(c)));

/** A question without the tone particle that closes it, its closing marks kept: …建好呢？ → …建好？. */
export function withoutClosingTone(text: string): string {
  const closing = closingMarks(text);
  const end = text.length - closing.length;
  const bare = text.slice(0, runStart(text, end, (c, before) => TONE.test(c) && !(c === '吧' && BAR.test(before)))).trimEnd();
  return /[\p{Script=Han}A-Za-z0-9]/u.test(bare) ? `${bare}${closing}` : text;
}

/**
 * What the embedding model reads, one vector each, averaged. A Chinese question as typed. An English
 * one as typed and, apart, as the plan terms its words translate to (the glossary's, and the
 * dictionary's when there are few): the Chinese model matches Chinese far better than English (tuning
 * half, English questions: hit@1 55.6 %, hit@5 84.4 % with both views, 53.3 / 82.2 with the terms
 * appended to the English). A mixed question as typed plus those terms (and the thesaurus's for its
 * Latin words: PM2.5 → 细颗粒物).
 */
function denseTextsOf(asked: string, language: Language, bridges: Bridge[]): string[] {
  const text = withoutCourtesy(asked);
  const latin = (b: Bridge) => /^[a-z0-9 .'-]+$/i.test(b.said);
  if (language === 'zh') {
    const terms = [...new Set(bridges.filter((b) => b.source === 'thesaurus' && latin(b)).flatMap((b) => b.terms))];
    return [terms.length ? `${text} ${terms.join(' ')}` : text];
  }
  const direct = [...new Set(bridges
    .filter((b) => b.source === 'glossary' || (b.source === 'dictionary' && b.terms.length <= DENSE_MAX_CANDIDATES)
      || (b.source === 'thesaurus' && latin(b)))
    .flatMap((b) => b.terms))];
  if (!direct.length) return [text];
  return language === 'en' ? [text, direct.join(' ')] : [`${text} ${direct.join(' ')}`];
}

/**
 * The figure asked for, with the year it is asked for when the question names one year: one naming
 * two (over 2021–2025, 2020 against 2025) asks about a period, which no single year's cell answers.
 */
function figureFor(asking: string, text: string, year: number | null): FigureAsk | null {
  const ask = figureAsked(asking);
  return ask && year && new Set(yearsNamed(text)).size <= 1 ? { ...ask, year } : ask;
}

export function understand(raw: string, vocab: QuestionVocabulary): ParsedQuestion {
  const clean = cleanQuestion(raw);
  const simplified = textTools().toSimplified(clean.text);
  const { text, replaced } = withOwnNames(simplified, vocab.places);
  const language = languageOf(text);
  const notices = [...clean.notices, ...replaced.map(([alike, name]) => `“${alike}”按同音的“${name}”理解。`)];
  const base = { text, form: formOf(text), converted: simplified !== clean.text, language, notices, figure: null, year: null, asksPast: false, placeElsewhere: null, placeAlongside: null };
  if (clean.problem) {
    return { ...base, problem: clean.problem, weights: new Map(), termShares: new Map(), extraTerms: [], bridges: [], focus: text, namedTerms: [], concepts: [], denseTexts: [text], untranslated: [], asksProcedure: false, asksNow: false, periodOutside: false };
  }
  // What is asked is read without the courtesies around it (see withoutCourtesy): 请问南昌地铁… opens
  // with another city as 南昌地铁… does, and 你好，…？谢谢！ has the same asking clause as the bare question.
  // A question is read without the tone particle that closes it (…建好呢？ as …建好？: jieba had read
  // 建好 as a word only before 呢).
  const plain = base.form === 'question' ? withoutClosingTone(askedText(text)) : askedText(text);
  const focus = focusOf(plain);
  const { bridges, untranslated } = bridgesOf(plain, focus, language, vocab);
  const extraTerms = extraTermsOf(bridges);
  // Only the asking clause counts: 刚从广东回吉安找工作 is context, 长沙到2025年地铁… is the question.
  const place = placeOutsidePlan(focus, vocab.places, vocab.inPlan);
  const year = yearNamed(plain);
  const asking = askingClauses(plain).join('');
  const figure = figureFor(asking, plain, year);
  return {
    ...base,
    ...tokenWeights(plain, focus, extraTerms),
    extraTerms,
    bridges,
    focus,
    namedTerms: namedTermsOf(focus, bridges),
    concepts: conceptsOf(plain, focus, language, bridges, vocab.inPlan),
    denseTexts: denseTextsOf(plain, language, bridges),
    placeElsewhere: place ? { name: place, inPlan: vocab.inPlan(place) } : null,
    placeAlongside: place ? null : placeAlongside(plain, vocab.places),
    figure,
    year,
    asksPast: asksAboutPast(plain),
    untranslated,
    asksProcedure: asksProcedure(asking, plain),
    asksNow: asksNow(asking) || asksPriceNow(asking, figure),
    periodOutside: periodOutside(plain, (y) => yearForms(y).some(vocab.inPlan)),
  };
}
