// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (890 questions; false refusals
// 6/649, unanswerable not answered 135/241, related/not covered right 96/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","margin","specificAsked","figureAsked","figureAnswered","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.760208,0.716244,0.765226,0.159551,0.478652,0.803694,0.098824,0.013483,0.173034,0.003371,0.008989,0.02809,0.230337],
  scale: [0.309579,0.286728,0.560508,0.366189,0.499544,0.320021,0.223329,0.115331,0.378276,0.057961,0.094382,0.16523,0.421049],
  weights: [0.255171,0.042482,0.330407,-0.82357,0.609902,1.108416,-0.022915,-0.318298,-0.362476,-0.222912,-0.470787,-0.73718,-0.36759],
  bias: 1.332568,
  answerAbove: 0.334054,
  related: { feature: 'allCovered', above: 0.122775 },
};
