// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (741 questions; false refusals
// 7/539, unanswerable not answered 122/202, related/not covered right 90/202);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","focusAbsent","specificAsked","figureAsked","figureAnswered","looseMissing","indicatorEmpty","unitAbsent","yearBeyond","asksProcedure"],
  mean: [0.725937,0.172242,0.163293,0.488529,0.80741,0.093103,0.013495,0.009447,0.006748,0.02834],
  scale: [0.282569,0.264649,0.369633,0.499868,0.31917,0.216705,0.115383,0.096734,0.081866,0.165943],
  weights: [0.262581,-0.445111,-0.723276,0.512291,1.18586,-0.08736,-0.23158,-0.334711,-0.408964,-0.701649],
  bias: 1.286076,
  answerAbove: 0.353349,
  related: { feature: 'allCovered', above: 0.122775 },
};
