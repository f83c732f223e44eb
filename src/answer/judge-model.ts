// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (597 questions; false refusals
// 6/429, unanswerable not answered 109/168, related/not covered right 89/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","focusCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","indicatorEmpty","unitAbsent","yearBeyond","asksPerson","asksProcedure","untranslated"],
  mean: [0.63985,0.772671,0.172016,0.74119,1.215171,0.169179,0.505863,0.788016,0.836809,0.01675,0.01005,0.001675,0.008375,0.023451,0.020296],
  scale: [0.087292,0.301432,0.264676,0.328411,0.72114,0.37491,0.499966,0.340819,0.32514,0.128335,0.099746,0.040893,0.091132,0.15133,0.077442],
  weights: [0.213591,0.124898,-0.337252,0.169181,0.513154,-0.580648,0.276927,0.800909,0.644817,-0.263183,-0.321189,-0.164797,-0.141551,-0.516795,-0.317944],
  bias: 1.302097,
  answerAbove: 0.334871,
  related: { feature: 'allCovered', above: 0.367142 },
};
