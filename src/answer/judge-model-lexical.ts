// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 46/82, related/not covered right 39/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.73031,0.721305,0.181127,0,0.608418,0.148368,0.47181,0.818488,0.089731,0.091782,0.011869,0.192878,0.017804,0.002967,0.008902,0.225519,0.016363],
  scale: [0.327739,0.287897,0.269585,1,0.306935,0.355464,0.499205,0.31251,0.260679,0.214896,0.108298,0.394558,0.132239,0.054393,0.09393,0.417924,0.07461],
  weights: [0.439802,-0.164178,0.098496,0,0.119978,-0.882579,0.899832,0.819137,-0.613522,-0.446989,-0.256448,-0.21483,-0.530647,-0.336634,-0.332336,-0.152319,-0.50067],
  bias: 1.498181,
  answerAbove: 0.350861,
  relatedAbove: 0,
};
