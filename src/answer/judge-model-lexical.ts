// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (1036 questions; false refusals
// 7/759, unanswerable not answered 150/277, related/not covered right 99/277);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","focusBroader","margin","specificAsked","figureAsked","figureAnswered","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.729926,0.011641,0.789979,0.153475,0.47973,0.812627,0.016409,0.17471,0.002896,0.010618,0.027992,0.226834],
  scale: [0.283229,0.091722,0.57999,0.360445,0.499589,0.313274,0.127043,0.379719,0.053734,0.102494,0.164951,0.418784],
  weights: [0.233101,-0.330265,0.361276,-0.601442,0.282039,0.834345,-0.258321,-0.372526,-0.156503,-0.39815,-0.549742,-0.250597],
  bias: 1.316389,
  answerAbove: 0.352989,
  related: { feature: 'allCovered', above: 0.122775 },
};
