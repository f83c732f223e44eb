// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (741 questions; false refusals
// 4/539, unanswerable not answered 124/202, related/not covered right 99/202);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["focusCovered","focusAbsent","agreement","margin","figureAsked","figureAnswered","figureSentence","specificMissing","looseMissing","indicatorEmpty","mainAbsent","unitAbsent","yearBeyond","asksProcedure","english"],
  mean: [0.776894,0.172242,0.749774,1.326879,0.488529,0.796645,0.843286,0.103682,0.099673,0.017544,0.153846,0.004049,0.006748,0.02834,0.219973],
  scale: [0.29897,0.264649,0.322718,0.802908,0.499868,0.335434,0.319614,0.281961,0.231694,0.131286,0.360801,0.0635,0.081866,0.165943,0.414228],
  weights: [0.123372,-0.418284,0.13438,0.546403,0.413998,0.720215,0.694529,-0.760003,-0.117797,-0.314088,-0.109437,-0.225145,-0.385638,-0.686261,-0.32249],
  bias: 1.35803,
  answerAbove: 0.337823,
  related: { feature: 'allCovered', above: 0.282843 },
};
