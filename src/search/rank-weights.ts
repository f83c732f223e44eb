// How much each retrieval signal counts (see Signals in retrieve.ts). Written by
// `npm run fit -- retrieval --write`, which fits them on the tuning half (170 answerable
// questions: MRR@10 0.8272, hit@1 76.5 %, hit@5 91.2 % of the evidence block); re-run it rather than edit.
import type { RankWeights } from './retrieve.js';

export const RANK_WEIGHTS: RankWeights = { lexical: 1, passage: 0.75, sentence: 1.5, figure: 2, indicator: 0, year: 1.5 };
