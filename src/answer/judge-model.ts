// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 50/82, related/not covered right 44/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.601546,0.746041,1.115196,0.148368,0.47181,0.807578,0.863122,0.092145,0.100278,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.081689,0.319987,0.596175,0.355464,0.499205,0.32714,0.287054,0.267401,0.232373,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [0.120797,0.303983,0.328262,-0.421397,0.20586,0.470488,0.432273,-0.447453,-0.147461,-0.375721,-0.225969,-0.138401,-0.132608,-0.357713],
  bias: 1.434424,
  answerAbove: 0.463709,
  relatedAbove: 0,
};
