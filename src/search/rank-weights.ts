// How much each retrieval signal counts (see Signals in retrieve.ts), for Chinese (and mixed) questions
// and for English ones. Written by `npm run fit -- retrieval --write`: greedy coordinate ascent on the
// tuning half, a change kept only where it gains at least 0.005 MRR@10 (see scripts/fit.ts). Tuning half
// (355 chinese answerable questions: MRR@10 0.9022, hit@1 85.6 %, hit@5 96.1 %;
// 75 english answerable questions: MRR@10 0.8911, hit@1 82.7 %, hit@5 98.7 % — of the evidence block). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  chinese: { lexical: 1, passage: 0.5, sentence: 1, figure: 1, indicator: 0, year: 2, covered: 0, defines: 1.5 },
  english: { lexical: 1, passage: 1, sentence: 0.25, figure: 1.5, indicator: 0, year: 2, covered: 1.5, defines: 0 },
};
