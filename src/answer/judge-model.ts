// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 5/255, unanswerable not answered 50/82, related/not covered right 42/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.633657,0.601416,0.74019,0.731755,0.181127,0.775496,1.097644,0.148368,0.47181,0.819309,0.879761,0.090972,0.089719,0.011869,0.192878,0.017804,0.002967,0.008902,0.225519,0.016363],
  scale: [0.08036,0.081211,0.321893,0.281318,0.269585,0.310298,0.599915,0.355464,0.499205,0.313565,0.266101,0.264703,0.211138,0.108298,0.394558,0.132239,0.054393,0.09393,0.417924,0.07461],
  weights: [-0.063078,0.096085,0.433682,-0.234456,0.132706,0.197612,0.268401,-0.497758,0.491932,0.631377,0.53214,-0.604279,-0.180087,-0.201349,-0.2124,-0.472521,-0.309592,-0.249822,-0.211447,-0.432085],
  bias: 1.42598,
  answerAbove: 0.476287,
  relatedAbove: 0,
};
