// The judge's fitted coefficients (see judge.ts). Written by `npm run fit -- judge --write`, which fits
// them on the tuning half (220 questions; false refusals 3/168, unanswerable not answered
// 31/52, related/not covered right 27/52); re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.627059,0.604058,0.737468,0.720699,0.214454,0.739831,1.031625,0.154545,0.445455,0.807045,0.875597,0.099256,0.093699,0.013636,0.240909,0.018182,0.004545,0.013636,0.204545,0.017155],
  scale: [0.090984,0.072251,0.323247,0.287971,0.2932,0.331209,0.582604,0.361471,0.497016,0.323997,0.285265,0.274469,0.219638,0.115976,0.427635,0.133609,0.067267,0.115976,0.403369,0.076396],
  weights: [-0.158006,0.525016,0.195852,-0.079336,-0.018412,-0.014251,0.708865,-0.338087,0.164036,0.638956,0.62154,-0.499441,-0.318425,-0.307633,-0.117985,-0.446397,-0.289695,-0.293804,0.152728,-0.666035],
  bias: 1.617596,
  answerAbove: 0.455969,
  relatedAbove: 0,
};
