// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`, which fits them on the tuning half
// (355 chinese answerable questions: MRR@10 0.8929, hit@1 83.1 %, hit@5 96.6 %;
// 75 english answerable questions: MRR@10 0.8911, hit@1 82.7 %, hit@5 98.7 % — of the evidence block). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 0.5, sentence: 1, figure: 1, indicator: 0, year: 2, covered: 0 },
  english: { lexical: 1, passage: 1, sentence: 0.25, figure: 1.5, indicator: 0, year: 2, covered: 1.5 },
};
