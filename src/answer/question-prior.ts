// The question's prior: how much a question looks like the ones the plan answers, before any passage
// is read. Two small linear models, fitted on the labelled tuning questions with the judge (npm run
// fit -- judge; src/fit/question-prior-fit.ts): one over the question's wording (Chinese characters
// and character pairs, English words), one over its own vector (before the query adapter). Asking for
// a subsidy's amount, today's weather or another city's figures shows in how a question is put,
// whatever the passages retrieved for it say. Their scores (log-odds) are two of the judge's features.
// Pure: the fitted weights come in as data (question-prior-model.ts).
import type { QuestionVector } from '../search/retrieve.js';

/** Weights of wording units (see wordingUnits); a unit not listed weighs nothing. */
export interface WordingPrior {
  weights: Readonly<Record<string, number>>;
  bias: number;
}

/** Weights over the dimensions of one embedding model's question vectors. */
export interface VectorPrior {
  model: string;
  weights: readonly number[];
  bias: number;
}

export interface QuestionPriors {
  wording?: WordingPrior;
  vector?: VectorPrior;
}

const HAN = /\p{Script=Han}/u;

/**
 * The distinct units the wording prior reads: each Han character and each pair of adjacent Han
 * characters, and each run of Latin letters or of digits, lower-cased. Punctuation and spaces only
 * separate runs, so they never move the score.
 */
export function wordingUnits(text: string): string[] {
  const units = new Set<string>();
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[a-z]+|[0-9]+/gu) ?? []) {
    if (!HAN.test(run)) {
      units.add(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((c, i) => {
      units.add(c);
      if (i + 1 < chars.length) units.add(c + chars[i + 1]);
    });
  }
  return [...units];
}

/** The wording prior's log-odds that a question worded so is answered by the plan. */
export function wordingScore(prior: WordingPrior, text: string): number {
  return wordingUnits(text).reduce((z, u) => z + (prior.weights[u] ?? 0), prior.bias);
}

/** The vector prior's log-odds; null when the vector is another model's (its dimensions mean something else). */
export function vectorScore(prior: VectorPrior, question: QuestionVector): number | null {
  if (prior.model !== question.model || prior.weights.length !== question.vector.length) return null;
  let z = prior.bias;
  question.vector.forEach((x, i) => (z += x * prior.weights[i]!));
  return z;
}
