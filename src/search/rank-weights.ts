// How much each retrieval signal counts (see Signals in retrieve.ts): for Chinese (and mixed) questions,
// for English ones, and for any question when there is no embedding model. Written by `npm run fit --
// retrieval --write` (chinese, english; --only writes one) and `npm run fit -- retrieval --lexical
// --write` (withoutModel): a listwise fit on the tuning half (see scripts/fit.ts). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  // chinese: 1728 answerable tuning questions, in sample: MRR@10 0.9615, hit@1 93.9 %, hit@5 99.1 % (evidence block)
  chinese: { lexical: 1, passage: 1.805, sentence: 3.994, figure: 1.88, indicator: 0.05, year: 0.984, covered: 2.317, defines: 1.952 },
  // english: 502 answerable tuning questions, in sample: MRR@10 0.9055, hit@1 85.1 %, hit@5 97 % (evidence block)
  english: { lexical: 1, passage: 5.253, sentence: 7.402, figure: 3.312, indicator: -0.762, year: 4.801, covered: 6.503, defines: 3.927 },
  // withoutModel: 2230 answerable tuning questions, in sample: MRR@10 0.8183, hit@1 73.2 %, hit@5 93.3 % (evidence block)
  withoutModel: { lexical: 1, passage: 0, sentence: 0, figure: 1.167, indicator: -0.26, year: 1.163, covered: 1.291, defines: 2.354 },
};
