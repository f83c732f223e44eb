// How much each retrieval signal counts (see Signals in retrieve.ts): for Chinese (and mixed) questions,
// for English ones, and for any question when there is no embedding model. Written by `npm run fit --
// retrieval --write` (chinese, english; --only writes one) and `npm run fit -- retrieval --lexical
// --write` (withoutModel): a listwise fit on the tuning half (see scripts/fit.ts). Re-run it rather than edit.
import type { RankWeightsByLanguage } from './retrieve.js';

export const RANK_WEIGHTS: RankWeightsByLanguage = {
  // chinese: 2048 answerable tuning questions, in sample: MRR@10 0.9626, hit@1 93.9 %, hit@5 99.4 % (evidence block)
  chinese: { lexical: 1, passage: 2.185, sentence: 4.813, figure: 2.148, indicator: 0.04, year: 1.069, covered: 2.739, defines: 2.204 },
  // english: 602 answerable tuning questions, in sample: MRR@10 0.9125, hit@1 86.2 %, hit@5 97 % (evidence block)
  english: { lexical: 1, passage: 6.307, sentence: 8.301, figure: 3.898, indicator: -0.688, year: 6.018, covered: 6.927, defines: 4.501 },
  // withoutModel: 2650 answerable tuning questions, in sample: MRR@10 0.8156, hit@1 72.6 %, hit@5 93.3 % (evidence block)
  withoutModel: { lexical: 1, passage: 0, sentence: 0, figure: 1.179, indicator: -0.254, year: 1.151, covered: 1.246, defines: 2.361 },
};
