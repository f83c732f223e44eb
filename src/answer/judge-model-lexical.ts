// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (3591 questions; false refusals
// 31/2647, unanswerable not answered 813/944, related/not covered right 510/944);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';
import { WORDING_PRIOR } from './wording-prior.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusAbsent","focusBroader","specificAsked","figureAsked","figureAnswered","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated","wordingPrior"],
  mean: [0.836828,0.183175,0.007991,0.153439,0.480646,0.825302,0.019493,0.001671,0.024784,0.001949,0.046784,0.004734,0.23364,0.020392,2.279222],
  scale: [0.158825,0.277284,0.069177,0.36041,0.499625,0.317713,0.13825,0.040842,0.155467,0.044108,0.211175,0.068641,0.423146,0.081083,3.33333],
  weights: [0.29481,-0.454492,-0.216707,-0.359672,0.262387,0.979963,-0.143255,-0.179012,-0.509228,-0.130483,-0.64931,-0.182721,0.00247,-0.156991,2.161509],
  bias: 1.834827,
  answerAbove: 0.497737,
  related: { feature: 'allCovered', above: 0.122775 },
  priors: { wording: WORDING_PRIOR },
};
