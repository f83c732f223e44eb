// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (890 questions; false refusals
// 6/649, unanswerable not answered 126/241, related/not covered right 96/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","agreement","margin","figureAsked","figureAnswered","figurePassage","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.645379,0.607896,0.77024,0.752811,1.336773,0.478652,0.794461,0.811973,0.102425,0.016854,0.173034,0.003371,0.008989,0.02809,0.230337],
  scale: [0.086206,0.086059,0.30621,0.321808,0.81775,0.499544,0.335765,0.316078,0.281284,0.128724,0.378276,0.057961,0.094382,0.16523,0.421049],
  weights: [0.258819,0.264731,0.105214,0.025425,0.541594,0.185017,0.836904,0.066954,-0.889171,-0.383158,-0.370506,-0.204374,-0.453178,-0.688941,-0.408482],
  bias: 1.354844,
  answerAbove: 0.251155,
  related: { feature: 'allCovered', above: 0.282843 },
};
