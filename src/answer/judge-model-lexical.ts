// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (1596 questions; false refusals
// 15/1175, unanswerable not answered 261/421, related/not covered right 162/421);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","focusBroader","specificAsked","figureAsked","figureAnswered","specificMissing","indicatorEmpty","mainAbsent","unitAbsent","periodOutside","asksProcedure","asksNow","untranslated"],
  mean: [0.841132,0.789188,0.009753,0.148496,0.484962,0.82511,0.090586,0.019424,0.16792,0.002506,0.019424,0.0401,0.005013,0.019688],
  scale: [0.150235,0.295445,0.08147,0.355591,0.499774,0.312367,0.264787,0.138008,0.373795,0.05,0.138008,0.196194,0.070622,0.077229],
  weights: [0.134233,0.355257,-0.339692,-0.452202,0.141262,0.77426,-0.415749,-0.281784,-0.37735,-0.18509,-0.680166,-0.81084,-0.262194,-0.456512],
  bias: 1.392159,
  answerAbove: 0.354046,
  related: { feature: 'allCovered', above: 0.122775 },
};
