// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 47/82, related/not covered right 39/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.633411,0.604028,0.731086,0.72725,0.178698,0.754988,1.271948,0.148368,0.47181,0.816641,0.875411,0.092145,0.091215,0.014837,0.189911,0.017804,0.002967,0.008902,0.225519,0.015939],
  scale: [0.081701,0.081861,0.330893,0.28612,0.268579,0.323866,0.687483,0.355464,0.499205,0.317089,0.273217,0.267401,0.21413,0.120899,0.392231,0.132239,0.054393,0.09393,0.417924,0.074295],
  weights: [0.003934,0.043647,0.417442,-0.251558,0.108428,0.177825,0.208072,-0.588882,0.686554,0.684669,0.571921,-0.606043,-0.25706,-0.248755,-0.229566,-0.497548,-0.352622,-0.241321,-0.290591,-0.510229],
  bias: 1.42417,
  answerAbove: 0.436869,
  relatedAbove: 0,
};
