// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (597 questions; false refusals
// 3/429, unanswerable not answered 82/168, related/not covered right 73/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","margin","specificAsked","figureAsked","figureAnswered","indicatorEmpty","mainAbsent","unitAbsent","asksPerson","english"],
  mean: [0.701965,0.592142,0.144054,0.484087,0.80236,0.0134,0.184255,0.01005,0.008375,0.21943],
  scale: [0.291173,0.321208,0.351144,0.499747,0.32733,0.114982,0.387692,0.099746,0.091132,0.413861],
  weights: [0.19042,0.267611,-0.723514,0.493815,1.029915,-0.191599,-0.469522,-0.286756,-0.193145,-0.406686],
  bias: 1.205062,
  answerAbove: 0.344705,
  related: { feature: 'allCovered', above: 0.122775 },
};
