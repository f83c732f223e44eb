// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (890 questions; false refusals
// 7/649, unanswerable not answered 145/241, related/not covered right 109/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","focusBroader","agreement","margin","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","indicatorEmpty","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.77024,0.732363,0.180103,0.01076,0.752142,1.339344,0.48764,0.795349,0.811812,0.841521,0.102425,0.102226,0.016854,0.003371,0.008989,0.02809,0.230337],
  scale: [0.30621,0.278247,0.270334,0.089167,0.321987,0.816607,0.499847,0.333598,0.314894,0.31957,0.281284,0.230452,0.128724,0.057961,0.094382,0.16523,0.421049],
  weights: [0.110597,0.065966,-0.463232,-0.290372,0.07623,0.482329,0.171562,0.485775,0.151834,0.512001,-0.577273,0.001406,-0.294067,-0.155247,-0.376021,-0.543233,-0.266888],
  bias: 1.333336,
  answerAbove: 0.394577,
  related: { feature: 'allCovered', above: 0.282843 },
};
