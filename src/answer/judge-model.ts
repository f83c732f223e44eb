// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (454 questions; false refusals
// 1/340, unanswerable not answered 67/114, related/not covered right 61/114);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","allCovered","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","asksPerson","english","untranslated"],
  mean: [0.61015,0.751426,0.71444,0.147577,0.469163,0.800287,0.813393,0.854556,0.095975,0.103738,0.015419,0.178414,0.013216,0.008811,0.222467,0.018199],
  scale: [0.079481,0.322102,0.28232,0.35468,0.499048,0.335153,0.320698,0.3042,0.273678,0.239458,0.12321,0.382861,0.114198,0.09345,0.415903,0.072552],
  weights: [0.262011,0.242268,0.196816,-0.303757,0.276354,0.49292,0.0947,0.604935,-0.485182,-0.135389,-0.206738,-0.405355,-0.349001,-0.131091,-0.259674,-0.349864],
  bias: 1.419257,
  answerAbove: 0.405745,
  related: { feature: 'allCovered', above: 0.315705 },
};
