// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (1890 questions; false refusals
// 16/1389, unanswerable not answered 302/501, related/not covered right 188/501);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["allCovered","focusBroader","margin","specificAsked","figureAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.749493,0.008784,0.804146,0.145503,0.485714,0.82596,0.088738,0.085302,0.019048,0.173545,0.003175,0.020635,0.037566,0.004233,0.020582],
  scale: [0.285354,0.076418,0.588119,0.352607,0.499796,0.311251,0.261922,0.208359,0.136692,0.378718,0.056254,0.142159,0.190144,0.064922,0.078948],
  weights: [0.235121,-0.292842,0.444149,-0.506778,0.218941,0.538777,-0.486559,-0.193199,-0.257073,-0.438531,-0.210073,-0.717051,-0.797359,-0.241532,-0.459132],
  bias: 1.418287,
  answerAbove: 0.324399,
  related: { feature: 'allCovered', above: 0.122775 },
};
