// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (890 questions; false refusals
// 8/649, unanswerable not answered 139/241, related/not covered right 94/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","focusAbsent","focusBroader","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.760444,0.180103,0.01076,0.159551,0.48764,0.804316,0.097483,0.098201,0.013483,0.173034,0.003371,0.008989,0.02809,0.230337],
  scale: [0.309232,0.270334,0.089167,0.366189,0.499847,0.318294,0.267965,0.220571,0.115331,0.378276,0.057961,0.094382,0.16523,0.421049],
  weights: [0.281041,-0.415219,-0.309496,-0.486714,0.226533,0.597516,-0.541995,-0.20379,-0.265237,-0.081535,-0.165145,-0.394418,-0.56251,-0.312266],
  bias: 1.28109,
  answerAbove: 0.382155,
  related: { feature: 'allCovered', above: 0.122775 },
};
