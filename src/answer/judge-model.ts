// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (3025 questions; false refusals
// 23/2228, unanswerable not answered 570/797, related/not covered right 370/797);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["sentenceSimilarity","passageSimilarity","sentencePeak","passagePeak","focusCovered","allCovered","focusAbsent","focusBroader","margin","figureAsked","figureSentence","specificMissing","looseMissing","yearFigureMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksPerson","asksProcedure","asksNow","english"],
  mean: [0.387108,0.33024,0.222364,0.19816,0.794884,0.758592,0.183234,0.008917,5.272987,0.487934,0.899499,0.094518,0.085117,0.009587,0.019835,0.001983,0.023471,0.001653,0.003967,0.047603,0.004628,0.233719],
  scale: [0.100245,0.093831,0.085573,0.080715,0.294261,0.28835,0.275127,0.072836,2.800879,0.499854,0.275103,0.275349,0.213816,0.097442,0.139432,0.044492,0.151394,0.040622,0.062859,0.212925,0.067873,0.423196],
  weights: [0.322977,0.166985,0.281207,0.427931,0.148742,-0.031473,-0.361398,-0.25937,0.42442,-0.162275,0.672774,-1.041392,-0.188668,-0.02511,-0.366829,-0.155565,-0.735795,-0.170534,0.03402,-0.881633,-0.254761,-0.290046],
  bias: 1.692784,
  answerAbove: 0.361998,
  related: { feature: 'focusCovered', above: 0.358907 },
};
