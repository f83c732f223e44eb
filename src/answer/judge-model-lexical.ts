// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (597 questions; false refusals
// 5/429, unanswerable not answered 93/168, related/not covered right 74/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","focusAbsent","margin","specificAsked","figureAsked","figureAnswered","indicatorEmpty","mainAbsent","unitAbsent","asksPerson","asksProcedure","english"],
  mean: [0.750591,0.172016,0.646222,0.169179,0.505863,0.795115,0.0134,0.147404,0.01005,0.008375,0.023451,0.21943],
  scale: [0.31125,0.264676,0.402356,0.37491,0.499966,0.328803,0.114982,0.354508,0.099746,0.091132,0.15133,0.413861],
  weights: [0.107444,-0.478219,0.244099,-0.729473,0.362799,1.12741,-0.199914,-0.042032,-0.294035,-0.193236,-0.58846,-0.456424],
  bias: 1.241136,
  answerAbove: 0.330219,
  related: { feature: 'allCovered', above: 0.122775 },
};
