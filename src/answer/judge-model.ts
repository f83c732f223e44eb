// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1036 questions; false refusals
// 9/759, unanswerable not answered 153/277, related/not covered right 111/277);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passagePeak","focusBroader","agreement","margin","specificAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.104396,0.011641,0.760688,1.37447,0.153475,0.80414,0.848324,0.095906,0.099954,0.019305,0.17471,0.010618,0.027992,0.226834],
  scale: [0.05143,0.091722,0.31849,0.835665,0.360445,0.328357,0.314718,0.273569,0.228365,0.137595,0.379719,0.102494,0.164951,0.418784],
  weights: [0.236117,-0.301033,0.136214,0.552289,-0.291294,0.408951,0.399096,-0.421302,-0.083317,-0.288832,-0.395022,-0.381501,-0.54964,-0.220207],
  bias: 1.400063,
  answerAbove: 0.351448,
  related: { feature: 'allCovered', above: 0.282843 },
};
