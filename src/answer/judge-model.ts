// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2461 questions; false refusals
// 18/1808, unanswerable not answered 409/653, related/not covered right 276/653);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","passagePeak","lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","yearFigureMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.645184,0.612043,0.130917,0.105807,0.838886,0.804736,0.764169,0.179598,0.009101,0.747445,2.549924,0.148314,0.492483,0.819723,0.835051,0.854504,0.089511,0.090766,0.010158,0.019911,0.166193,0.002438,0.023161,0.038602,0.005282,0.233645,0.020675],
  scale: [0.088483,0.081997,0.059012,0.052367,0.155374,0.280444,0.277686,0.273024,0.075189,0.33104,1.597762,0.355411,0.499943,0.319178,0.299698,0.313616,0.265134,0.218696,0.100276,0.139693,0.372253,0.049316,0.150416,0.192645,0.072488,0.423149,0.079863],
  weights: [-0.031911,0.356711,0.127671,-0.016323,0.087513,0.179183,0.004775,-0.272632,-0.348951,-0.08173,0.638773,-0.463583,0.278104,0.495534,0.028672,0.456349,-0.453539,-0.17337,-0.055431,-0.353426,-0.174497,-0.209576,-0.742879,-0.812861,-0.267889,0.060467,-0.261653],
  bias: 1.571727,
  answerAbove: 0.293225,
  related: { feature: 'allCovered', above: 0.165477 },
};
