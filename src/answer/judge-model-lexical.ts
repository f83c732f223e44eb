// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 5/255, unanswerable not answered 47/82, related/not covered right 40/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.716373,0.71038,0.181127,0,0.596189,0.148368,0.47181,0.824598,0.085982,0.08942,0.008902,0.192878,0.017804,0.002967,0.008902,0.225519,0.016363],
  scale: [0.335977,0.29393,0.269585,1,0.30937,0.355464,0.499205,0.303067,0.25024,0.211203,0.09393,0.394558,0.132239,0.054393,0.09393,0.417924,0.07461],
  weights: [0.467615,-0.183108,0.12208,0,0.18492,-0.728178,0.629053,0.70326,-0.599944,-0.298315,-0.18727,-0.202545,-0.481779,-0.32472,-0.33303,-0.115701,-0.508532],
  bias: 1.432824,
  answerAbove: 0.423613,
  relatedAbove: 0,
};
