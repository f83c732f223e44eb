// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (3591 questions; false refusals
// 28/2647, unanswerable not answered 672/944, related/not covered right 442/944);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","focusCovered","focusAbsent","focusBroader","agreement","margin","specificAsked","figureAnswered","figurePassage","figureSentence","looseMissing","yearFigureMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.390085,0.333334,0.794248,0.183175,0.007991,0.702371,6.16294,0.153439,0.820988,0.833692,0.898108,0.082551,0.010582,0.019493,0.170705,0.001671,0.024784,0.001949,0.046784,0.004734,0.23364,0.020392],
  scale: [0.100619,0.094907,0.295476,0.277284,0.069177,0.365052,3.17625,0.36041,0.32612,0.310564,0.278512,0.211823,0.102323,0.13825,0.376251,0.040842,0.155467,0.044108,0.211175,0.068641,0.423146,0.081083],
  weights: [0.667571,0.402094,0.126204,-0.260072,-0.239198,-0.043921,0.538856,-0.527358,0.694652,0.180815,0.598473,0.182516,-0.032422,-0.352243,-0.089929,-0.164416,-0.797857,-0.120383,-0.927093,-0.234754,-0.280472,-0.173735],
  bias: 1.715543,
  answerAbove: 0.316733,
  related: { feature: 'allCovered', above: 0.133646 },
};
