// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (4012 questions; false refusals
// 27/2958, unanswerable not answered 936/1054, related/not covered right 595/1054);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';
import { WORDING_PRIOR } from './wording-prior.js';
import { VECTOR_PRIOR } from './vector-prior.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","lexicalPeak","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","yearFigureMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","wordingPrior","vectorPrior"],
  mean: [0.391402,0.335289,0.225758,0.835829,0.181666,0.007599,0.699634,6.258509,0.152792,0.471336,0.824941,0.837463,0.900051,0.095232,0.079828,0.009721,0.019691,0.167747,0.001496,0.025673,0.001994,0.04661,0.004985,0.233549,2.316236,1.903295],
  scale: [0.100715,0.094555,0.085922,0.162221,0.277934,0.06716,0.366996,3.413783,0.359787,0.499178,0.323849,0.308871,0.275549,0.276908,0.208336,0.098114,0.138936,0.373641,0.038643,0.158158,0.04461,0.210802,0.070429,0.423089,3.39501,2.607286],
  weights: [0.259878,0.340834,0.333336,0.129299,-0.313018,-0.183551,-0.018804,0.392743,-0.201224,0.140888,0.379938,0.162753,0.415345,-0.319319,-0.166176,0.06077,-0.222572,-0.02155,-0.153978,-0.434978,-0.096362,-0.535192,-0.123624,-0.214354,1.595933,0.870672],
  bias: 2.28064,
  answerAbove: 0.446474,
  related: { feature: 'allCovered', above: 0.133646 },
  priors: { wording: WORDING_PRIOR, vector: VECTOR_PRIOR },
};
