// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (597 questions; false refusals
// 6/429, unanswerable not answered 82/168, related/not covered right 72/168);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusAbsent","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksPerson","english"],
  mean: [0.178895,0.587178,0.144054,0.484087,0.796557,0.092359,0.111084,0.0134,0.184255,0.01005,0.001675,0.008375,0.21943],
  scale: [0.268898,0.315457,0.351144,0.499747,0.330585,0.264969,0.244125,0.114982,0.387692,0.099746,0.040893,0.091132,0.413861],
  weights: [-0.49495,0.249064,-0.509439,0.474395,0.708343,-0.678659,-0.222606,-0.196422,-0.138701,-0.29893,-0.139966,-0.187617,-0.400235],
  bias: 1.16487,
  answerAbove: 0.437039,
  related: { feature: 'allCovered', above: 0.122775 },
};
