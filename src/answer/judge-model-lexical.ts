// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (1314 questions; false refusals
// 9/967, unanswerable not answered 195/347, related/not covered right 126/347);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["focusBroader","specificAsked","figureAsked","figureAnswered","figurePassage","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.009734,0.152968,0.478691,0.820858,0.834393,0.093353,0.018265,0.170472,0.002283,0.015221,0.031202,0.002283,0.226788,0.019756],
  scale: [0.082761,0.359957,0.499546,0.314913,0.296919,0.266897,0.133908,0.376047,0.047727,0.12243,0.173864,0.047727,0.418755,0.077609],
  weights: [-0.306514,-0.474705,0.264576,0.642574,0.287206,-0.334615,-0.250149,-0.46886,-0.169512,-0.555601,-0.652792,-0.177388,-0.092513,-0.418417],
  bias: 1.305823,
  answerAbove: 0.32961,
  related: { feature: 'allCovered', above: 0.122775 },
};
