// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (220 questions; false refusals
// 3/168, unanswerable not answered 31/52, related/not covered right 27/52);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.627099,0.604027,0.74084,0.72407,0.214454,0.739851,1.031078,0.154545,0.445455,0.807045,0.875597,0.099256,0.093699,0.013636,0.240909,0.018182,0.004545,0.013636,0.204545,0.017155],
  scale: [0.090978,0.072191,0.319383,0.283826,0.2932,0.33121,0.582281,0.361471,0.497016,0.323997,0.285265,0.274469,0.219638,0.115976,0.427635,0.133609,0.067267,0.115976,0.403369,0.076396],
  weights: [-0.165213,0.522025,0.207327,-0.046764,-0.032742,-0.005176,0.692537,-0.335503,0.151537,0.626569,0.635158,-0.49004,-0.311902,-0.302895,-0.11514,-0.44618,-0.289647,-0.29367,0.15976,-0.663898],
  bias: 1.619752,
  answerAbove: 0.444622,
  relatedAbove: 0,
};
