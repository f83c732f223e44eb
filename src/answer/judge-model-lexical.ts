// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (4012 questions; false refusals
// 30/2958, unanswerable not answered 903/1054, related/not covered right 568/1054);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';
import { WORDING_PRIOR } from './wording-prior.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","allCovered","focusAbsent","focusBroader","margin","specificAsked","figureAnswered","specificMissing","looseMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated","wordingPrior"],
  mean: [0.835829,0.8158,0.772114,0.181666,0.007599,1.12379,0.152792,0.828824,0.092376,0.078799,0.01994,0.001496,0.025673,0.001994,0.04661,0.004985,0.233549,0.020286,2.316236],
  scale: [0.162221,0.272148,0.277952,0.277934,0.06716,0.874987,0.359787,0.315986,0.26878,0.205336,0.139795,0.038643,0.158158,0.04461,0.210802,0.070429,0.423089,0.081722,3.39501],
  weights: [0.241954,0.110909,0.046509,-0.437946,-0.215165,0.447925,-0.138283,0.511578,-0.4892,-0.146901,-0.105724,-0.163116,-0.507892,-0.122517,-0.621032,-0.161619,0.137064,-0.172155,2.275694],
  bias: 1.942088,
  answerAbove: 0.473139,
  related: { feature: 'focusCovered', above: 0.122775 },
  priors: { wording: WORDING_PRIOR },
};
