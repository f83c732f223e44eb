// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2461 questions; false refusals
// 19/1808, unanswerable not answered 407/653, related/not covered right 274/653);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","passagePeak","lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.645193,0.612023,0.130917,0.105807,0.838886,0.804871,0.764169,0.179598,0.009101,0.747004,2.549263,0.148314,0.492483,0.826631,0.84247,0.861753,0.088261,0.085109,0.019911,0.166193,0.002438,0.023161,0.038602,0.005282,0.020675],
  scale: [0.088472,0.081996,0.059012,0.052367,0.155374,0.280297,0.277686,0.273024,0.075189,0.331204,1.598465,0.355411,0.499943,0.310572,0.28987,0.304353,0.262797,0.205951,0.139693,0.372253,0.049316,0.150416,0.192645,0.072488,0.079863],
  weights: [-0.04737,0.342702,0.115539,0.016298,0.092544,0.151468,0.000952,-0.272825,-0.346862,-0.052482,0.643033,-0.460574,0.211803,0.494453,-0.027641,0.411009,-0.466415,-0.150476,-0.345869,-0.175403,-0.204028,-0.758223,-0.811853,-0.267067,-0.233137],
  bias: 1.56267,
  answerAbove: 0.309425,
  related: { feature: 'allCovered', above: 0.165477 },
};
