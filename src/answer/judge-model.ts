// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (2462 questions; false refusals
// 18/1808, unanswerable not answered 458/654, related/not covered right 306/654);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","passagePeak","lexicalPeak","focusCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","yearFigureMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.645154,0.612043,0.105797,0.838894,0.804727,0.179784,0.009098,0.748228,2.550455,0.15069,0.49147,0.819614,0.854292,0.090224,0.090162,0.010154,0.019903,0.002437,0.023152,0.002031,0.049147,0.00528,0.23355,0.020667],
  scale: [0.088478,0.08198,0.052358,0.155342,0.28051,0.273124,0.075174,0.330665,1.598105,0.357747,0.499927,0.319507,0.314085,0.26597,0.218206,0.100256,0.139665,0.049306,0.150386,0.045019,0.216175,0.072473,0.423089,0.079848],
  weights: [-0.025601,0.307442,0.04381,0.088137,0.13792,-0.414117,-0.340874,-0.072822,0.669411,-0.452394,0.290255,0.525096,0.48091,-0.48938,-0.172365,-0.050238,-0.350406,-0.211305,-0.74702,-0.190842,-0.912052,-0.274552,0.075904,-0.198444],
  bias: 1.551095,
  answerAbove: 0.372099,
  related: { feature: 'allCovered', above: 0.165477 },
};
