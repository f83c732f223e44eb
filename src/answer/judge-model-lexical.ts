// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (220 questions; false refusals
// 3/168, unanswerable not answered 32/52, related/not covered right 26/52);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","agreement","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english","untranslated"],
  mean: [0.722689,0.712527,0.214454,0,0.599409,0.154545,0.445455,0.808647,0.096623,0.09473,0,0.240909,0.018182,0.004545,0.013636,0.204545,0.017155],
  scale: [0.328162,0.286844,0.2932,1,0.296155,0.361471,0.497016,0.32125,0.266562,0.224616,1,0.427635,0.133609,0.067267,0.115976,0.403369,0.076396],
  weights: [0.521489,-0.388678,-0.014298,0,0.3849,-0.484842,0.216686,0.701568,-0.630625,-0.255004,0,-0.138924,-0.394879,-0.342409,-0.400869,0.166818,-0.696568],
  bias: 1.453354,
  answerAbove: 0.510378,
  relatedAbove: 0,
};
