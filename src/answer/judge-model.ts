// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2174 questions; false refusals
// 13/1598, unanswerable not answered 366/576, related/not covered right 250/576);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","passagePeak","lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.644652,0.610261,0.105453,0.840371,0.781431,0.751368,0.179247,0.008981,0.763408,1.385382,0.148574,0.48896,0.819954,0.863623,0.092545,0.087501,0.019779,0.165593,0.00276,0.022539,0.036799,0.0046,0.020965],
  scale: [0.088974,0.087991,0.051939,0.152724,0.301847,0.286707,0.272712,0.076102,0.31895,0.844376,0.355668,0.499878,0.319182,0.301114,0.271481,0.210644,0.139241,0.371715,0.052462,0.148429,0.188267,0.067666,0.080669],
  weights: [0.036828,0.241793,0.145646,0.082226,0.178861,0.017656,-0.222108,-0.310893,-0.003658,0.506749,-0.375527,0.221861,0.496051,0.427451,-0.484647,-0.127031,-0.326245,-0.175839,-0.21419,-0.746727,-0.751745,-0.240118,-0.355527],
  bias: 1.507849,
  answerAbove: 0.306962,
  related: { feature: 'allCovered', above: 0.2 },
};
