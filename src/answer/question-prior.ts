// The question's prior: how much a question looks like the ones the plan answers, before any passage
// is read. Two small linear models, fitted on the labelled tuning questions with the judge (npm run
// fit -- judge; src/fit/question-prior-fit.ts): one over the question's wording (Chinese characters
// and character pairs, English words), one over its own vector (before the query adapter). Asking for
// a subsidy's amount, today's weather or another city's figures shows in how a question is put,
// whatever the passages retrieved for it say. Their scores (log-odds) are two of the judge's features.
// Pure: the fitted weights come in as data (question-prior-model.ts).
import type { QuestionVector } from '../search/retrieve.js';

/** Weights of wording units (see wordingUnits); a unit not listed weighs nothing. */
export interface WordingPrior {
  weights: Readonly<Record<string, number>>;
  bias: number;
}

/** Weights over the dimensions of one embedding model's question vectors. */
export interface VectorPrior {
  model: string;
  weights: readonly number[];
  bias: number;
}

export interface QuestionPriors {
  wording?: WordingPrior;
  vector?: VectorPrior;
}

const HAN = /\p{Script=Han}/u;

/**
 * The distinct units the wording prior reads: each Han character and each pair of adjacent Han
 * characters, and each run of Latin letters or of digits, lower-cased. Punctuation and spaces only
 * separate runs, so they never move the score.
 */
export function wordingUnits(text: string): string[] {
  const units = new Set<string>();
  for (const run of text.toLowerCase().match(/\p{Script=Han}+|[a-z]+|[0-9]+/gu) ?? []) {
    if (!HAN.test(run)) {
      units.add(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((c, i) => {
      units.add(c);
      if (i + 1 < chars.length) units.add(c + chars[i + 1]);
    });
  }
  return [...units];
}

/** The wording prior's log-odds that a question worded so is answered by the plan. */
export function wordingScore(prior: WordingPrior, text: string): number {
  return wordingUnits(text).reduce((z, u) => z + (prior.weights[u] ?? 0), prior.bias);
}

/** The vector prior's log-odds; null when the vector is another model's (its dimensions mean something else). */
export function vectorScore(prior: VectorPrior, question: QuestionVector): number | null {
  if (prior.model !== question.model || prior.weights.length !== question.vector.length) return null;
  let z = prior.bias;
  question.vector.forEach((x, i) => (z += x * prior.weights[i]!));
  return z;
}

/**
 * The asking form: words that say what kind of thing is asked (a price or fee, a date or time, a
 * procedure, a place or a person, what is going on now), not what it is about. Written from the kinds
 * of question the plan cannot answer by its nature, not read off the fitted weights.
 */
export const ASKING_FORM: ReadonlySet<string> = new Set([
  // a price, fee, subsidy or tax (one person's)
  '钱', '价格', '票价', '收费', '费用', '补贴', '补助', '罚款', '工资',
  'price', 'prices', 'cost', 'costs', 'fee', 'fees', 'ticket', 'tickets', 'subsidy', 'subsidies', 'tax', 'taxes', 'fines', 'salary', 'wage', 'wages',
  // a date, a time, now
  '几点', '哪天', '几号', '日期', '时候', '几月', '今天', '明天', '昨天', '现在', '最近', '本周', '天气',
  'when', 'date', 'today', 'tomorrow', 'yesterday', 'now', 'week', 'weather', 'hours',
  // a procedure for one person
  '办理', '申请', '手续', '流程', '报名', '材料',
  'apply', 'register', 'documents', 'procedure', 'permit',
  // a place, a person
  '哪里', '哪儿', '在哪', '地址', '谁', '名字', '电话',
  'where', 'address', 'who', 'name', 'names', 'phone',
]);

/** The wording prior's log-odds over the units of the asking form only (the rest weigh nothing). */
export function formScore(prior: WordingPrior, text: string): number {
  return wordingUnits(text).reduce((z, u) => z + (ASKING_FORM.has(u) ? (prior.weights[u] ?? 0) : 0), prior.bias);
}
