// How much each retrieval signal counts (see Signals in retrieve.ts): for Chinese (and mixed) questions,
// for English ones, and for any question when there is no embedding model. Written by `npm run fit --
// retrieval --write` (chinese, english; --only writes one) and `npm run fit -- retrieval --lexical
// --write` (withoutModel): a listwise fit on the tuning half (see scripts/fit.ts). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  // chinese: 2288 answerable tuning questions, in sample: MRR@10 0.9642, hit@1 94.2 %, hit@5 99.3 % (evidence block)
  chinese: { lexical: 1, passage: 2.28, sentence: 4.629, figure: 1.927, indicator: 0.054, year: 1.103, covered: 2.627, defines: 2.196 },
  // english: 677 answerable tuning questions, in sample: MRR@10 0.9036, hit@1 84.9 %, hit@5 97 % (evidence block)
  english: { lexical: 1, passage: 7.258, sentence: 8.563, figure: 4.879, indicator: -0.798, year: 6.868, covered: 7.578, defines: 5.281 },
  // withoutModel: 2965 answerable tuning questions, in sample: MRR@10 0.8138, hit@1 72.4 %, hit@5 93.1 % (evidence block)
  withoutModel: { lexical: 1, passage: 0, sentence: 0, figure: 1.188, indicator: -0.24, year: 1.168, covered: 1.256, defines: 2.414 },
};
