// How much each retrieval signal counts (see Signals in retrieve.ts). Written by
// `npm run fit -- retrieval --write`, which fits them on the tuning half (255 answerable
// questions: MRR@10 0.8513, hit@1 78.4 %, hit@5 92.5 % of the evidence block); re-run it rather than edit.
import type { RankWeights } from './retrieve.js';

export const RANK_WEIGHTS: RankWeights = { lexical: 1, passage: 0.5, sentence: 1, figure: 1, indicator: 0, year: 2 };
