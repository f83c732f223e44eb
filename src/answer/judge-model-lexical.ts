// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 41/82, related/not covered right 35/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","focusAbsent","specificAsked","figureAsked","figureAnswered","unitAbsent","asksPerson","english","untranslated"],
  mean: [0.734628,0.168792,0.148368,0.47181,0.813405,0.017804,0.008902,0.225519,0.015939],
  scale: [0.324655,0.26201,0.355464,0.499205,0.318671,0.132239,0.09393,0.417924,0.074295],
  weights: [0.310544,-0.134807,-0.631879,0.192885,0.800421,-0.339164,-0.18528,-0.126785,-0.371092],
  bias: 1.411961,
  answerAbove: 0.37194,
  relatedAbove: 0,
};
