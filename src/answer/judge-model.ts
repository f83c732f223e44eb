// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1314 questions; false refusals
// 10/967, unanswerable not answered 195/347, related/not covered right 134/347);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","passagePeak","lexicalPeak","focusCovered","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksPerson","asksProcedure","asksNow","english","untranslated"],
  mean: [0.610007,0.10573,0.843064,0.789756,0.009734,0.766329,1.382528,0.152968,0.478691,0.81332,0.852244,0.088551,0.020548,0.170472,0.002283,0.015221,0.006088,0.031202,0.002283,0.226788,0.019756],
  scale: [0.08566,0.052534,0.147306,0.295596,0.082761,0.31326,0.849997,0.359957,0.499546,0.327879,0.311629,0.216915,0.141865,0.376047,0.047727,0.12243,0.07779,0.173864,0.047727,0.418755,0.077609],
  weights: [0.310315,0.091403,0.013555,0.192893,-0.290667,0.049993,0.489882,-0.516582,0.19941,0.657431,0.510471,0.026037,-0.330255,-0.39869,-0.16567,-0.54686,0.005991,-0.581693,-0.138778,-0.088521,-0.364246],
  bias: 1.509686,
  answerAbove: 0.257196,
  related: { feature: 'allCovered', above: 0.282843 },
};
