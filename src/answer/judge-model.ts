// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (597 questions; false refusals
// 5/429, unanswerable not answered 105/168, related/not covered right 87/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","untranslated"],
  mean: [0.640533,0.601621,0.772671,0.172016,0.74093,1.217046,0.169179,0.505863,0.788016,0.837239,0.107988,0.01675,0.147404,0.01005,0.001675,0.023451,0.020296],
  scale: [0.083742,0.087203,0.301432,0.264676,0.328359,0.720424,0.37491,0.499966,0.340819,0.32514,0.287252,0.128335,0.354508,0.099746,0.040893,0.15133,0.077442],
  weights: [0.13544,0.132788,0.122574,-0.209525,0.182125,0.510224,-0.390953,0.199764,0.689514,0.644383,-0.400371,-0.279929,-0.181884,-0.321464,-0.157652,-0.509481,-0.353071],
  bias: 1.280688,
  answerAbove: 0.307419,
  related: { feature: 'allCovered', above: 0.367142 },
};
