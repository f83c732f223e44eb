// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`: greedy coordinate ascent on the
// tuning half, a change kept only where it gains at least 0.005 MRR@10 (see scripts/fit.ts). Tuning half
// (608 chinese answerable questions: MRR@10 0.914, hit@1 86.8 %, hit@5 97.2 %;
// 152 english answerable questions: MRR@10 0.8162, hit@1 71.1 %, hit@5 97.4 % — of the evidence block). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 0.5, sentence: 1, figure: 1, indicator: 0, year: 2, covered: 0, defines: 1.5 },
  english: { lexical: 1, passage: 1, sentence: 1, figure: 1.5, indicator: 0, year: 2, covered: 2, defines: 0 },
};
