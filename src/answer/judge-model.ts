// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1596 questions; false refusals
// 12/1175, unanswerable not answered 259/421, related/not covered right 171/421);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","sentencePeak","lexicalPeak","focusCovered","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.611608,0.132359,0.841132,0.791426,0.009753,0.76498,1.387488,0.148496,0.484962,0.81892,0.8563,0.094139,0.021303,0.16792,0.002506,0.019424,0.0401,0.005013,0.22807,0.019688],
  scale: [0.086327,0.059185,0.150235,0.297109,0.08147,0.31609,0.847309,0.355591,0.499774,0.323515,0.309173,0.27468,0.144393,0.373795,0.05,0.138008,0.196194,0.070622,0.419588,0.077229],
  weights: [0.25404,0.137912,0.059969,0.158619,-0.314866,0.04266,0.534757,-0.346118,0.124658,0.574936,0.42664,-0.396816,-0.333601,-0.411612,-0.172876,-0.654219,-0.760253,-0.232569,-0.083109,-0.38602],
  bias: 1.537865,
  answerAbove: 0.262952,
  related: { feature: 'allCovered', above: 0.282843 },
};
