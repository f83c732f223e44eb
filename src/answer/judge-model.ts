// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 5/255, unanswerable not answered 46/82, related/not covered right 40/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.634789,0.603235,0.734107,0.724643,0.18123,0.763297,1.084779,0.148368,0.47181,0.815081,0.8748,0.091367,0.093551,0.011869,0.192878,0.014837,0.002967,0.008902,0.225519,0.015343],
  scale: [0.083842,0.084257,0.325024,0.28699,0.268416,0.324797,0.592929,0.355464,0.499205,0.316767,0.276248,0.265661,0.216473,0.108298,0.394558,0.120899,0.054393,0.09393,0.417924,0.068309],
  weights: [-0.014874,0.064491,0.436562,-0.241411,0.144545,0.182335,0.312677,-0.474299,0.401832,0.656712,0.373138,-0.655007,-0.157133,-0.194183,-0.210698,-0.405004,-0.304994,-0.283308,-0.126407,-0.45249],
  bias: 1.424826,
  answerAbove: 0.491122,
  relatedAbove: 0,
};
