// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2462 questions; false refusals
// 20/1808, unanswerable not answered 445/654, related/not covered right 296/654);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","passagePeak","lexicalPeak","focusCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow"],
  mean: [0.645154,0.612043,0.130891,0.105797,0.838894,0.804815,0.179784,0.009098,0.747548,2.549364,0.147441,0.49147,0.820609,0.855375,0.088662,0.090729,0.019903,0.002437,0.023152,0.002031,0.049147,0.00528],
  scale: [0.088478,0.08198,0.059013,0.052358,0.155342,0.280414,0.273124,0.075174,0.331012,1.59768,0.354545,0.499927,0.318318,0.312645,0.263824,0.218659,0.139665,0.049306,0.150386,0.045019,0.216175,0.072473],
  weights: [-0.029902,0.322994,0.113073,-0.026201,0.074662,0.121566,-0.449204,-0.349545,-0.074093,0.671236,-0.438059,0.280007,0.523196,0.474472,-0.483399,-0.178406,-0.350736,-0.202622,-0.736464,-0.19133,-0.909649,-0.277434],
  bias: 1.551316,
  answerAbove: 0.343029,
  related: { feature: 'allCovered', above: 0.165477 },
};
