// The judge's fitted coefficients with the embedding model (see judge.ts). Written by
// `npm run fit -- judge --write`, which fits them on the tuning half (3025 questions; false refusals
// 21/2228, unanswerable not answered 544/797, related/not covered right 352/797);
// re-run it rather than edit.
import type { JudgeModel } from './judge.js';

export const JUDGE_MODEL: JudgeModel = {
  features: ["passageSimilarity","passagePeak","lexicalPeak","focusCovered","focusAbsent","focusBroader","margin","specificAsked","figureAsked","figureAnswered","figurePassage","figureSentence","specificMissing","looseMissing","indicatorEmpty","unitAbsent","periodOutside","placeAlongside","asksProcedure","asksNow","english","untranslated"],
  mean: [0.611747,0.105842,0.837085,0.808693,0.183234,0.008917,2.717724,0.153058,0.487934,0.822557,0.83871,0.85364,0.09234,0.085103,0.021488,0.001983,0.023471,0.001653,0.047603,0.004628,0.233719,0.02108],
  scale: [0.081989,0.052594,0.157428,0.278167,0.275127,0.072836,1.763374,0.360043,0.499854,0.320072,0.298877,0.313949,0.270014,0.212733,0.145003,0.044492,0.151394,0.040622,0.212925,0.067873,0.423196,0.080482],
  weights: [0.332639,0.075022,0.114488,0.110797,-0.447554,-0.315724,0.62989,-0.476338,0.33605,0.539639,0.064249,0.481303,-0.511796,-0.162322,-0.363195,-0.198959,-0.802301,-0.18182,-0.950866,-0.26811,0.094384,-0.198959],
  bias: 1.582142,
  answerAbove: 0.34016,
  related: { feature: 'allCovered', above: 0.207335 },
};
