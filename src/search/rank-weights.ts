// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`, which fits them on the tuning half
// (280 chinese answerable questions: MRR@10 0.8998, hit@1 84.3 %, hit@5 96.8 %;
// 60 english answerable questions: MRR@10 0.8089, hit@1 66.7 %, hit@5 100 % — of the evidence block). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 0.5, sentence: 1, figure: 1, indicator: 0, year: 2 },
  english: { lexical: 1, passage: 1, sentence: 0.25, figure: 1.5, indicator: 0, year: 2 },
};
