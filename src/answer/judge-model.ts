// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (597 questions; false refusals
// 5/429, unanswerable not answered 108/168, related/not covered right 88/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","looseMissing","indicatorEmpty","unitAbsent","yearBeyond","asksProcedure","untranslated"],
  mean: [0.63985,0.600954,0.772671,0.731637,0.172016,0.749882,1.156054,0.169179,0.505863,0.788016,0.836809,0.103995,0.01675,0.01005,0.001675,0.023451,0.020296],
  scale: [0.087292,0.090397,0.301432,0.274042,0.264676,0.324485,0.636248,0.37491,0.499966,0.340819,0.32514,0.236864,0.128335,0.099746,0.040893,0.15133,0.077442],
  weights: [0.166903,0.147078,0.074674,0.08771,-0.321645,0.20972,0.386667,-0.577703,0.237675,0.795374,0.670143,0.021671,-0.283261,-0.323594,-0.169169,-0.517755,-0.315587],
  bias: 1.296657,
  answerAbove: 0.324276,
  related: { feature: 'allCovered', above: 0.367142 },
};
