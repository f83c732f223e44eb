// The judge's fitted coefficients without the embedding model (BM25 only) (see judge.ts). Written by
// `npm run fit -- judge --write --lexical`, which fits them on the tuning half (3591 questions; false refusals
// 26/2647, unanswerable not answered 604/944, related/not covered right 383/944);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL_LEXICAL: JudgeModel = {
  features: ["lexicalPeak","focusCovered","allCovered","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figurePassage","looseMissing","yearFigureMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.836828,0.815755,0.769238,0.007991,1.115483,0.153439,0.480646,0.825302,0.840422,0.081455,0.010025,0.019493,0.001671,0.024784,0.001949,0.046784,0.004734,0.23364,0.020392],
  scale: [0.158825,0.270341,0.276691,0.069177,0.858922,0.36041,0.499625,0.317713,0.297937,0.208414,0.099622,0.13825,0.040842,0.155467,0.044108,0.211175,0.068641,0.423146,0.081083],
  weights: [0.314051,0.31706,-0.102976,-0.258643,0.547414,-0.653213,0.408971,1.075897,0.167743,0.161308,-0.079032,-0.236744,-0.167437,-0.798646,-0.144383,-1.023854,-0.264752,0.169856,-0.309124],
  bias: 1.445411,
  answerAbove: 0.30839,
  related: { feature: 'allCovered', above: 0.122775 },
};
