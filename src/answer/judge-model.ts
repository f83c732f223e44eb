// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 5/255, unanswerable not answered 46/82, related/not covered right 39/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.634801,0.602697,0.741427,0.732299,0.181127,0.758372,1.089064,0.148368,0.47181,0.820134,0.875361,0.090972,0.088895,0.011869,0.192878,0.014837,0.002967,0.008902,0.225519,0.016363],
  scale: [0.084068,0.084222,0.322281,0.282133,0.269585,0.331047,0.592963,0.355464,0.499205,0.312943,0.276736,0.264703,0.209856,0.108298,0.394558,0.120899,0.054393,0.09393,0.417924,0.07461],
  weights: [-0.077031,0.040961,0.362585,-0.199245,0.09462,0.329531,0.309097,-0.471816,0.414222,0.658947,0.448633,-0.64144,-0.173558,-0.194174,-0.194722,-0.414296,-0.308519,-0.280191,-0.155158,-0.447854],
  bias: 1.453473,
  answerAbove: 0.447275,
  relatedAbove: 0,
};
