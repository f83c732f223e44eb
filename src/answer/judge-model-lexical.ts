// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 45/82, related/not covered right 38/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","specificAsked","figureAsked","figureAnswered","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.730953,0.148368,0.47181,0.812924,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.327104,0.355464,0.499205,0.318694,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [0.322532,-0.641597,0.260703,0.868289,-0.344886,-0.211068,-0.181239,-0.103762,-0.411843],
  bias: 1.426127,
  answerAbove: 0.403954,
  relatedAbove: 0,
};
