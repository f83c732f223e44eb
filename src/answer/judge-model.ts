// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 5/255, unanswerable not answered 47/82, related/not covered right 40/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.634801,0.602697,0.741427,0.732299,0.181127,0.758372,1.089064,0.148368,0.47181,0.820134,0.875361,0.090972,0.088895,0.011869,0.192878,0.017804,0.002967,0.008902,0.225519,0.016363],
  scale: [0.084068,0.084222,0.322281,0.282133,0.269585,0.331047,0.592963,0.355464,0.499205,0.312943,0.276736,0.264703,0.209856,0.108298,0.394558,0.132239,0.054393,0.09393,0.417924,0.07461],
  weights: [-0.086904,0.045765,0.362794,-0.206217,0.089774,0.331992,0.303072,-0.480461,0.451658,0.656607,0.478853,-0.641871,-0.169524,-0.198705,-0.191534,-0.474317,-0.311222,-0.274235,-0.129664,-0.462323],
  bias: 1.455781,
  answerAbove: 0.453578,
  relatedAbove: 0,
};
