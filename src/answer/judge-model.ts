// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1036 questions; false refusals
// 7/759, unanswerable not answered 149/277, related/not covered right 107/277);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","focusCovered","allCovered","focusBroader","agreement","margin","specificAsked","figureAnswered","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.647558,0.610649,0.130675,0.778529,0.743671,0.011641,0.760688,1.37447,0.153475,0.80414,0.095906,0.019305,0.17471,0.002896,0.010618,0.027992,0.226834],
  scale: [0.087411,0.086475,0.058826,0.300223,0.276368,0.091722,0.31849,0.835665,0.360445,0.328357,0.273569,0.137595,0.379719,0.053734,0.102494,0.164951,0.418784],
  weights: [0.129572,0.294873,0.119666,0.093445,0.060285,-0.297655,0.074411,0.47258,-0.366144,0.660616,-0.425075,-0.348913,-0.333349,-0.145375,-0.39217,-0.50399,-0.263404],
  bias: 1.408687,
  answerAbove: 0.305639,
  related: { feature: 'allCovered', above: 0.282843 },
};
