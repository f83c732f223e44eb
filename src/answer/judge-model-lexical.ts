// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (454 questions; false refusals
// 2/340, unanswerable not answered 59/114, related/not covered right 52/114);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusCovered","allCovered","focusAbsent","margin","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","english","untranslated"],
  mean: [0.738557,0.695947,0.167703,0.592191,0.469163,0.807947,0.092168,0.099885,0.013216,0.178414,0.013216,0.002203,0.222467,0.018199],
  scale: [0.327991,0.290696,0.264212,0.313057,0.499048,0.321361,0.263613,0.228459,0.114198,0.382861,0.114198,0.046881,0.415903,0.072552],
  weights: [0.140858,0.102048,-0.114381,0.225307,0.197747,0.741372,-0.851372,-0.060473,-0.182234,-0.288711,-0.323309,-0.151742,-0.180002,-0.382561],
  bias: 1.380523,
  answerAbove: 0.351413,
  related: { feature: 'allCovered', above: 0.122775 },
};
