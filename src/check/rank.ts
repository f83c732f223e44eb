// Ranking the plan's sentences for a claim: by the share of its subject they state (match.ts), a little
// ahead when retrieval ranked their passage, when they give the claimed figure or one of its unit, and
// when they speak of the whole city for a claim that names no place; then what other sentences add — a
// claimed figure the leading sentence does not give, a clause of the claim it does not state. Pure.
import type { AnswerPorts } from '../answer/answer.js';
import { rowLine } from '../answer/row-line.js';
import { hanBigrams } from '../search/tokenize.js';
import { amountsIn, comparable, sameAmount, type Amount } from '../understand/amounts.js';
import { placesIn, type ClaimParts } from '../understand/claim.js';
import { FIGURE_WORDS, measureStretch } from './figures.js';
import type { PartName } from './types.js';
import { statedShare, subjectText, subjectWeights } from './match.js';
import { inPastReview, isPastResult } from '../plan/facts.js';

export interface Scored {
  sentence: number;
  /** What the sentence says, compared: a short sentence with the next one (新干盐化科创园。提升氟化工…), a table row as its labelled cells. */
  text: string;
  /** The verbatim plan text quoted for it: the sentence, or the short one with the next. */
  span: readonly [number, number];
  stated: number;
  score: number;
  /** For a claim naming no place: below 0 where the sentence states a county's or a park's thing (placeFit). */
  scope: number;
  /** For a claim naming a place: the sentence's box item title or clause names only other places (another place's thing). */
  otherPlace?: boolean;
}

/** A sentence shorter than this (a name heading a box item) is read with the next one of its block. */
const SHORT_SENTENCE = 20;

function comparedText(ports: AnswerPorts, i: number): Pick<Scored, 'text' | 'span'> {
  const s = ports.sentences[i]!;
  const c = ports.chunks[s.chunk]!;
  if (c.table) return { text: `${s.text} ${rowLine(c.table.cells, null)}`, span: s.span };
  const next = ports.sentences[i + 1];
  const joined = s.text.length < SHORT_SENTENCE && next && ports.chunks[next.chunk]?.block === c.block;
  return joined ? { text: `${s.text}${next.text}`, span: [s.span[0], next.span[1]] } : { text: s.text, span: s.span };
}

/** How much a sentence gains for giving a claimed figure, or only a figure of its unit. */
const SAME_FIGURE_BONUS = 0.1;
const FIGURE_OF_UNIT_BONUS = 0.05;

function figureBonus(text: string, parts: ClaimParts): number {
  const figures = parts.figures;
  if (!figures.length) return 0;
  const amounts = amountsIn(text);
  if (figures.some((f) => amounts.some((a) => sameAmount(a, f)))) return SAME_FIGURE_BONUS;
  // A figure of the unit after the claim's measure (技能劳动者总量…达到 100 万人) is the one to compare with.
  const measured = (f: Amount) => { const named = measureOf(parts.subject, f); return named.length > 0 && amounts.some((a) => comparable(f, a) && measuredBefore(named, text, a)); };
  if (figures.some(measured)) return SAME_FIGURE_BONUS;
  return figures.some((f) => amounts.some((a) => comparable(f, a))) ? FIGURE_OF_UNIT_BONUS : 0;
}

/** The bigrams of the measure a claim gives a figure for: the words right before it (森林覆盖率 in …森林覆盖率要达到80%). */
function measureOf(subject: string, f: Amount): string[] {
  const before = subject.slice(Math.max(0, f.start - 16), f.start);
  return hanBigrams(measureStretch(before)).filter((b) => !FIGURE_WORDS.has(b) && /^\p{Script=Han}+$/u.test(b));
}

/** Whether most of a measure's bigrams come in the 16 characters before a figure of a text (none to look for: true). */
function measuredBefore(named: readonly string[], text: string, a: Amount): boolean {
  const planBefore = text.slice(Math.max(0, a.start - 16), a.start);
  return !named.length || named.filter((b) => planBefore.includes(b)).length >= Math.ceil(0.5 * named.length);
}

/** How much a sentence of the city as a whole gains, and one of a county or park loses, for a claim that names no place. */
const SCOPE_BONUS = 0.1;

/** A box item's title (4. 永丰工业园区。), numbered or a short name alone (中心城区高铁新区。): what follows is that place's. */
const ITEM_TITLE = /^\s*(?:(?:\d+|[一二三四五六七八九十]+)[.、．]\s*[^。]{2,24}|[^。，；、]{2,12})。/;

/** Whose a sentence says the claim's thing is: its box item's title and its clause up to the thing (`at`, the claim's weightiest bigram there). */
function ownerOf(text: string, at: number, paragraphBefore: () => string): string {
  const before = at < 0 ? text : text.slice(0, at + 2);
  const clause = at < 0 ? text : before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('。', before.length - 2)) + 1);
  return `${(paragraphBefore() || text).match(ITEM_TITLE)?.[0] ?? ''}${clause}`;
}

/** How a sentence's owner suits the claim's place: its bonus, and whether it names only other places. */
interface PlaceFit { scope: number; otherPlace: boolean }
const NO_PLACE_FIT: PlaceFit = { scope: 0, otherPlace: false };

/**
 * A claim that names no place within Ji'an is about the whole city: a sentence saying 全市 suits it
 * better than one about a county or a park (园区电子信息产业营收突破千亿 is one park's figure). Where
 * the sentence names the claim's thing (`at`), 全市 counts before it, and a place or park in its owner
 * (see ownerOf): 西延至井冈山 after 开工建设长赣高铁 does not make the railway a county's, nor does 全市
 * after the thing make it the city's.
 * A claim naming a place within Ji'an: a sentence whose owner names that place gains (吉安高新区要跨进千亿
 * 园区 is stated under “2. 吉安高新技术产业开发区。”, not under 井冈山经开区's item with the same words); one
 * naming only other places loses nothing (where the claim has the place wrong, that sentence is the one
 * to differ from) but is marked `otherPlace`.
 */
function placeFit(text: string, parts: ClaimParts, at: number, owner: string): PlaceFit {
  if (parts.places.length) {
    const named = placesIn(owner);
    const own = named.some((p) => parts.places.some((c) => c.name === p.name));
    return { scope: own ? SCOPE_BONUS : 0, otherPlace: named.length > 0 && !own };
  }
  const before = at < 0 ? text : text.slice(0, at + 2);
  if (/全市/.test(before)) return { scope: SCOPE_BONUS, otherPlace: false };
  return { scope: placesIn(owner).length || /园区|开发区|高新区/.test(owner) ? -SCOPE_BONUS : 0, otherPlace: false };
}

/** How much a result of the previous plan (第一章 发展基础, the 十三五 table) loses for a claim only about a year after 2020. */
const PAST_PENALTY = 0.1;

/** Plan sentences by the share of the subject they state, a retrieved passage's sentences a little ahead; one per block. */
export function rankSentences(ports: AnswerPorts, stated: (text: string, sentence: number) => number, parts: ClaimParts, retrievedBlocks: readonly number[], bonus: number): Scored[] {
  const rankOf = new Map(retrievedBlocks.map((b, i) => [b, i]));
  // Where a sentence names the claim's thing: its weightiest bigram there (as anchorIn), the bigrams ranked once.
  const byWeight = [...subjectWeights(subjectText(parts), [], ports.idf)].sort((a, b) => b[1] - a[1]).map(([b]) => b);
  const anchorOf = (text: string) => { for (const b of byWeight) { const at = text.indexOf(b); if (at >= 0) return at; } return -1; };
  const ahead = parts.years.length > 0 && parts.years.every((y) => y > 2020);
  const scored = ports.sentences.map((s, i) => {
    const { text, span } = comparedText(ports, i);
    const share = stated(text, i);
    const rank = rankOf.get(ports.chunks[s.chunk]?.block ?? -1);
    const paragraphBefore = () => { const block = ports.blockSpans[ports.chunks[s.chunk]?.block ?? -1]; return block ? ports.planText.slice(block[0], s.span[0]) : ''; };
    const at = share > 0 ? anchorOf(text) : -1;
    const { scope, otherPlace } = share > 0 ? placeFit(text, parts, at, ownerOf(text, at, paragraphBefore)) : NO_PLACE_FIT;
    const chunk = ports.chunks[s.chunk];
    const past = ahead && !!chunk && (inPastReview(chunk.path.map((h) => h.label)) || isPastResult(chunk.table?.table));
    const figure = share > 0 ? figureBonus(text, parts) : 0;
    const fits = share > 0 ? figure + scope - (past ? PAST_PENALTY : 0) : 0;
    return { sentence: i, text, span, stated: share, score: share + (rank === undefined ? 0 : bonus / (1 + rank)) + fits, scope, givesFigure: figure === SAME_FIGURE_BONUS, ...(otherPlace ? { otherPlace } : {}) };
  }).sort((a, b) => b.score - a.score);
  return onePerBlock(scored, (s) => ports.chunks[ports.sentences[s.sentence]!.chunk]?.block ?? -1)
    .map(({ givesFigure: _, ...s }) => s);
}

/**
 * The best sentence of each block, in order; and of a block whose best sentence does not give the
 * claimed figure, also its best sentence that does (…打造成在全国有一定影响力的生物医药大健康产业示范基地。
 * 到2025年，生物医药大健康产业主营业务收入突破2000亿元。): a paragraph often says what a thing is in
 * one sentence and its target figure in the next, and a claim of both needs both shown.
 */
export function onePerBlock<T extends { givesFigure: boolean }>(sorted: readonly T[], blockOf: (s: T) => number): T[] {
  const seen = new Map<number, boolean>();
  return sorted.filter((s) => {
    const block = blockOf(s);
    const kept = seen.get(block);
    if (kept === undefined) return seen.set(block, s.givesFigure), true;
    if (kept || !s.givesFigure) return false;
    seen.set(block, true);
    return true;
  });
}

/** How many of the next sentences may give a claimed figure the leading one does not (a claim of two facts). */
const ELSEWHERE = 5;

/** Han bigrams two stretches share. */
const shared = (a: string, b: string) => { const bs = new Set(hanBigrams(b)); return new Set(hanBigrams(a).filter((x) => bs.has(x))).size; };

/**
 * Whether a sentence gives a claimed figure: one of the next few sentences with the same figure in the same unit, or any
 * sentence with the same figure after at least two of the words the claim puts before it
 * (天然气用气总量达到3亿立方米).
 */
function givesFigure(f: Amount, subject: string, s: Scored, near: boolean): boolean {
  const before = subject.slice(Math.max(0, f.start - 12), f.start);
  // The measure the claim gives its figure for: the words right before it (森林覆盖率 in …森林覆盖率要达到80%);
  // the plan's same figure counts only after most of them (another measure's 80%, …覆盖率达到80%, is not this one's).
  const named = measureOf(subject, f);
  const measured = (a: Amount) => measuredBefore(named, s.text, a);
  // A floor claimed (at least 100) is not given by a figure held about (100名左右) or capped.
  const conflicting = (a: Amount) => f.qualifier === 'min' && (a.qualifier === 'about' || a.qualifier === 'max');
  return amountsIn(s.text).some((a) => sameAmount(a, f) && !conflicting(a) && measured(a)
    && ((near && a.unit === f.unit) || shared(before, s.text.slice(Math.max(0, a.start - 16), a.start)) >= 2));
}

/**
 * The parts still absent once the figures other sentences give are counted: one per figure they give,
 * of the figures the leading sentence does not (`unseen`; a figure it holds is not counted again).
 */
export function figuresElsewhere(absent: readonly PartName[], parts: ClaimParts, others: readonly Scored[], unseen: readonly Amount[] = parts.figures): PartName[] {
  const given = unseen.filter((f) => others.some((s, i) => givesFigure(f, parts.subject, s, i < ELSEWHERE))).length;
  let dropped = 0;
  return absent.filter((p) => p !== 'figure' || dropped++ >= given);
}


/** A clause weighing at least this share of the claim's subject counts apart (…4个县级垃圾焚烧设施，市危废处置中心也要建成). */
const CLAUSE_MIN_SHARE = 0.2;

/**
 * How much of a claim of several clauses the plan states when each clause is read apart, by the
 * sentence that states most of it: the clauses' shares weighted by their weight, and those sentences.
 * Not by another place's sentence (泰和高新区…，目标是跨入千亿园区行列 is not stated by 吉安高新区's item).
 * A claim of one clause (or of one that weighs) gives null.
 */
export function statedByClauses(subject: string, ranked: readonly Scored[], idf: (t: string) => number): { stated: number; sentences: Scored[] } | null {
  const clauses = subject.split(/[，,；;。！!？?]/).map((c) => subjectWeights(c, [], idf)).map((w) => ({ w, total: [...w.values()].reduce((a, b) => a + b, 0) }));
  const all = clauses.reduce((a, c) => a + c.total, 0);
  const counted = clauses.filter((c) => c.total >= CLAUSE_MIN_SHARE * all);
  if (!all || counted.length < 2) return null;
  const bests = counted.map((c) => {
    let best = ranked[0]!;
    let share = -1;
    for (const s of ranked) {
      if (s.otherPlace) continue;
      const v = statedShare(s.text, c.w);
      if (v > share) [best, share] = [s, v];
    }
    return { best, share, total: c.total };
  });
  const total = bests.reduce((a, b) => a + b.total, 0);
  return { stated: bests.reduce((a, b) => a + b.share * b.total, 0) / total, sentences: bests.map((b) => b.best) };
}
