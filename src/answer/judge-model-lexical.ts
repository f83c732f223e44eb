// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (1890 questions; false refusals
// 13/1389, unanswerable not answered 307/501, related/not covered right 191/501);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figurePassage","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.842206,0.778804,0.746921,0.174907,0.00964,0.806787,0.145503,0.485714,0.825917,0.840952,0.088145,0.085937,0.019048,0.165079,0.003175,0.020635,0.037566,0.004233,0.232275,0.020569],
  scale: [0.149419,0.299602,0.285577,0.269287,0.079623,0.587393,0.352607,0.499796,0.311434,0.290473,0.261539,0.209137,0.136692,0.371252,0.056254,0.142159,0.190144,0.064922,0.422284,0.079091],
  weights: [0.099099,0.186777,0.042411,-0.320437,-0.353518,0.399296,-0.478418,0.204717,0.5341,0.113784,-0.521181,-0.143579,-0.283767,-0.188736,-0.198777,-0.720071,-0.789889,-0.24057,-0.11751,-0.355244],
  bias: 1.42699,
  answerAbove: 0.315256,
  related: { feature: 'allCovered', above: 0.122775 },
};
