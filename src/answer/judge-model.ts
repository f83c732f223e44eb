// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (890 questions; false refusals
// 8/649, unanswerable not answered 140/241, related/not covered right 104/241);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["allCovered","focusAbsent","focusBroader","agreement","margin","figureAsked","figureAnswered","figureSentence","looseMissing","indicatorEmpty","mainAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.732465,0.180103,0.01076,0.752811,1.336773,0.478652,0.794461,0.841452,0.103114,0.016854,0.173034,0.008989,0.02809,0.230337],
  scale: [0.278155,0.270334,0.089167,0.321808,0.81775,0.499544,0.335765,0.319831,0.233967,0.128724,0.378276,0.094382,0.16523,0.421049],
  weights: [0.153774,-0.364914,-0.284792,0.043928,0.527136,0.106736,0.87838,0.615553,0.264813,-0.275846,-0.127556,-0.357914,-0.548372,-0.261993],
  bias: 1.347055,
  answerAbove: 0.375604,
  related: { feature: 'allCovered', above: 0.282843 },
};
