// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 1/255, unanswerable not answered 45/82, related/not covered right 38/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.740494,0.727235,0.168792,0,0.613217,0.148368,0.47181,0.818488,0.089731,0.091782,0.011869,0.169139,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.320475,0.283912,0.26201,1,0.327556,0.355464,0.499205,0.31251,0.260679,0.214896,0.108298,0.374875,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [0.466973,-0.122367,0.110053,0,0.032085,-0.889811,0.908536,0.817136,-0.617116,-0.439719,-0.26246,-0.282089,-0.536072,-0.332882,-0.33164,-0.170944,-0.51328],
  bias: 1.513188,
  answerAbove: 0.319244,
  relatedAbove: 0,
};
