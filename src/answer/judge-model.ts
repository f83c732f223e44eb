// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2743 questions; false refusals
// 19/2018, unanswerable not answered 496/725, related/not covered right 325/725);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","lexicalPeak","focusCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","looseMissing","yearFigureMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.644705,0.611591,0.13062,0.837734,0.809623,0.183496,0.008846,0.746994,2.631323,0.151659,0.491433,0.82305,0.855696,0.086944,0.009479,0.019686,0.169887,0.002187,0.023697,0.001823,0.048852,0.005104,0.233686,0.020978],
  scale: [0.087035,0.082239,0.058948,0.157288,0.277533,0.274235,0.074139,0.331517,1.672012,0.35869,0.499927,0.318362,0.312171,0.215205,0.096896,0.138921,0.375533,0.046718,0.152102,0.042656,0.215558,0.071259,0.423175,0.08015],
  weights: [-0.075596,0.380102,0.126629,0.091438,0.140614,-0.295781,-0.333649,-0.072675,0.639804,-0.59829,0.316645,0.850326,0.542418,0.033976,-0.041714,-0.356445,-0.15543,-0.207222,-0.783869,-0.182652,-0.948987,-0.275251,0.106506,-0.229828],
  bias: 1.599082,
  answerAbove: 0.339504,
  related: { feature: 'allCovered', above: 0.2187 },
};
