// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1036 questions; false refusals
// 7/759, unanswerable not answered 140/277, related/not covered right 102/277);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","focusAbsent","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","yearBeyond","asksProcedure","untranslated"],
  mean: [0.610649,0.778529,0.178315,0.011641,1.37447,0.153475,0.47973,0.80414,0.848324,0.095906,0.099954,0.019305,0.17471,0.010618,0.027992,0.020262],
  scale: [0.086475,0.300223,0.269386,0.091722,0.835665,0.360445,0.499589,0.328357,0.314718,0.273569,0.228365,0.137595,0.379719,0.102494,0.164951,0.079],
  weights: [0.292444,0.136612,-0.286811,-0.317708,0.506933,-0.363715,0.19252,0.458756,0.465144,-0.39572,-0.185576,-0.330053,-0.172371,-0.41756,-0.48957,-0.319525],
  bias: 1.417026,
  answerAbove: 0.243303,
  related: { feature: 'allCovered', above: 0.282843 },
};
