// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2462 questions; false refusals
// 18/1808, unanswerable not answered 426/654, related/not covered right 289/654);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","passagePeak","lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","untranslated"],
  mean: [0.645154,0.612043,0.105797,0.838894,0.804815,0.764265,0.179784,0.009098,0.747548,2.549364,0.147441,0.49147,0.820609,0.855375,0.088662,0.090729,0.019903,0.166531,0.002437,0.023152,0.002031,0.038587,0.00528,0.020667],
  scale: [0.088478,0.08198,0.052358,0.155342,0.280414,0.27767,0.273124,0.075174,0.331012,1.59768,0.354545,0.499927,0.318318,0.312645,0.263824,0.218659,0.139665,0.372557,0.049306,0.150386,0.045019,0.192607,0.072473,0.079848],
  weights: [-0.001942,0.34216,0.02522,0.08219,0.156075,-0.003521,-0.306628,-0.35379,-0.070775,0.656813,-0.461744,0.295509,0.526017,0.473423,-0.489415,-0.175255,-0.352576,-0.175879,-0.209382,-0.747046,-0.187173,-0.816448,-0.269304,-0.238946],
  bias: 1.562672,
  answerAbove: 0.318604,
  related: { feature: 'allCovered', above: 0.165477 },
};
