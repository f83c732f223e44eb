// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (454 questions; false refusals
// 1/340, unanswerable not answered 50/114, related/not covered right 46/114);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","focusAbsent","margin","specificAsked","figureAsked","figureAnswered","figurePassage","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.739716,0.169171,0.590405,0.147577,0.469163,0.808528,0.82021,0.092168,0.099304,0.013216,0.178414,0.013216,0.002203,0.008811,0.222467,0.018199],
  scale: [0.326047,0.264202,0.314502,0.35468,0.499048,0.320633,0.306836,0.263613,0.227199,0.114198,0.382861,0.114198,0.046881,0.09345,0.415903,0.072552],
  weights: [0.198457,-0.120706,0.230104,-0.416811,0.363802,0.629334,0.118516,-0.601905,-0.189771,-0.197161,-0.290053,-0.334458,-0.157799,-0.215689,-0.208224,-0.380337],
  bias: 1.402797,
  answerAbove: 0.243506,
  related: { feature: 'allCovered', above: 0.122775 },
};
