// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (454 questions; false refusals
// 1/340, unanswerable not answered 46/114, related/not covered right 42/114);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","focusAbsent","margin","figureAsked","figureAnswered","figurePassage","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","asksPerson","english","untranslated"],
  mean: [0.695947,0.167703,0.592191,0.469163,0.807947,0.82021,0.092168,0.099885,0.013216,0.178414,0.013216,0.008811,0.222467,0.018199],
  scale: [0.290696,0.264212,0.313057,0.499048,0.321361,0.306836,0.263613,0.228459,0.114198,0.382861,0.114198,0.09345,0.415903,0.072552],
  weights: [0.162512,-0.142555,0.253607,0.22798,0.696579,0.115554,-0.798922,-0.057985,-0.183166,-0.311741,-0.326942,-0.249597,-0.199259,-0.378336],
  bias: 1.37706,
  answerAbove: 0.222946,
  related: { feature: 'allCovered', above: 0.122775 },
};
