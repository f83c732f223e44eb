// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2461 questions; false refusals
// 18/1808, unanswerable not answered 415/653, related/not covered right 280/653);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","passagePeak","lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.64508,0.61067,0.105807,0.838886,0.775811,0.746036,0.179598,0.009101,0.760963,1.378424,0.148314,0.492483,0.818651,0.864256,0.09236,0.088989,0.019504,0.166193,0.002438,0.023161,0.038602,0.005282,0.020675],
  scale: [0.088379,0.086255,0.052367,0.155374,0.305954,0.290276,0.273024,0.075189,0.321494,0.843659,0.355411,0.499943,0.319807,0.298953,0.27128,0.212419,0.138289,0.372253,0.049316,0.150416,0.192645,0.072488,0.079863],
  weights: [0.017004,0.266314,0.138451,0.088239,0.198115,0.052194,-0.232506,-0.328837,-0.049755,0.500221,-0.392982,0.226137,0.489685,0.443673,-0.476004,-0.129342,-0.320836,-0.17509,-0.211725,-0.781517,-0.793304,-0.267166,-0.335295],
  bias: 1.515765,
  answerAbove: 0.300281,
  related: { feature: 'allCovered', above: 0.2 },
};
