// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`: a listwise fit on the tuning half
// (see scripts/fit.ts). Tuning half, in sample
// (1408 chinese answerable questions: MRR@10 0.9197, hit@1 87.7 %, hit@5 97.6 %;
// 402 english answerable questions: MRR@10 0.7871, hit@1 66.7 %, hit@5 96 % — of the evidence block).
// Not refitted (--only): english (see ENGLISH_KEPT in scripts/fit.ts). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 1.203, sentence: 1.985, figure: 1.975, indicator: 0.122, year: 1.245, covered: 1.906, defines: 2.696 },
  english: { lexical: 1, passage: 1, sentence: 1, figure: 1.5, indicator: 0, year: 2, covered: 2, defines: 0 },
};
