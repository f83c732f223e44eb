// retrieve(): the candidates of lexical (BM25 over chunks) and dense search (a vector per passage and
// per sentence), each scored on several signals, ranked by a weighted sum of them, then diversified
// (one passage per plan block). The weights are fitted on the tuning half (npm run fit -- retrieval) and
// come in with the options (fitted/rank-weights.json, loaded in main.ts).
import type { Chunk } from '../chunk/chunk.js';
import type { Sentence } from '../chunk/sentences.js';
import { carriesFigure, isPastResult, mentionsYear, type FigureAsk } from '../plan/facts.js';
import type { LexicalIndex, ScoredChunk } from './lexical.js';
import { indicatorMatch, withNamedIndicator } from './indicators.js';
import { squash } from '../plan/whitespace.js';
import type { Candidate, Hit, QueryConcept, RankWeights, RetrievalQuery, Signals } from './types.js';

export type { Candidate, Hit, QueryConcept, RankWeights, RetrievalQuery, Signals } from './types.js';

export interface ScoredSentence {
  sentence: number;
  score: number;
}

/** What dense search finds for a query: nearest passages and sentences, best first (cosine similarity). */
export interface DenseResult {
  passages: ScoredChunk[];
  sentences: ScoredSentence[];
  /** The query's similarity to any sentence (by position), found or not. */
  similarityTo(sentence: number): number;
  /** The question's own vector (before any query adapter), and the model that made it. */
  question: QuestionVector;
}

export interface QuestionVector {
  vector: Float32Array;
  model: string;
}

/** Dense kNN over passages and sentences for the average of the query texts' vectors. */
export type DenseSearch = (texts: readonly string[], k: number) => Promise<DenseResult>;

/** The signal weights by the question's language: the embedding model reads English much less well. */
export interface RankWeightsByLanguage {
  chinese: RankWeights;
  english: RankWeights;
  /** Any question when there is no embedding model (the dense signals are all 0). */
  withoutModel: RankWeights;
}

export interface RetrieveOptions {
  k: number;
  /** How many candidates each list contributes. */
  depth: number;
  weights: RankWeightsByLanguage;
}

/** Which weights a question is ranked with: English ones the English weights, mixed ones the Chinese; without a model, those fitted without one. */
export const weightsFor = (language: string, weights: RankWeightsByLanguage, withModel: boolean): RankWeights =>
  !withModel ? weights.withoutModel : language === 'en' ? weights.english : weights.chinese;

/** How many passages an answer is chosen from, and how many candidates each list contributes; the weights are fitted (fitted/rank-weights.json). */
export const RETRIEVE_DEPTH = { k: 10, depth: 50 } as const;

/**
 * The ranked passages, the query's similarity to any sentence (null without a model) for quoting, and
 * how far the closest matches stand out, for the judge.
 */
export interface Retrieved {
  hits: Hit[];
  similarityTo: ((sentence: number) => number) | null;
  peaks: Peaks;
  /** The question's own vector, for the judge's prior (null without a model). */
  question: QuestionVector | null;
}

/**
 * How far the closest match stands out from the nearest ones (see peakOf): a question on a topic the
 * plan lacks is about as close to many sentences and passages.
 */
export interface Peaks {
  /** Sentence vectors (0 without a model). */
  sentence: number;
  /** Passage vectors (0 without a model). */
  passage: number;
  /** BM25, as a share of the top score (0 when nothing matches). */
  lexical: number;
}

/** The top score of a best-first list less the mean over the list (sentence or passage similarities, BM25 scores). */
export const peakOf = (scores: readonly number[]): number =>
  scores.length ? (scores[0] ?? 0) - scores.reduce((s, x) => s + x, 0) / scores.length : 0;

export interface SearchPorts {
  chunks: readonly Chunk[];
  /** Inverse document frequency of a token over the chunks. */
  idf: (token: string) => number;
  sentences: readonly Sentence[];
  lexical: LexicalIndex;
  dense: DenseSearch | null;
}

/**
 * How much a concept counts: its part-of-speech weight times the idf of the word. An English word the
 * plan never says has the highest idf there is, so every English word weighed alike ("build" as much
 * as "blockchain"): it weighs by its commonest plan form instead (build → 建设, blockchain → 区块链), as
 * the same word written in Chinese would.
 */
export function conceptWeight(c: Pick<QueryConcept, 'word' | 'weight'> & { forms?: readonly string[] }, idf: (token: string) => number): number {
  const word = c.word.toLowerCase();
  const own = idf(word);
  if (!/^[a-z]/.test(word) || !c.forms?.length || c.forms.some((f) => f.toLowerCase() === word)) return c.weight * own;
  return c.weight * Math.min(own, ...c.forms.map((f) => idf(f.toLowerCase())));
}

/**
 * The covered signal's scorer: the idf-weighted share of the asking clause's concepts (all of the
 * question's when none is in it) that the plan has in some form and that a text names.
 */
export function coverageOf(concepts: readonly QueryConcept[], idf: (token: string) => number): (text: string) => number {
  const focus = concepts.filter((c) => c.inFocus);
  const counted = (focus.length ? focus : concepts).filter((c) => c.inPlan).map((c) => ({ forms: c.forms.map((f) => f.toLowerCase()), w: conceptWeight(c, idf) }));
  const total = counted.reduce((s, c) => s + c.w, 0);
  if (!total) return () => 0;
  return (text) => {
    const lower = text.toLowerCase();
    return counted.reduce((s, c) => s + (c.forms.some((f) => lower.includes(f)) ? c.w : 0), 0) / total;
  };
}

/** Scores scaled to [0, 1] over the list (min–max), so each list's spread counts, not its level. */
export function minMax(scores: ReadonlyMap<number, number>): Map<number, number> {
  const values = [...scores.values()];
  if (!values.length) return new Map();
  const max = Math.max(...values);
  const min = Math.min(...values);
  const span = max - min || 1;
  return new Map([...scores].map(([k, v]) => [k, (v - min) / span]));
}

/**
 * Whether a passage gives a figure of the asked kind for this plan: a row of the previous plan's
 * completion table gives a result, which answers only a question about that period.
 */
export const givesFigure = (c: Chunk, ask: FigureAsk, asksPast: boolean): boolean =>
  (asksPast || !isPastResult(c.table?.table)) && carriesFigure({ text: c.text, cells: c.table?.cells }, ask);

/** The term a footnote defines as a question would name it: the part in quotation marks (旅游“三区两网” → 三区两网). */
export const definedTerm = (term: string): string => squash(term.match(/“([^”]+)”/)?.[1] ?? term);

/** Whether the question (squashed) names the term a footnote chunk defines. */
const definesNamed = (c: Chunk, question: string): boolean => {
  const term = c.footnote ? definedTerm(c.footnote.term) : '';
  return term.length >= 2 && question.includes(term);
};

/** Every candidate from either list with its signals. */
export async function gatherCandidates(q: RetrievalQuery, ports: SearchPorts, depth: number): Promise<Candidate[]> {
  return (await gatherWithDense(q, ports, depth)).candidates;
}

async function gatherWithDense(q: RetrievalQuery, ports: SearchPorts, depth: number): Promise<{ candidates: Candidate[]; dense: DenseResult | null; lexicalScores: number[] }> {
  const lexical = new Map(ports.lexical.search(q.weights).slice(0, depth).map((h) => [h.chunk, h.score]));
  const found = ports.dense ? await ports.dense(q.denseTexts, depth) : null;
  const dense = found ?? { passages: [], sentences: [] };
  const passageSim = new Map(dense.passages.map((h) => [h.chunk, h.score]));
  const sentenceSim = new Map<number, { sentence: number; score: number }>();
  for (const s of dense.sentences) {
    const chunk = ports.sentences[s.sentence]?.chunk;
    if (chunk !== undefined && s.score > (sentenceSim.get(chunk)?.score ?? -Infinity)) sentenceSim.set(chunk, s);
  }
  const [lex, pas, sen] = [minMax(lexical), minMax(passageSim), minMax(new Map([...sentenceSim].map(([c, s]) => [c, s.score])))];
  const ids = new Set([...lexical.keys(), ...passageSim.keys(), ...sentenceSim.keys()]);
  const covered = coverageOf(q.concepts, ports.idf);
  const said = squash(q.text);
  const candidates = [...ids].flatMap((chunk) => {
    const c = ports.chunks[chunk];
    if (!c) return [];
    const figure = q.figure && givesFigure(c, q.figure, q.asksPast) ? 1 : 0;
    const year = q.year !== null && mentionsYear(`${c.text}${c.context}`, q.year) ? 1 : 0;
    const signals = {
      lexical: lex.get(chunk) ?? 0, passage: pas.get(chunk) ?? 0, sentence: sen.get(chunk) ?? 0,
      figure, indicator: indicatorMatch(c, q.namedTerms), year, covered: covered(`${c.context} ${c.text}`),
      defines: definesNamed(c, said) ? 1 : 0,
    };
    return [{
      chunk, signals,
      passageSimilarity: passageSim.get(chunk) ?? null,
      sentenceSimilarity: sentenceSim.get(chunk)?.score ?? null,
      bestSentence: sentenceSim.get(chunk)?.sentence ?? null,
    }];
  });
  return { candidates, dense: found, lexicalScores: [...lexical.values()] };
}

export const scoreOf = (s: Signals, w: RankWeights): number =>
  w.lexical * s.lexical + w.passage * s.passage + w.sentence * s.sentence + w.figure * s.figure + w.indicator * s.indicator + w.year * s.year + w.covered * s.covered + w.defines * s.defines;

/** Ranks candidates by their weighted signals, keeping the best passage of each plan block. */
export function rankCandidates(candidates: Candidate[], chunks: readonly Chunk[], weights: RankWeights, k: number): Hit[] {
  const scored = candidates.map((c) => ({ ...c, score: scoreOf(c.signals, weights) })).sort((a, b) => b.score - a.score);
  const seenBlocks = new Set<number>();
  const out: Hit[] = [];
  for (const c of scored) {
    const passage = chunks[c.chunk];
    if (!passage || seenBlocks.has(passage.block)) continue;
    seenBlocks.add(passage.block);
    out.push({ ...c, passage });
    if (out.length >= k) break;
  }
  return out;
}

export async function retrieve(q: RetrievalQuery, ports: SearchPorts, options: RetrieveOptions): Promise<Retrieved> {
  const { candidates, dense, lexicalScores } = await gatherWithDense(q, ports, options.depth);
  const ranked = rankCandidates(candidates, ports.chunks, weightsFor(q.language, options.weights, ports.dense !== null), options.k);
  const hits = withNamedIndicator(ranked, candidates, q, ports.chunks);
  const peaks = {
    sentence: peakOf(dense?.sentences.map((x) => x.score) ?? []),
    passage: peakOf(dense?.passages.map((x) => x.score) ?? []),
    lexical: lexicalScores[0] ? peakOf(lexicalScores) / lexicalScores[0] : 0,
  };
  return { hits, similarityTo: dense ? (s) => dense.similarityTo(s) : null, peaks, question: dense?.question ?? null };
}
