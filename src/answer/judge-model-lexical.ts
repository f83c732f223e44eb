// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 1/255, unanswerable not answered 44/82, related/not covered right 38/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","specificAsked","figureAsked","specificMissing","looseMissing","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.740494,0.148368,0.47181,0.089731,0.091782,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.320475,0.355464,0.499205,0.260679,0.214896,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [0.406763,-0.541552,0.161464,-0.774815,-0.488125,-0.334892,-0.206956,-0.181605,-0.092949,-0.399604],
  bias: 1.403954,
  answerAbove: 0.396364,
  relatedAbove: 0,
};
