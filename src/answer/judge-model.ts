// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1890 questions; false refusals
// 14/1389, unanswerable not answered 297/501, related/not covered right 197/501);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","focusBroader","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.8412,0.784895,0.008784,0.145503,0.485714,0.820037,0.861573,0.09292,0.020635,0.173545,0.003175,0.020635,0.037566,0.004233,0.020582],
  scale: [0.149725,0.299243,0.076418,0.352607,0.499796,0.321983,0.303385,0.273078,0.142159,0.378718,0.056254,0.142159,0.190144,0.064922,0.078948],
  weights: [0.16971,0.251696,-0.308317,-0.407559,0.24034,0.622155,0.46569,-0.328066,-0.300928,-0.385786,-0.218489,-0.697753,-0.806559,-0.251867,-0.435611],
  bias: 1.353289,
  answerAbove: 0.300675,
  related: { feature: 'allCovered', above: 0.210656 },
};
