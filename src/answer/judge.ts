// Judging answerability on evidence: several signals about the question and the passages retrieved
// for it, and the question priors' reading of the question alone (question-prior.ts), combined by a
// small logistic model fitted on labelled questions (npm run fit -- judge), into three outcomes:
// answered, related (the plan touches the topic but does not answer), not covered.
// Pure: the model's coefficients and priors come in as data (judge-model.ts).
import { splitSentences } from '../chunk/chunk.js';
import type { Hit } from '../search/retrieve.js';
import type { Sentence } from '../chunk/sentences.js';
import { conceptWeight, givesFigure, type Peaks } from '../search/retrieve.js';
import { carriesFigure, mentionsYear, PLAN_TARGET_YEAR, type FigureAsk } from '../plan/facts.js';
import { askedText, withoutClosingTone, type Concept, type ParsedQuestion } from '../understand/question.js';
import type { Outcome, ReasonCode } from './types.js';
import { formScore, vectorScore, wordingScore, type QuestionPriors } from './question-prior.js';
import type { QuestionVector } from '../search/retrieve.js';

/** What the judge reads. Shares are idf-weighted over the question's content words (concepts). */
export interface JudgeFeatures {
  /** Best sentence similarity among the top passages (raw cosine; 0 without a model). */
  sentenceSimilarity: number;
  /** Best passage similarity among the top passages. */
  passageSimilarity: number;
  /** How far the closest sentence, passage and BM25 match stand out from the nearest ones (see Peaks). */
  sentencePeak: number;
  passagePeak: number;
  lexicalPeak: number;
  /** Share of the asking clause's concepts (those the plan has in some form) the best of the top passages covers. */
  focusCovered: number;
  /** The same over all the question's concepts. */
  allCovered: number;
  /** Share of the asking clause's concepts the plan never uses, in any form. */
  focusAbsent: number;
  /** Share of the asking clause's concepts the plan has only in a broader form (核电站 → 电站). */
  focusBroader: number;
  /** The top passage is ranked high by the lexical and the dense side alike (min of the two, 0–1). */
  agreement: number;
  /** Lead of the top passage's score over the third's. */
  margin: number;
  /** A specific figure is asked: money, a date, an age, a frequency, a person's name or a place. */
  specificAsked: number;
  /** A figure is asked, of any kind. */
  figureAsked: number;
  /**
   * When a figure is asked: the share of the asking clause's concepts covered by a sentence of the
   * top passages that carries a figure of the asked kind (with its headings), best over sentences; 0
   * if none does. 1 when no figure is asked.
   */
  figureAnswered: number;
  /**
   * When a figure is asked: the share of the question's concepts covered by a whole top passage (with
   * its headings) that carries a figure of the asked kind somewhere; 0 if none does, 1 when no figure
   * is asked. Looser than figureAnswered: the subject may be named in another sentence of the passage.
   */
  figurePassage: number;
  /**
   * When a figure is asked: how well (the dense sentence signal, 0–1) the best-matching sentence of a
   * top passage matches the question, if that sentence carries a figure of the asked kind; best over
   * the top passages, 0 if none does. 1 when no figure is asked.
   */
  figureSentence: number;
  /** specificAsked × (1 − figureAnswered): a specific figure asked and not found. */
  specificMissing: number;
  /** A figure of a looser kind (amount, quantity, percent) asked and not found: as above. */
  looseMissing: number;
  /**
   * A figure is asked for one year other than 2025 (2030, 2035, 2023) and no top passage that names
   * that year gives one: the plan states 2035 as a vision in words, not in figures.
   */
  yearFigureMissing: number;
  /** A figure is asked and the top passages hold the indicator row the question names, with no value ("—"). */
  indicatorEmpty: number;
  /** The heaviest concept of the asking clause never occurs in the plan, in any form. */
  mainAbsent: number;
  /** The question asks in a unit the plan never uses (多少微克, how many tourist visits). */
  unitAbsent: number;
  /** The question asks about a time the plan gives nothing for: another plan's period, 2010, 2040. */
  periodOutside: number;
  /** Another place is named with its own affairs beside Ji'an (Shenzhen's 2025 target): see placeAlongside. */
  placeAlongside: number;
  /** The question asks for a person's name. */
  asksPerson: number;
  /** The question asks how to get something done as one person (papers, sign-up, fines, shops). */
  asksProcedure: number;
  /** The question asks what is going on now (weather, today, this week). */
  asksNow: number;
  /** English (or mixed) question. */
  english: number;
  /** Share of English content words nothing could translate. */
  untranslated: number;
  /**
   * The wording prior's log-odds that a question put this way is answered (question-prior.ts; 0 without
   * one), read as asked (without its courtesies, the city named one way, no closing tone particle: see
   * askedText, withoutClosingTone).
   */
  wordingPrior: number;
  /** The vector prior's log-odds, from the question's own vector (0 without a model or a prior for it). */
  vectorPrior: number;
}

export type FeatureName = keyof JudgeFeatures;

export const FEATURE_NAMES: FeatureName[] = [
  'sentenceSimilarity', 'passageSimilarity', 'sentencePeak', 'passagePeak', 'lexicalPeak', 'focusCovered', 'allCovered', 'focusAbsent', 'focusBroader', 'agreement', 'margin',
  'specificAsked', 'figureAsked', 'figureAnswered', 'figurePassage', 'figureSentence', 'specificMissing', 'looseMissing', 'yearFigureMissing', 'indicatorEmpty', 'mainAbsent', 'unitAbsent', 'periodOutside', 'placeAlongside', 'asksPerson', 'asksProcedure', 'asksNow', 'english', 'untranslated',
  'wordingPrior', 'vectorPrior',
];

/** How many of the top passages the judge reads. */
export const JUDGED_PASSAGES = 3;

export interface JudgeContext {
  idf: (token: string) => number;
  /** The plan's sentences, which Hit.bestSentence points into. */
  sentences: readonly Sentence[];
  /** Whether text occurs in the plan (whitespace ignored). */
  inPlan: (text: string) => boolean;
  /** What retrieval found of how far the closest matches stand out (0 each when not given). */
  peaks?: Peaks;
  /** The question's own vector (retrieval's), for the vector prior. */
  question?: QuestionVector | null;
  /** The priors the judge model was fitted with (its `priors`). */
  priors?: QuestionPriors;
  /** How far the priors reach (the model's `reach`): what the wording prior reads. */
  reach?: PriorReach;
}

/** The weighted share of concepts that pass the test; `empty` when there are none to weigh. */
function share(concepts: Concept[], weightOf: (c: Concept) => number, test: (c: Concept) => boolean, empty = 1): number {
  const total = concepts.reduce((s, c) => s + weightOf(c), 0);
  return total ? concepts.filter(test).reduce((s, c) => s + weightOf(c), 0) / total : empty;
}

const covers = (text: string, c: Concept) => c.forms.some((f) => text.includes(f.toLowerCase()));

/** Kinds of figure a passage either gives or does not: nothing near it answers instead. */
const SPECIFIC = new Set(['money', 'date', 'age', 'frequency', 'person', 'place']);

const heaviest = (concepts: Concept[], idf: JudgeContext['idf']) =>
  concepts.reduce<Concept | undefined>((best, c) => (!best || conceptWeight(c, idf) > conceptWeight(best, idf) ? c : best), undefined);

function figureSentence(q: ParsedQuestion, ask: FigureAsk, top: readonly Hit[], sentences: readonly Sentence[]): number {
  let best = 0;
  for (const h of top) {
    const text = h.bestSentence === null ? null : sentences[h.bestSentence]?.text;
    if (text && givesFigure({ ...h.passage, text }, ask, q.asksPast)) best = Math.max(best, h.signals.sentence);
  }
  return best;
}

function figurePassage(q: ParsedQuestion, ask: FigureAsk, top: readonly Hit[], idf: JudgeContext['idf']): number {
  const coverable = q.concepts.filter((c) => c.inPlan);
  const weightOf = (c: Concept) => conceptWeight(c, idf);
  return Math.max(0, ...top.filter((h) => givesFigure(h.passage, ask, q.asksPast))
    .map((h) => share(coverable, weightOf, (c) => covers(`${h.passage.context} ${h.passage.text}`.toLowerCase(), c))));
}

/** Best coverage of the question by a sentence that carries a figure of the asked kind (see JudgeFeatures). */
function figureAnswered(q: ParsedQuestion, top: readonly Hit[], idf: JudgeContext['idf']): number {
  const weightOf = (c: Concept) => (c.inFocus ? 2 : 1) * conceptWeight(c, idf);
  const ask = q.figure;
  if (!ask) return 0;
  let best = 0;
  for (const { passage } of top) {
    const units = passage.table ? [passage.text] : splitSentences(passage.text).map((s) => passage.text.slice(s.start, s.end));
    for (const unit of units) {
      if (!givesFigure({ ...passage, text: unit }, ask, q.asksPast)) continue;
      const text = `${passage.context} ${unit}`.toLowerCase();
      best = Math.max(best, share(q.concepts.filter((c) => c.inPlan), weightOf, (c) => covers(text, c)));
    }
  }
  return best;
}

function yearFigureMissing(q: ParsedQuestion, top: readonly Hit[]): boolean {
  const ask = q.figure;
  const year = ask?.year;
  if (!ask || !year || year === PLAN_TARGET_YEAR) return false;
  return !top.some((h) => mentionsYear(`${h.passage.text}${h.passage.context}`, year) && givesFigure(h.passage, ask, q.asksPast));
}

/** What the wording prior reads: the question as asked, without a closing tone particle (…建好呢？ as …建好？). */
const priorText = (q: ParsedQuestion) => withoutClosingTone(askedText(q.text));

export function judgeFeatures(q: ParsedQuestion, hits: readonly Hit[], ctx: JudgeContext): JudgeFeatures {
  const top = hits.slice(0, JUDGED_PASSAGES);
  const texts = top.map((h) => `${h.passage.context} ${h.passage.text}`.toLowerCase());
  const focus = q.concepts.filter((c) => c.inFocus);
  /** The asking clause's concepts, or all the question's when none is in it. */
  const asked = focus.length ? focus : q.concepts;
  const weightOf = (c: Concept) => conceptWeight(c, ctx.idf);
  /**
   * Coverage counts only concepts the plan has in some form (an everyday word it never uses cannot be
   * covered); a question whose concepts are all absent from the plan is covered not at all.
   */
  const bestShare = (concepts: Concept[]) => {
    const coverable = concepts.filter((c) => c.inPlan);
    if (concepts.length && !coverable.length) return 0;
    return Math.max(0, ...texts.map((t) => share(coverable, weightOf, (c) => covers(t, c))));
  };
  const first = top[0];
  const english = q.language !== 'zh';
  const specificAsked = q.figure?.kinds.some((k) => SPECIFIC.has(k)) ? 1 : 0;
  // A figure for another year (the 2025 target, asked for 2035) answers nothing.
  const otherYear = yearFigureMissing(q, top);
  const answered = !q.figure ? 1 : otherYear ? 0 : figureAnswered(q, top, ctx.idf);
  const englishWords = q.bridges.filter((b) => b.source !== 'thesaurus').length + q.untranslated.length;
  return {
    sentenceSimilarity: Math.max(0, ...top.map((h) => h.sentenceSimilarity ?? 0)),
    passageSimilarity: Math.max(0, ...top.map((h) => h.passageSimilarity ?? 0)),
    sentencePeak: ctx.peaks?.sentence ?? 0,
    passagePeak: ctx.peaks?.passage ?? 0,
    lexicalPeak: ctx.peaks?.lexical ?? 0,
    focusCovered: bestShare(asked),
    allCovered: bestShare(q.concepts),
    focusAbsent: share(asked, weightOf, (c) => !c.inPlan, 0),
    focusBroader: share(asked, weightOf, (c) => c.broader, 0),
    agreement: first ? Math.min(first.signals.lexical, Math.max(first.signals.sentence, first.signals.passage)) : 0,
    margin: first ? first.score - (top[2]?.score ?? 0) : 0,
    specificAsked,
    figureAsked: q.figure ? 1 : 0,
    figureAnswered: answered,
    figurePassage: !q.figure ? 1 : otherYear ? 0 : figurePassage(q, q.figure, top, ctx.idf),
    figureSentence: !q.figure ? 1 : otherYear ? 0 : figureSentence(q, q.figure, top, ctx.sentences),
    specificMissing: specificAsked * (1 - answered),
    looseMissing: (q.figure && !specificAsked ? 1 : 0) * (1 - answered),
    yearFigureMissing: otherYear ? 1 : 0,
    indicatorEmpty: q.figure && top.some((h) => h.signals.indicator >= 0.5 && !carriesFigure({ text: h.passage.text, cells: h.passage.table?.cells }, { kinds: ['amount'] })) ? 1 : 0,
    unitAbsent: q.figure?.unit && !ctx.inPlan(q.figure.unit) ? 1 : 0,
    mainAbsent: heaviest(asked, ctx.idf)?.inPlan === false ? 1 : 0,
    periodOutside: q.periodOutside ? 1 : 0,
    placeAlongside: q.placeAlongside ? 1 : 0,
    asksPerson: q.figure?.kinds.includes('person') ? 1 : 0,
    asksProcedure: q.asksProcedure ? 1 : 0,
    asksNow: q.asksNow ? 1 : 0,
    english: english ? 1 : 0,
    untranslated: english && englishWords ? q.untranslated.length / englishWords : 0,
    wordingPrior: !ctx.priors?.wording ? 0
      : ctx.reach?.wording === 'form' ? formScore(ctx.priors.wording, priorText(q)) : wordingScore(ctx.priors.wording, priorText(q)),
    vectorPrior: (ctx.priors?.vector && ctx.question && vectorScore(ctx.priors.vector, ctx.question)) || 0,
  };
}

/** A fitted logistic model: p(answered) = σ(bias + Σ weight·(feature − mean)/scale). */
export interface JudgeModel {
  features: FeatureName[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** At or above: answered. */
  answerAbove: number;
  /** Not answered: related when this feature is at or above `above`, not covered below it (as fitted). */
  related: RelatedBar;
  /** When given, the bars that replace `related`, chosen at inference time: related when every one is met. */
  relatedRule?: readonly RelatedBar[];
  /** The question priors behind its wordingPrior and vectorPrior features, fitted with it. */
  priors?: QuestionPriors;
  /** How far the priors may move the outcome, chosen at inference time (absent: as fitted, uncapped). */
  reach?: PriorReach;
}

/**
 * How far the question priors, which read the question alone, may move the judge's log-odds: what the
 * wording prior reads (every unit as fitted; only the units of the asking form, see ASKING_FORM; or
 * nothing), whether the vector prior counts, and a cap on what the two add together, so that no way of
 * putting a question outweighs the passages on its own.
 */
export interface PriorReach {
  wording: 'all' | 'form' | 'none';
  vector: 'all' | 'none';
  /** Most log-odds the priors together may add or take away (Infinity: no cap). */
  cap: number;
  /**
   * Most log-odds the priors may take away when the evidence is decisive (see decisiveEvidence):
   * absent, as much as `cap`.
   */
  decisive?: number;
  /**
   * Most log-odds the priors may take away when the evidence itself shows what was asked is missing
   * (see evidenceGap): absent, as much as `cap`. Never less than `cap`: a gap only lets the priors
   * deepen a refusal the evidence already points to.
   */
  gap?: number;
}

/**
 * A feature's bar for the related outcome: at or above `above` (`aboveEnglish` instead, when given, for
 * an English or mixed question) and, when given, below `below`.
 */
export interface RelatedBar {
  feature: FeatureName;
  above: number;
  aboveEnglish?: number;
  below?: number;
}

const barMet = (f: JudgeFeatures, b: RelatedBar) =>
  f[b.feature] >= (f.english && b.aboveEnglish !== undefined ? b.aboveEnglish : b.above) && (b.below === undefined || f[b.feature] < b.below);

/**
 * The evidence answers on its own: a figure is asked, a sentence of the top passages carries a figure
 * of that kind and names everything the question names that the plan has (figureAnswered 1), the plan
 * uses every word of the asking clause (focusAbsent 0), and no other period is asked (periodOutside 0).
 * How a question so answered is worded ("吉安经济一年要涨多少？") should not turn it away.
 */
export function decisiveEvidence(f: JudgeFeatures): boolean {
  return f.figureAsked === 1 && f.figureAnswered >= 0.999 && f.focusAbsent === 0 && f.periodOutside === 0;
}

/** Below this best-sentence similarity the plan's closest sentence is not close in meaning (see evidenceGap). */
export const WEAK_SIMILARITY = 0.3;

/**
 * The evidence shows a gap where the answer should be: a figure is asked and no sentence of the top
 * passages carrying a figure of that kind names everything asked (figureAnswered < 1), or the
 * indicator row asked for is empty, or the plan gives no figure for the year asked, or the question
 * asks for one person's errand, for what is going on now, or for another place's affairs, or the
 * plan's closest sentence is not close in meaning (sentenceSimilarity < WEAK_SIMILARITY; the judge
 * without the model has no similarity and does not read gaps). Then the passages themselves say the
 * answer is not there, and the priors may say how far.
 */
export function evidenceGap(f: JudgeFeatures): boolean {
  return (f.figureAsked === 1 && f.figureAnswered < 0.999) || f.indicatorEmpty > 0 || f.yearFigureMissing > 0
    || f.asksProcedure > 0 || f.asksNow > 0 || f.placeAlongside > 0 || f.sentenceSimilarity < WEAK_SIMILARITY;
}

/**
 * The reach answers use: both priors read as fitted, their sum capped at 1.5 log-odds either way.
 * Chosen on the tuning halves (scripts/measure-prior-reach.ts, rule and figures in the README): the
 * smallest cap of 2, 1.5, 1 and 0.5 that leaves hit@1, hit@5, false refusals and unanswerable declined on
 * everyday and dev no worse and the project's own files' hit@1, hit@5 and false refusals no worse; reading
 * the wording prior's asking form only, or dropping it, raised false refusals on those files. Its cost,
 * measured once on the held-out halves after the choice: everyday unanswerable declined 11 → 9 of 14
 * (hit@1, hit@5, false refusals unchanged); the tuning half's 1,177 → 1,069 of 1,253 is in sample for
 * the priors. The threshold (answerAbove) is still the one fitted for uncapped priors. Where the
 * evidence shows a gap the priors reach further (`gap`, below): that won the 11 of 14 back.
 */
export const PRIOR_REACH: PriorReach = { wording: 'all', vector: 'all', cap: 1.5, decisive: 0, gap: 3 };

/*
 * PRIOR_REACH.gap, 3: when the evidence itself shows a gap (evidenceGap), the priors may take away up
 * to 3 log-odds instead of 1.5 (they still add at most 1.5). Why: the judge was fitted with the priors
 * uncapped, so its evidence weights leave declining to them; capped, 105 unanswerable tuning questions
 * declined before were answered (subsidies per mu or per month, a named hospital's beds or opening
 * year, a card to replace, the 城镇调查失业率 row with no figure). Read off the tuning halves' features
 * (scripts/measure-judge-dump.ts, offline): with a gap read from the figure features alone 41 of the 105
 * are declined again, with the closest sentence not close in meaning (sentenceSimilarity < 0.3) also a
 * gap 79 (0.28: 73, 0.32: 79 with more answerable questions exposed; the share of the asking clause's
 * words the plan never uses, ≥ 0.3 or > 0, lost a tuning pair); 2.5 declined fewer, 3 as many as no
 * limit. In all, the tuning halves of dev, everyday and the own files: unanswerable declined 1,072 →
 * 1,150 of 1,253, false refusals 8 → 9 of 2,965 (in sample for the priors), hit@1 and hit@5 unchanged;
 * tuning paraphrase pairs 97 → 98 of 101. Measured once on the held-out halves after the choice:
 * everyday unanswerable declined 9 → 11 of 14 (the figure gaps alone: 10), hit@1, hit@5 and false
 * refusals unchanged; dev unchanged; held-out paraphrase pairs 84 → 83 of 93.
 */

/*
 * PRIOR_REACH.decisive, 0: when the evidence is decisive (decisiveEvidence), the priors may add but
 * not take away. On the tuning halves of dev, everyday and the project's own files (4,218 questions,
 * scripts/measure-judge-rules.ts) 495 questions have decisive evidence, 11 of them
 * unanswerable; taking away at most 1, 0.5 or nothing changed no outcome there (hit@1, hit@5, false
 * refusals and unanswerable declined all as with the cap alone), so nothing is the choice: what it
 * changes are canonical questions put in words the priors dislike ("吉安经济一年要涨多少？", 0.448
 * against the threshold 0.446 with the cap alone, 0.78 now; test/canonical-gdp.test.ts), and on the
 * tuning half of the paraphrase pairs one pair ("投资一年打算涨多少嘞" against its formal twin).
 */

/**
 * The related bars of the judge with the model: related when the best of the top passages names a
 * fifth of the question's concepts the plan has (allCovered ≥ 0.2) and the plan's closest sentence is
 * close in meaning (sentenceSimilarity ≥ 0.25), not covered otherwise. Chosen on the tuning halves
 * (scripts/measure-judge-rules.ts) over the fitted bar (allCovered ≥ 0.134), which reads only which
 * words a question uses: of the 1,069 unanswerable tuning questions declined, related against not
 * covered right for 792 instead of 666 (everyday 11 of 15 instead of 12, dev 2 of 2 instead of 1; the
 * project's own files 779 instead of 653), hit@1, hit@5, false refusals and declined unchanged; on the
 * tuning half of the paraphrase pairs, of the 20 both sides of which are declined, 17 keep their outcome
 * instead of 16 (all pairs of that half, with PRIOR_REACH.decisive: 95 → 97 of 101). A higher similarity
 * bar (0.3) keeps 18 but gets everyday's related-or-not right for 9 of 15. The judge without the model
 * has no sentence similarity and keeps its fitted bar. Measured once on the held-out halves after the
 * choice (with PRIOR_REACH.decisive): paraphrase pairs 85 → 84 of 93 (three related/not-covered pairs
 * won, four lost: the boundary is no steadier there); everyday and dev held-out hit@1, hit@5, false
 * refusals and unanswerable declined unchanged.
 */
/*
 * And neither one person's errand (asksProcedure) nor what is going on now (asksNow) is asked: such a
 * question is not covered even where the plan names its topic (医保卡余额怎么查 beside 基本医疗保险, a
 * work visa beside 工作), for a development plan never says how one person gets a thing done or what
 * today brings; the writers of the labelled questions put 151 of the 185 declined errands as not
 * covered. Whether a passage shares a word with the errand had decided it, so the same errand put in
 * other words flipped between related and not covered. On the tuning halves of the labelled files
 * (scripts/measure-judge-dump.ts), related against not covered right for 740 → 771 of the 954 declined
 * unanswerable questions not about another place; answered and declined unchanged (the rule reads no
 * probability).
 */
/*
 * For an English (or mixed) question the similarity bar is 0.2: the Chinese model puts an English
 * question further from every sentence, the one that touches its topic too, so the same question in
 * English fell below the bar its Chinese twin cleared. Tuning halves of the labelled files: related
 * against not covered right for 155 → 163 of the 202 English questions declined (0.22: 162, 0.15: 152;
 * Chinese unchanged); paraphrase pairs unchanged.
 */
export const RELATED_WITH_MODEL: readonly RelatedBar[] = [
  { feature: 'allCovered', above: 0.2 }, { feature: 'sentenceSimilarity', above: 0.25, aboveEnglish: 0.2 },
  { feature: 'asksProcedure', above: 0, below: 1 }, { feature: 'asksNow', above: 0, below: 1 },
];

const PRIOR_FEATURES: ReadonlySet<FeatureName> = new Set(['wordingPrior', 'vectorPrior']);

/**
 * The priors' part of the log-odds, capped. A form-only wording score is centred on the prior's bias
 * (a question with no asking-form unit gets nothing from it), not on the mean over all units.
 */
export function priorLogOdds(f: JudgeFeatures, m: JudgeModel): number {
  const reach = m.reach;
  let z = 0;
  m.features.forEach((name, i) => {
    if (!PRIOR_FEATURES.has(name)) return;
    if (name === 'wordingPrior' && reach?.wording === 'none') return;
    if (name === 'vectorPrior' && reach?.vector === 'none') return;
    const centre = name === 'wordingPrior' && reach?.wording === 'form' ? (m.priors?.wording?.bias ?? 0) : (m.mean[i] ?? 0);
    z += (m.weights[i] ?? 0) * ((f[name] - centre) / (m.scale[i] || 1));
  });
  const cap = reach?.cap ?? Infinity;
  const takes = reach?.decisive !== undefined && decisiveEvidence(f) ? Math.min(cap, reach.decisive)
    : reach?.gap !== undefined && evidenceGap(f) ? Math.max(cap, reach.gap) : cap;
  return Math.max(-takes, Math.min(cap, z));
}

/** The evidence's part: the bias and every feature but the priors. */
export function evidenceLogOdds(f: JudgeFeatures, m: JudgeModel): number {
  let z = m.bias;
  m.features.forEach((name, i) => {
    if (!PRIOR_FEATURES.has(name)) z += (m.weights[i] ?? 0) * ((f[name] - (m.mean[i] ?? 0)) / (m.scale[i] || 1));
  });
  return z;
}

export function answerProbability(f: JudgeFeatures, m: JudgeModel): number {
  return 1 / (1 + Math.exp(-(evidenceLogOdds(f, m) + priorLogOdds(f, m))));
}

export interface Verdict {
  outcome: Outcome;
  reason: ReasonCode | null;
  probability: number;
}

/** What the model decides from the features alone: answered at or above its threshold, else related or not covered. */
export function modelOutcome(f: JudgeFeatures, m: JudgeModel): { outcome: Outcome; probability: number } {
  const probability = answerProbability(f, m);
  const bars = m.relatedRule ?? [m.related];
  const outcome = probability >= m.answerAbove ? 'answered' : bars.every((b) => barMet(f, b)) ? 'related' : 'not_covered';
  return { outcome, probability };
}

/**
 * The outcome, and when not answered the reason a reader is told (the strongest specific one). A
 * related answer is never told the topic is absent: it shows what the plan has on it (吉安啥时候通高铁
 * 去长沙 names 长沙, which the plan never does, above 开工建设长赣高铁).
 */
export function verdictOf(q: ParsedQuestion, f: JudgeFeatures, m: JudgeModel): Verdict {
  if (q.placeElsewhere) return { outcome: 'not_covered', reason: 'place_elsewhere', probability: 0 };
  const { outcome, probability } = modelOutcome(f, m);
  if (outcome === 'answered') return { outcome, reason: null, probability };
  const figureMissing = f.figureAsked && (f.figureAnswered < 0.5 || f.indicatorEmpty || f.unitAbsent || f.yearFigureMissing);
  const reason: ReasonCode = f.periodOutside ? 'period_outside' : f.asksPerson ? 'no_names' : f.placeAlongside ? 'place_elsewhere'
    : figureMissing && q.figure?.kinds.every((k) => k === 'place') ? 'no_place'
    : figureMissing ? 'no_figure' : f.mainAbsent && outcome === 'not_covered' ? 'topic_absent' : 'low_evidence';
  return { outcome, reason, probability };
}
