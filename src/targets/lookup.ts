// Looking targets up by topic. A target is listed only when it is about the topic: the topic, or the
// plan's own term for an everyday word (GDP → 地区生产总值, 空气 → 空气质量; the thesaurus the answer
// path uses), occurs in what the target measures or quotes, or in the title of the 节/专栏 it sits in.
// Nothing clears that floor ("彩票") → no targets, and the caller says so. Among the relevant ones:
// the plan's most direct term first (居民人均可支配收入 before 收入), then the topic as the subject of
// the measure, in the measure, in the quote, in the title; BM25 and, when there is a model, the dense
// similarity of the target's passage break ties.
// This plan's (十四五) targets only; the 十三五 results when the topic says 十三五 or names a row.
import type { Chunk } from '../chunk/chunk.js';
import { squash } from '../plan/whitespace.js';
import type { LexicalIndexOf } from '../search/lexical.js';
import type { DenseSearch } from '../search/retrieve.js';
import { isQuestionWord, isStopWord, isTargetWord } from '../search/stop-words.js';
import { queryTermWeights, segments } from '../search/tokenize.js';
import { everydayExpansions, type Thesaurus } from '../understand/thesaurus.js';
import { statesTarget, type Target } from './extract.js';

export interface TargetFinder {
  find(topic: string, k?: number): Promise<Target[]>;
}

export interface TargetFinderInputs {
  targets: readonly Target[];
  chunks: readonly Chunk[];
  planText: string;
  dense: DenseSearch | null;
  thesaurus: Thesaurus;
  /** BM25 over the targets (src/adapters/minisearch-lexical.ts). */
  lexicalIndexOf: LexicalIndexOf;
}

export interface RankedTerm {
  /** Lower case, no spaces. */
  term: string;
  /** 0 the plan's most direct term for the word, 1 the word as typed, 2 other plan terms (see termsOf). */
  rank: number;
}

/** How closely a target is about a topic: lower is closer, rank before place. */
export interface Closeness {
  rank: number;
  place: number;
}

const closer = (a: Closeness, b: Closeness) => a.rank - b.rank || a.place - b.place;

/** A topic as the alternatives any of which a target must contain: per topic word, its plan terms. */
export interface TopicTerms {
  /** The topic's content words (framing and stop words dropped), each with the plan terms it stands for. */
  words: { said: string; terms: RankedTerm[] }[];
  /** The topic asks for the previous plan's results (十三五). */
  previousPlan: boolean;
}

const norm = (s: string) => squash(s).toLowerCase();
const isContent = (w: string) => !isStopWord(w) && !isQuestionWord(w) && !isTargetWord(w);

/** Adjacent segments joined while the joined phrase occurs in the plan: 地区|生产|总值 → 地区生产总值. */
function phrases(text: string, inPlan: (s: string) => boolean): string[] {
  const out: string[] = [];
  let last: { phrase: string; end: number } | null = null;
  for (const s of segments(text)) {
    if (!s.isWordLike || !isContent(s.segment.toLowerCase())) {
      last = null;
      continue;
    }
    const joined = last && last.end === s.index ? last.phrase + s.segment : null;
    if (joined && inPlan(norm(joined))) out[out.length - 1] = joined;
    else out.push(s.segment);
    last = { phrase: out[out.length - 1] ?? s.segment, end: s.index + s.segment.length };
  }
  return out;
}

/** A thesaurus row's plan terms without those another contains (收入 beside 居民人均可支配收入). */
const mostSpecific = (terms: string[]) => terms.filter((t) => !terms.some((u) => u !== t && u.includes(t)));

/** The thesaurus rows each word belongs to (as an everyday word, a plan term or English), built once per thesaurus. */
const rowIndexes = new WeakMap<Thesaurus, Map<string, Thesaurus['entries'][number][]>>();
function rowsByWord(thesaurus: Thesaurus) {
  let index = rowIndexes.get(thesaurus);
  if (!index) {
    index = new Map();
    for (const e of thesaurus.entries) {
      for (const x of new Set([...e.everyday, ...e.plan, ...e.english].map(norm))) index.set(x, [...(index.get(x) ?? []), e]);
    }
    rowIndexes.set(thesaurus, index);
  }
  return index;
}

/** Characters of a topic read at most: a topic is a few words (/targets takes no more). */
export const MAX_TOPIC_CHARS = 100;

/**
 * The plan terms a topic word stands for, ranked: 0 the first (most direct) plan term of a thesaurus
 * row the word belongs to (as an everyday word, a plan term or English), 1 the word as typed, 2 the
 * row's other plan terms. "收入" → 居民人均可支配收入 (0), 收入 (1); "GDP" → 地区生产总值 (0), gdp (1), 经济总量 (2).
 */
function termsOf(word: string, thesaurus: Thesaurus): RankedTerm[] {
  const rows = rowsByWord(thesaurus).get(norm(word)) ?? [];
  const w = norm(word);
  const ranked = [
    ...rows.flatMap((e) => (e.plan[0] ? [{ term: norm(e.plan[0]), rank: 0 }] : [])),
    { term: w, rank: 1 },
    ...mostSpecific(rows.flatMap((e) => e.plan.slice(1)).map(norm)).map((term) => ({ term, rank: 2 })),
  ];
  return ranked.filter((t, i) => ranked.findIndex((u) => u.term === t.term) === i); // the best rank of each
}

/**
 * The topic's words with their plan terms. A topic the plan prints as it is ("地区生产总值") is one
 * word; otherwise everyday phrases of the thesaurus stay whole ("空气好不好") and the rest is cut into
 * plan phrases, single characters left aside.
 */
export function topicTerms(topic: string, thesaurus: Thesaurus, inPlan: (s: string) => boolean): TopicTerms {
  const text = [...topic].slice(0, MAX_TOPIC_CHARS).join('').replace(/[“”"'‘’「」]/g, ' ');
  const previousPlan = /十三五/.test(topic);
  const whole = phrases(text, inPlan);
  if (whole.length === 1 && whole[0] && inPlan(norm(whole[0]))) return { words: [{ said: whole[0], terms: termsOf(whole[0], thesaurus) }], previousPlan };
  const expanded = everydayExpansions(text, thesaurus).map((e) => e.said);
  let rest = text;
  for (const said of expanded) rest = rest.split(said).join(' ');
  const plain = phrases(rest, inPlan).filter((w) => !/^\p{Script=Han}$/u.test(w));
  return { words: [...expanded, ...plain].map((said) => ({ said, terms: termsOf(said, thesaurus) })), previousPlan };
}

const IN_MEASURE = 1;
const RELATED = 2;

/** Where a target speaks of a term: 0 the subject of its measure, 1 in its measure, 2 in its quote, 3 in its section's title. */
function placeOf(target: Target, term: string): number | null {
  const measures = [target.measure, ...target.figures.map((f) => f.measure)].map(norm);
  const subject = (m: string) => m.replace(/^全市|^市/, '').startsWith(term) || m.replace(/[（(][^）)]*[）)]$/g, '').endsWith(term);
  if (measures.some(subject)) return 0;
  if (measures.some((m) => m.includes(term))) return 1;
  if (norm(target.quote).includes(term)) return 2;
  if (norm(target.citation.path.at(-1) ?? '').includes(term)) return 3;
  return null;
}

/**
 * How closely a target is about the topic, or null when it is not about it (every topic word must be
 * met; a related plan term of rank 2 only where the target measures it): the rank of the terms that
 * met the words (see termsOf), then where they were met (placeOf); the worst word counts.
 */
export function topicPlace(target: Target, topic: TopicTerms): Closeness | null {
  if (!topic.words.length) return null;
  let worst: Closeness = { rank: 0, place: 0 };
  for (const w of topic.words) {
    const met = w.terms.flatMap(({ term, rank }) => {
      const place = placeOf(target, term);
      return place === null || (rank === RELATED && place > IN_MEASURE) ? [] : [{ rank, place }]; // a related term must be measured
    });
    const best = met.sort(closer)[0];
    if (!best) return null;
    if (closer(best, worst) > 0) worst = best;
  }
  return worst;
}

/** A 十三五 row asked for by name: the topic holds the row's indicator name (its unit aside). */
function namesRow(target: Target, topic: string): boolean {
  const name = norm((target.columns?.[0]?.value ?? target.measure).replace(/[（(][^）)]*[）)]\s*$/, ''));
  return target.period === '十三五' && name.length > 1 && norm(topic).includes(name);
}

interface Ranked extends Closeness {
  t: Target;
  lex: number;
  near: number;
}

const isPrevious = (x: Ranked) => Number(x.t.period === '十三五');
/** This plan's targets first; then the closest (term rank, place), BM25, dense similarity. */
const byRelevance = (a: Ranked, b: Ranked) => isPrevious(a) - isPrevious(b) || closer(a, b) || b.lex - a.lex || b.near - a.near;

export function createTargetFinder({ targets, chunks, planText, dense, thesaurus, lexicalIndexOf }: TargetFinderInputs): TargetFinder {
  const lexical = lexicalIndexOf(targets.map((t) => ({ text: t.quote, context: t.figures.map((f) => f.measure).join(' ') || t.measure })));
  const chunkOf = targets.map((t) => {
    const at = planText.indexOf(t.quote);
    return chunks.findIndex((c) => c.span[0] <= at && at < c.span[1]);
  });
  const compact = norm(planText);
  const inPlan = (s: string) => compact.includes(s);
  /** Where a target stands for this topic; null leaves it out (十三五 results unless asked for). */
  const placeFor = (t: Target, topic: string, terms: TopicTerms) => {
    if (t.period === '十三五' && !terms.previousPlan) return namesRow(t, topic) ? { rank: 0, place: 0 } : null;
    if (terms.previousPlan && t.period !== '十三五') return null;
    if (!statesTarget(t)) return null; // a row whose cells are all "—" is no target
    return terms.previousPlan && !terms.words.length ? { rank: 0, place: 0 } : topicPlace(t, terms);
  };
  return {
    async find(topic, k = 8) {
      const terms = topicTerms(topic, thesaurus, inPlan);
      const extra = terms.words.flatMap((w) => w.terms.map(({ term }) => ({ term, weight: 1 })));
      const lex = new Map(lexical.search(queryTermWeights(topic, extra)).map((h) => [h.chunk, h.score]));
      const near = dense ? new Map((await dense([topic], 60)).passages.map((h) => [h.chunk, h.score])) : new Map<number, number>();
      const relevant = targets.flatMap((t, i): Ranked[] => {
        const at = placeFor(t, topic, terms);
        return at ? [{ t, ...at, lex: lex.get(i) ?? 0, near: near.get(chunkOf[i] ?? -1) ?? 0 }] : [];
      });
      const ranked = relevant.sort(byRelevance).map((x) => x.t);
      const named = terms.previousPlan ? [] : ranked.filter((t) => t.period === '十三五').slice(0, Math.floor(k / 2));
      return [...ranked.filter((t) => !named.includes(t)).slice(0, k - named.length), ...named]; // a row asked for by name is kept
    },
  };
}
