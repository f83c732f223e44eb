// The fitted parts the engine answers with, as data: they are fitted on labelled questions (src/fit/,
// `npm run fit -- all`), kept in fitted/ with their manifest, read once by src/adapters/fitted-files.ts
// and handed in by main.ts (and the CLIs and tests). Nothing in the core imports fitted values. Pure.
import type { QueryAdapter } from '../search/query-adapter.js';
import { RETRIEVE_DEPTH, type RankWeightsByLanguage } from '../search/retrieve.js';
import type { AnswerSettings } from './answer.js';
import { QUOTE_BAR } from './shown.js';
import { PRIOR_REACH, RELATED_WITH_MODEL, type JudgeModel } from './judge.js';

export interface FittedParts {
  /**
   * The embedding model the model-bound parts were fitted for: the query adapter, the Chinese and
   * English retrieval weights, the judge with the model and its vector prior.
   */
  embeddingModel: string;
  /** The linear map a question's vector goes through before dense search. */
  queryAdapter: QueryAdapter;
  /** The retrieval signals' weights: Chinese, English, and without the model. */
  rankWeights: RankWeightsByLanguage;
  /** The judge with the embedding model, reading the wording and vector priors. */
  judge: JudgeModel;
  /** The judge without the embedding model (BM25 only), reading the wording prior. */
  judgeLexical: JudgeModel;
}

/** The most quotes an answer shows. */
export const MAX_ANSWERS = 10;

/** The answer settings over these fitted parts. */
export function answerSettings(parts: Pick<FittedParts, 'rankWeights' | 'judge' | 'judgeLexical'>): AnswerSettings {
  return {
    retrieve: { ...RETRIEVE_DEPTH, weights: parts.rankWeights },
    // The question priors' reach is chosen, not fitted: capped so they cannot overrule the evidence; so is
    // the related rule of the judge with the model (judge.ts).
    // Without the model there is no sentence similarity to tell a gap by: the lexical judge keeps the cap alone.
    judge: { dense: { ...parts.judge, reach: PRIOR_REACH, relatedRule: RELATED_WITH_MODEL }, lexical: { ...parts.judgeLexical, reach: { ...PRIOR_REACH, gap: undefined } } },
    maxAnswers: MAX_ANSWERS,
    quoteBar: QUOTE_BAR,
  };
}

/**
 * The parts, refused (an error naming the fix) when they were fitted for another embedding model than
 * the one answering; null: no model, BM25 only, which reads only the parts fitted without one.
 */
export function fittedFor(parts: FittedParts, modelId: string | null): FittedParts {
  if (modelId === null || modelId === parts.embeddingModel) return parts;
  throw new Error(`the fitted parts in fitted/ were fitted for ${parts.embeddingModel}, not ${modelId}: refit them with `
    + `EMBED_MODEL=${modelId} npm run fit -- all, or set EMBED_MODEL=${parts.embeddingModel} (EMBED_MODEL=none answers with BM25 alone)`);
}
