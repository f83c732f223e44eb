// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (3591 questions; false refusals
// 27/2647, unanswerable not answered 830/944, related/not covered right 527/944);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';
import { WORDING_PRIOR } from './wording-prior.js';
import { VECTOR_PRIOR } from './vector-prior.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","passagePeak","lexicalPeak","focusCovered","focusAbsent","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","yearFigureMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","placeAlongside","asksPerson","asksProcedure","english","untranslated","wordingPrior","vectorPrior"],
  mean: [0.390085,0.333334,0.224939,0.202077,0.836828,0.794248,0.183175,0.007991,6.16294,0.153439,0.480646,0.820988,0.833692,0.898108,0.096461,0.082551,0.010582,0.019493,0.170705,0.001671,0.024784,0.001949,0.00362,0.046784,0.23364,0.020392,2.279222,1.875115],
  scale: [0.100619,0.094907,0.085458,0.081088,0.158825,0.295476,0.277284,0.069177,3.17625,0.36041,0.499625,0.32612,0.310564,0.278512,0.278229,0.211823,0.102323,0.13825,0.376251,0.040842,0.155467,0.044108,0.060059,0.211175,0.423146,0.081083,3.33333,2.54623],
  weights: [0.21579,0.145562,0.236677,0.361019,0.127849,0.117923,-0.236183,-0.178141,0.312584,-0.195559,0.123024,0.385133,0.15762,0.406421,-0.341479,-0.144413,0.111265,-0.24662,-0.061472,-0.15243,-0.446969,-0.097052,-0.049821,-0.556282,-0.071318,-0.150198,1.481292,0.83953],
  bias: 2.250478,
  answerAbove: 0.460918,
  related: { feature: 'allCovered', above: 0.133646 },
  priors: { wording: WORDING_PRIOR, vector: VECTOR_PRIOR },
};
