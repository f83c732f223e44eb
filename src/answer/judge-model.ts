// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (741 questions; false refusals
// 5/539, unanswerable not answered 123/202, related/not covered right 98/202);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","focusCovered","allCovered","focusAbsent","agreement","margin","figureAsked","figureAnswered","figureSentence","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english","untranslated"],
  mean: [0.60434,0.776354,0.745875,0.172242,0.749774,1.319407,0.488529,0.799995,0.851279,0.103682,0.017544,0.153846,0.009447,0.006748,0.02834,0.219973,0.019951],
  scale: [0.084743,0.299426,0.270909,0.264649,0.322718,0.79737,0.499868,0.332414,0.31091,0.281961,0.131286,0.360801,0.096734,0.081866,0.165943,0.414228,0.074819],
  weights: [0.248376,0.040561,0.137442,-0.284706,0.122085,0.470396,0.312749,0.73382,0.729188,-0.674635,-0.356683,-0.201144,-0.378124,-0.392403,-0.669913,-0.234123,-0.222112],
  bias: 1.382761,
  answerAbove: 0.280794,
  related: { feature: 'allCovered', above: 0.282843 },
};
