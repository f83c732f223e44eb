// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`: a listwise fit on the tuning half
// (see scripts/fit.ts). Tuning half, in sample
// (1728 chinese answerable questions: MRR@10 0.9193, hit@1 87.7 %, hit@5 97.7 %;
// 502 english answerable questions: MRR@10 0.7665, hit@1 63.7 %, hit@5 94.6 % — of the evidence block).
// Not refitted (--only): english (see --only in scripts/fit.ts). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 1.177, sentence: 2.214, figure: 2.17, indicator: 0.286, year: 1.546, covered: 2.191, defines: 3.149 },
  english: { lexical: 1, passage: 1, sentence: 1, figure: 1.5, indicator: 0, year: 2, covered: 2, defines: 0 },
};
