// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (741 questions; false refusals
// 8/539, unanswerable not answered 120/202, related/not covered right 87/202);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.763592,0.727364,0.75041,0.163293,0.488529,0.804121,0.099487,0.096392,0.013495,0.153846,0.004049,0.006748,0.02834,0.219973],
  scale: [0.304957,0.281558,0.544491,0.369633,0.499868,0.322272,0.270986,0.222723,0.115383,0.360801,0.0635,0.081866,0.165943,0.414228],
  weights: [0.194677,0.100517,0.28363,-0.660161,0.576029,0.747485,-0.587636,-0.366612,-0.255655,-0.351545,-0.227815,-0.388068,-0.729054,-0.350835],
  bias: 1.312014,
  answerAbove: 0.38785,
  related: { feature: 'allCovered', above: 0.122775 },
};
