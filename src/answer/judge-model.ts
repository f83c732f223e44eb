// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (337 questions; false refusals
// 2/255, unanswerable not answered 45/82, related/not covered right 39/82);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.634465,0.603085,0.739413,0.730731,0.181127,0.773755,1.114153,0.148368,0.47181,0.813916,0.874945,0.092738,0.093346,0.014837,0.192878,0.017804,0.002967,0.008902,0.225519,0.016363],
  scale: [0.080331,0.082182,0.323579,0.283096,0.269585,0.312,0.594686,0.355464,0.499205,0.320426,0.275165,0.268746,0.218545,0.120899,0.394558,0.132239,0.054393,0.09393,0.417924,0.07461],
  weights: [-0.002358,0.069412,0.422783,-0.219937,0.114218,0.238622,0.234343,-0.606142,0.616673,0.670466,0.506791,-0.605273,-0.238716,-0.261416,-0.205434,-0.493459,-0.356746,-0.258777,-0.242099,-0.416402],
  bias: 1.459804,
  answerAbove: 0.375108,
  relatedAbove: 0,
};
