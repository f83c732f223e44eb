// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (1890 questions; false refusals
// 13/1389, unanswerable not answered 319/501, related/not covered right 213/501);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","passagePeak","lexicalPeak","focusCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.645882,0.611444,0.105965,0.842206,0.783663,0.174907,0.00964,0.767423,1.387845,0.145503,0.485714,0.82032,0.863014,0.092002,0.020635,0.165079,0.003175,0.020635,0.037566,0.004233,0.020569],
  scale: [0.087383,0.086519,0.051708,0.149419,0.298873,0.269287,0.079623,0.315608,0.839241,0.352607,0.499796,0.321446,0.302402,0.271773,0.142159,0.371252,0.056254,0.142159,0.190144,0.064922,0.079091],
  weights: [0.038136,0.224199,0.149819,0.058858,0.160232,-0.217036,-0.321376,0.033092,0.484836,-0.343447,0.135852,0.598369,0.43154,-0.399169,-0.330963,-0.209301,-0.219864,-0.690175,-0.745886,-0.226077,-0.363039],
  bias: 1.484575,
  answerAbove: 0.295942,
  related: { feature: 'allCovered', above: 0.2 },
};
