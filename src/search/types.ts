// The types retrieval's files share (retrieve.ts re-exports them): what a candidate passage is ranked
// on, a ranked hit, what retrieval reads of a question.
import type { Chunk } from '../chunk/chunk.js';
import type { FigureAsk } from '../plan/facts.js';

/** What a candidate passage is ranked on; each in [0, 1] except the raw similarities. */
export interface Signals {
  /** BM25, min–max normalised over the lexical candidates. */
  lexical: number;
  /** Passage vector similarity, min–max normalised over the dense candidates. */
  passage: number;
  /** Best similarity of one of the passage's sentences, min–max normalised. */
  sentence: number;
  /** 1 when the question asks for a figure and the passage carries one of that kind. */
  figure: number;
  /** For indicator-table rows: how much of the indicator's name the question names (0–1). */
  indicator: number;
  /** 1 when the question names a year and the passage (or its table's column labels) does too. */
  year: number;
  /**
   * Share of the asking clause's concepts (idf-weighted, in any of their forms) the passage with its
   * headings names: whole words and the plan terms bridged from them, where BM25 also counts stray
   * character pairs (是什, 安市).
   */
  covered: number;
  /** 1 for a footnote whose defined term (the part in “”, or all of it) the question names: 四纵两横, 遇困即扶. */
  defines: number;
}

export type RankWeights = Record<keyof Signals, number>;

export interface Candidate {
  chunk: number;
  signals: Signals;
  /** Raw cosine similarity of the passage vector, and of its best sentence (null without a model). */
  passageSimilarity: number | null;
  sentenceSimilarity: number | null;
  /** Position of the passage's best-matching sentence, if dense search found one. */
  bestSentence: number | null;
}

export interface Hit extends Candidate {
  chunk: number;
  passage: Chunk;
  score: number;
}

export interface RetrievalQuery {
  /** The question (simplified script). */
  text: string;
  language: 'zh' | 'en' | 'mixed';
  /** Query token → weight for the lexical side (the question's words, bridged plan terms). */
  weights: ReadonlyMap<string, number>;
  /** Texts the dense side embeds and averages. */
  denseTexts: readonly string[];
  figure: FigureAsk | null;
  year: number | null;
  /** The question asks about the previous plan's period: its result rows may answer. */
  asksPast: boolean;
  /** Plan terms the question names (its own words and bridged terms), for matching indicator names. */
  namedTerms: readonly string[];
  /** The question's content words with the forms they take in the plan (see Concept). */
  concepts: readonly QueryConcept[];
}

/** What retrieval reads of a concept of the question (see src/understand/concepts.ts). */
export interface QueryConcept {
  word: string;
  weight: number;
  forms: readonly string[];
  inFocus: boolean;
  inPlan: boolean;
}
