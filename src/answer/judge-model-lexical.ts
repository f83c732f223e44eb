// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 47/82, related/not covered right 40/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.73517,0.725224,0.178698,0,0.613827,0.148368,0.47181,0.818488,0.089731,0.091782,0.011869,0.189911,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.326251,0.285203,0.268579,1,0.326001,0.355464,0.499205,0.31251,0.260679,0.214896,0.108298,0.392231,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [0.444106,-0.113411,0.098245,0,0.046751,-0.893221,0.909738,0.81714,-0.611988,-0.445947,-0.260364,-0.229313,-0.534542,-0.338285,-0.330855,-0.169773,-0.507758],
  bias: 1.507828,
  answerAbove: 0.357045,
  relatedAbove: 0,
};
