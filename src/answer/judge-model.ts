// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 43/82, related/not covered right 38/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","focusCovered","agreement","specificAsked","figureAsked","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","english","untranslated"],
  mean: [0.633615,0.745117,0.760983,0.148368,0.47181,0.868949,0.092145,0.098544,0.014837,0.169139,0.017804,0.225519,0.015939],
  scale: [0.081164,0.319183,0.319412,0.355464,0.499205,0.281532,0.267401,0.229633,0.120899,0.374875,0.132239,0.417924,0.074295],
  weights: [0.101205,0.348688,0.235072,-0.422038,0.120241,0.482543,-0.67908,-0.324743,-0.175588,-0.182509,-0.347832,-0.195393,-0.316662],
  bias: 1.399226,
  answerAbove: 0.399935,
  relatedAbove: 0,
};
