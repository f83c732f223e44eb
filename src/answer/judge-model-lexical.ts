// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (2174 questions; false refusals
// 15/1598, unanswerable not answered 348/576, related/not covered right 220/576);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","focusAbsent","focusBroader","specificAsked","figureAsked","figureAnswered","figurePassage","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.840371,0.777975,0.179247,0.008981,0.148574,0.48896,0.825189,0.840349,0.088823,0.085987,0.018399,0.165593,0.00276,0.022539,0.036799,0.0046,0.233671,0.020965],
  scale: [0.152724,0.300664,0.272712,0.076102,0.355668,0.499878,0.309301,0.28938,0.261133,0.206765,0.13439,0.371715,0.052462,0.148429,0.188267,0.067666,0.423165,0.080669],
  weights: [0.179422,0.272399,-0.322325,-0.348444,-0.497587,0.269803,0.571607,0.118626,-0.547704,-0.163348,-0.293525,-0.124774,-0.196787,-0.77698,-0.803371,-0.266207,-0.094161,-0.339412],
  bias: 1.381488,
  answerAbove: 0.327182,
  related: { feature: 'allCovered', above: 0.122775 },
};
