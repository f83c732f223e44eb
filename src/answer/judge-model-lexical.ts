// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (597 questions; false refusals
// 4/429, unanswerable not answered 99/168, related/not covered right 79/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","margin","specificAsked","figureAsked","figureAnswered","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","asksProcedure","english"],
  mean: [0.75217,0.698985,0.169179,0.505863,0.795115,0.100532,0.0134,0.147404,0.01005,0.001675,0.008375,0.023451,0.21943],
  scale: [0.309874,0.478759,0.37491,0.499966,0.328803,0.227784,0.114982,0.354508,0.099746,0.040893,0.091132,0.15133,0.413861],
  weights: [0.175882,0.349228,-0.79898,0.44424,1.042332,-0.08299,-0.196283,-0.333079,-0.288797,-0.144756,-0.186647,-0.603616,-0.419205],
  bias: 1.248754,
  answerAbove: 0.376065,
  related: { feature: 'allCovered', above: 0.122775 },
};
