// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (2461 questions; false refusals
// 20/1808, unanswerable not answered 397/653, related/not covered right 251/653);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","focusAbsent","focusBroader","margin","specificAsked","figureAnswered","specificMissing","indicatorEmpty","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.838886,0.773865,0.179598,0.009101,0.808108,0.148314,0.824428,0.088049,0.017879,0.002438,0.023161,0.038602,0.005282,0.020675],
  scale: [0.155374,0.303187,0.273024,0.075189,0.589119,0.355411,0.309354,0.259843,0.132511,0.049316,0.150416,0.192645,0.072488,0.079863],
  weights: [0.170486,0.285536,-0.409002,-0.338694,0.388216,-0.373197,0.668816,-0.496787,-0.243285,-0.185826,-0.781251,-0.840183,-0.302733,-0.359308],
  bias: 1.402745,
  answerAbove: 0.301211,
  related: { feature: 'allCovered', above: 0.122775 },
};
