// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (597 questions; false refusals
// 6/429, unanswerable not answered 90/168, related/not covered right 78/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.640571,0.604414,0.748304,0.71319,0.178895,0.74909,1.075589,0.144054,0.484087,0.789457,0.84538,0.097534,0.113008,0.184255,0.01005,0.001675,0.008375,0.21943,0.023196],
  scale: [0.083619,0.079794,0.318894,0.287856,0.268898,0.327248,0.595875,0.351144,0.499747,0.343536,0.315421,0.277687,0.2509,0.387692,0.099746,0.040893,0.091132,0.413861,0.082412],
  weights: [0.22032,0.14802,0.124421,0.082927,-0.216909,0.149123,0.304479,-0.344149,0.248914,0.55008,0.46389,-0.580686,-0.110495,-0.273458,-0.318328,-0.157671,-0.150302,-0.152014,-0.276079],
  bias: 1.241295,
  answerAbove: 0.340176,
  related: { feature: 'allCovered', above: 0.315705 },
};
