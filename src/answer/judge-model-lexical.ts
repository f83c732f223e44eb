// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (337 questions; false refusals
// 5/255, unanswerable not answered 44/82, related/not covered right 38/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.709574,0.701928,0.18123,0,0.595327,0.148368,0.47181,0.818031,0.087861,0.094107,0.008902,0.192878,0.014837,0.002967,0.008902,0.225519,0.015343],
  scale: [0.338635,0.299444,0.268416,1,0.308644,0.355464,0.499205,0.310801,0.255145,0.219169,0.09393,0.394558,0.120899,0.054393,0.09393,0.417924,0.068309],
  weights: [0.491112,-0.204351,0.150232,0,0.220967,-0.671832,0.533377,0.685636,-0.622196,-0.247965,-0.179175,-0.214915,-0.396081,-0.321107,-0.334519,-0.096312,-0.494001],
  bias: 1.405749,
  answerAbove: 0.445654,
  relatedAbove: 0,
};
