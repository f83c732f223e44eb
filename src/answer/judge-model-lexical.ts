// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (3025 questions; false refusals
// 23/2228, unanswerable not answered 515/797, related/not covered right 326/797);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","allCovered","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figurePassage","specificMissing","looseMissing","yearFigureMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.837085,0.816209,0.771968,0.008917,1.134463,0.153058,0.487934,0.823451,0.838413,0.092157,0.084391,0.008926,0.019835,0.001983,0.023471,0.001653,0.047603,0.004628,0.233719,0.02108],
  scale: [0.157428,0.269214,0.275172,0.072836,0.869303,0.360043,0.499854,0.317336,0.298465,0.268203,0.210533,0.094053,0.139432,0.044492,0.151394,0.040622,0.212925,0.067873,0.423196,0.080482],
  weights: [0.299583,0.261939,-0.055155,-0.277367,0.540099,-0.533771,0.3472,0.662154,0.000872,-0.640381,-0.182269,-0.070686,-0.260247,-0.176814,-0.758239,-0.180968,-1.001938,-0.316196,0.174147,-0.330218],
  bias: 1.426329,
  answerAbove: 0.316494,
  related: { feature: 'focusCovered', above: 0.122775 },
};
