// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`: a listwise fit on the tuning half
// (see scripts/fit.ts). Tuning half, in sample
// (1568 chinese answerable questions: MRR@10 0.9193, hit@1 87.7 %, hit@5 97.6 %;
// 452 english answerable questions: MRR@10 0.7728, hit@1 64.4 %, hit@5 95.4 % — of the evidence block).
// Not refitted (--only): english (see ENGLISH_KEPT in scripts/fit.ts). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 1.188, sentence: 2.093, figure: 2.07, indicator: 0.141, year: 1.408, covered: 2.066, defines: 2.876 },
  english: { lexical: 1, passage: 1, sentence: 1, figure: 1.5, indicator: 0, year: 2, covered: 2, defines: 0 },
};
