// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (890 questions; false refusals
// 7/649, unanswerable not answered 136/241, related/not covered right 99/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","focusBroader","margin","figureAsked","figurePassage","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.645379,0.607896,0.77024,0.732465,0.180103,0.01076,1.336773,0.478652,0.811973,0.102425,0.103114,0.016854,0.173034,0.003371,0.008989,0.02809,0.230337],
  scale: [0.086206,0.086059,0.30621,0.278155,0.270334,0.089167,0.81775,0.499544,0.316078,0.281284,0.233967,0.128724,0.378276,0.057961,0.094382,0.16523,0.421049],
  weights: [0.169765,0.249555,0.061511,0.006927,-0.47985,-0.33989,0.541781,0.095477,0.300698,-1.322939,-0.401916,-0.398079,-0.102589,-0.205601,-0.46811,-0.699894,-0.478195],
  bias: 1.403321,
  answerAbove: 0.298594,
  related: { feature: 'allCovered', above: 0.282843 },
};
