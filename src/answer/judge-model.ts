// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 1/255, unanswerable not answered 46/82, related/not covered right 39/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.633411,0.60396,0.734102,0.731872,0.168792,0.759468,1.276024,0.148368,0.47181,0.816641,0.875411,0.092145,0.091215,0.014837,0.169139,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.081701,0.081947,0.325896,0.283488,0.26201,0.320337,0.687221,0.355464,0.499205,0.317089,0.273217,0.267401,0.21413,0.120899,0.374875,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [-0.010074,0.05836,0.447999,-0.243413,0.140961,0.20525,0.201095,-0.581504,0.671847,0.679729,0.59192,-0.609377,-0.24558,-0.254618,-0.327063,-0.498604,-0.344882,-0.24105,-0.292573,-0.515772],
  bias: 1.431406,
  answerAbove: 0.370269,
  relatedAbove: 0,
};
