// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (597 questions; false refusals
// 5/429, unanswerable not answered 90/168, related/not covered right 78/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.640407,0.753316,0.719034,0.175525,0.753576,1.087117,0.144054,0.484087,0.793855,0.847583,0.097654,0.01675,0.184255,0.01005,0.001675,0.008375,0.21943,0.020296],
  scale: [0.08387,0.319383,0.286871,0.268779,0.323947,0.597416,0.351144,0.499747,0.341781,0.315254,0.277887,0.128335,0.387692,0.099746,0.040893,0.091132,0.413861,0.077442],
  weights: [0.325699,0.093713,0.163564,-0.238549,0.201628,0.307223,-0.338875,0.264633,0.630258,0.503754,-0.546249,-0.30816,-0.266897,-0.327725,-0.159553,-0.157579,-0.21529,-0.275353],
  bias: 1.258012,
  answerAbove: 0.306878,
  related: { feature: 'allCovered', above: 0.358907 },
};
