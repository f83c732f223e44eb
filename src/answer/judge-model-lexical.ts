// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (890 questions; false refusals
// 8/649, unanswerable not answered 136/241, related/not covered right 95/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","focusBroader","margin","specificAsked","figureAnswered","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","asksProcedure","english"],
  mean: [0.716244,0.01076,0.765226,0.159551,0.803694,0.098824,0.013483,0.173034,0.003371,0.008989,0.006742,0.02809,0.230337],
  scale: [0.286728,0.089167,0.560508,0.366189,0.320021,0.223329,0.115331,0.378276,0.057961,0.094382,0.08183,0.16523,0.421049],
  weights: [0.285902,-0.296212,0.319793,-0.562876,0.735527,0.063688,-0.231013,-0.334247,-0.154311,-0.363905,-0.105492,-0.587599,-0.285057],
  bias: 1.29255,
  answerAbove: 0.385367,
  related: { feature: 'allCovered', above: 0.122775 },
};
