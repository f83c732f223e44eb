// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (454 questions; false refusals
// 1/340, unanswerable not answered 67/114, related/not covered right 61/114);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","allCovered","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","asksPerson","english","untranslated"],
  mean: [0.610167,0.750744,0.714807,0.147577,0.469163,0.799941,0.813393,0.854556,0.095975,0.104084,0.015419,0.178414,0.013216,0.008811,0.222467,0.018199],
  scale: [0.079502,0.323282,0.281715,0.35468,0.499048,0.33541,0.320698,0.3042,0.273678,0.239956,0.12321,0.382861,0.114198,0.09345,0.415903,0.072552],
  weights: [0.260264,0.26585,0.18802,-0.303239,0.270024,0.488458,0.099608,0.607154,-0.483728,-0.131057,-0.206984,-0.403144,-0.348873,-0.131185,-0.255578,-0.352509],
  bias: 1.420738,
  answerAbove: 0.40718,
  related: { feature: 'allCovered', above: 0.315705 },
};
