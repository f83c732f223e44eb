// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (890 questions; false refusals
// 6/649, unanswerable not answered 137/241, related/not covered right 94/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figurePassage","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","asksProcedure","english"],
  mean: [0.716244,0.01076,0.765226,0.159551,0.478652,0.803694,0.817553,0.097483,0.098824,0.013483,0.173034,0.003371,0.008989,0.006742,0.02809,0.230337],
  scale: [0.286728,0.089167,0.560508,0.366189,0.499544,0.320021,0.30399,0.267965,0.223329,0.115331,0.378276,0.057961,0.094382,0.08183,0.16523,0.421049],
  weights: [0.2454,-0.355189,0.358701,-0.70886,0.595554,0.711785,-0.03493,-0.585338,-0.317633,-0.330319,-0.445782,-0.226145,-0.4793,-0.099633,-0.757848,-0.425288],
  bias: 1.342577,
  answerAbove: 0.310193,
  related: { feature: 'allCovered', above: 0.122775 },
};
