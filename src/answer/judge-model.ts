// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (454 questions; false refusals
// 3/340, unanswerable not answered 70/114, related/not covered right 64/114);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","allCovered","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","untranslated"],
  mean: [0.610167,0.750744,0.714807,0.147577,0.469163,0.799941,0.854556,0.095975,0.104084,0.015419,0.178414,0.013216,0.002203,0.008811,0.018199],
  scale: [0.079502,0.323282,0.281715,0.35468,0.499048,0.33541,0.3042,0.273678,0.239956,0.12321,0.382861,0.114198,0.046881,0.09345,0.072552],
  weights: [0.222465,0.286955,0.208396,-0.30349,0.276374,0.520676,0.627756,-0.497107,-0.160832,-0.187893,-0.317622,-0.352456,-0.186089,-0.122085,-0.448377],
  bias: 1.400831,
  answerAbove: 0.423703,
  related: { feature: 'allCovered', above: 0.315705 },
};
