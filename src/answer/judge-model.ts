// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 1/255, unanswerable not answered 47/82, related/not covered right 40/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","focusAbsent","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","unitAbsent","yearBeyond","english","untranslated"],
  mean: [0.60396,0.734102,0.168792,0.148368,0.47181,0.816641,0.875411,0.092145,0.091215,0.014837,0.017804,0.002967,0.225519,0.015939],
  scale: [0.081947,0.325896,0.26201,0.355464,0.499205,0.317089,0.273217,0.267401,0.21413,0.120899,0.132239,0.054393,0.417924,0.074295],
  weights: [0.13455,0.306578,-0.104623,-0.399596,0.216917,0.461139,0.500025,-0.444091,-0.128294,-0.158784,-0.343956,-0.219473,-0.187317,-0.330068],
  bias: 1.380064,
  answerAbove: 0.426313,
  relatedAbove: 0,
};
