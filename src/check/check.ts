// checkClaim: a claim → the plan sentence that states its subject → its parts compared → a verdict
// (supported, contradicted with both wordings, partly, or not in the plan) above verbatim quotes with
// their citations. Retrieval is the answer engine's (retrieve() over the claim without its framing);
// its passages lead among plan sentences that state as much of the subject.
import type { Chunk } from '../chunk/chunk.js';
import type { AnswerItem, AnswerPorts } from '../answer/answer.js';
import { cite } from '../answer/citation.js';
import { quotePassage, MAX_QUOTE_CHARS } from '../answer/quote.js';
import { isVerbatim } from '../answer/verbatim.js';
import { coverageOf, DEFAULT_RETRIEVE_OPTIONS, retrieve } from '../search/retrieve.js';
import { claimParts, placesIn, type ClaimParts } from '../understand/claim.js';
import { amountsIn, comparable, sameAmount, type Amount } from '../understand/amounts.js';
import { rowLine } from '../answer/direct.js';
import { hanBigrams } from '../search/tokenize.js';
import { inPastReview, isPastResult, yearForms } from '../understand/figure.js';
import { understand, type Language } from '../understand/question.js';
import { compareParts, type Differ, type PartName } from './compare.js';
import { statedShare, subjectText, subjectWeights } from './match.js';

export type ClaimVerdict = 'supported' | 'contradicted' | 'partly' | 'not_in_plan';

export interface ClaimCheck {
  /** The claim as read (cleaned, Simplified script). */
  claim: string;
  language: Language;
  verdict: ClaimVerdict;
  differs: Differ[];
  /** Parts of the claim the leading sentence says nothing of. */
  absent: PartName[];
  /** The leading quote states the claim's subject (or, when not in the plan, the nearest passages). */
  quotes: AnswerItem[];
  /** The weighted share of the claim's subject the leading sentence states (0–1). */
  stated: number;
}

/** Shares of the subject a sentence must state (see statedShare). */
export interface StatedShares {
  /** A sentence stating at least this share of the subject states it: its parts decide supported or contradicted. */
  states: number;
  /** Below this share nothing in the plan states the subject: not in the plan. */
  touches: number;
}

export interface CheckSettings {
  /**
   * By the claim's language: an English claim reaches the plan only through the terms its words
   * translate to, a few of them wrong, so it states less of its subject than a Chinese one saying the
   * same (tuning half: a supported English claim's sentence 0.34–0.45 where a Chinese one's is mostly
   * above 0.6), and it is called not in the plan only when almost none of its subject is stated.
   */
  chinese: StatedShares;
  english: StatedShares;
  /** How much a sentence of a retrieved passage gains, for the passage ranked first (less further down). */
  retrievedBonus: number;
  quotes: number;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  chinese: { states: 0.6, touches: 0.35 },
  english: { states: 0.4, touches: 0.12 },
  retrievedBonus: 0.1,
  quotes: 3,
};

interface Scored {
  sentence: number;
  /** What the sentence says, compared: a short sentence with the next one (新干盐化科创园。提升氟化工…), a table row as its labelled cells. */
  text: string;
  /** The verbatim plan text quoted for it: the sentence, or the short one with the next. */
  span: readonly [number, number];
  stated: number;
  score: number;
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

function figureBonus(text: string, figures: readonly Amount[]): number {
  if (!figures.length) return 0;
  const amounts = amountsIn(text);
  if (figures.some((f) => amounts.some((a) => sameAmount(a, f)))) return SAME_FIGURE_BONUS;
  return figures.some((f) => amounts.some((a) => comparable(f, a))) ? FIGURE_OF_UNIT_BONUS : 0;
}

/** How much a sentence of the city as a whole gains, and one of a county or park loses, for a claim that names no place. */
const SCOPE_BONUS = 0.1;

/**
 * A claim that names no place within Ji'an is about the whole city: a sentence saying 全市 suits it
 * better than one about a county or a park (园区电子信息产业营收突破千亿 is one park's figure).
 */
function scopeBonus(text: string, parts: ClaimParts): number {
  if (parts.places.length) return 0;
  if (/全市/.test(text)) return SCOPE_BONUS;
  return placesIn(text).length || /园区|开发区|高新区/.test(text) ? -SCOPE_BONUS : 0;
}

/** Plan sentences by the share of the subject they state, a retrieved passage's sentences a little ahead; one per block. */
function rankSentences(ports: AnswerPorts, stated: (text: string) => number, parts: ClaimParts, retrievedBlocks: readonly number[], bonus: number): Scored[] {
  const rankOf = new Map(retrievedBlocks.map((b, i) => [b, i]));
  const scored = ports.sentences.map((s, i) => {
    const { text, span } = comparedText(ports, i);
    const share = stated(text);
    const rank = rankOf.get(ports.chunks[s.chunk]?.block ?? -1);
    const fits = share > 0 ? figureBonus(text, parts.figures) + scopeBonus(text, parts) : 0;
    return { sentence: i, text, span, stated: share, score: share + (rank === undefined ? 0 : bonus / (1 + rank)) + fits };
  }).sort((a, b) => b.score - a.score);
  const seen = new Set<number>();
  return scored.filter((s) => {
    const block = ports.chunks[ports.sentences[s.sentence]!.chunk]?.block ?? -1;
    return !seen.has(block) && seen.add(block);
  });
}

function quoteOf(s: Scored, ports: AnswerPorts, weights: ReadonlyMap<string, number>): AnswerItem | null {
  const sentence = ports.sentences[s.sentence]!;
  const c: Chunk = ports.chunks[sentence.chunk]!;
  const text = quotePassage(ports.planText.slice(s.span[0], s.span[1]), weights, MAX_QUOTE_CHARS).text;
  if (!isVerbatim(text, ports.planText)) return null;
  return {
    text, citation: cite(c.path, c.page, c.footnote?.marker), score: Number(s.score.toFixed(4)), kind: c.kind, chunkId: c.id,
    ...(c.table ? { columns: c.table.cells, group: c.table.group } : {}),
    ...(inPastReview(c.path.map((h) => h.label)) ? { pastResult: true } : {}),
  };
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
  return amountsIn(s.text).some((a) => sameAmount(a, f) && ((near && a.unit === f.unit) || shared(before, s.text.slice(Math.max(0, a.start - 16), a.start)) >= 2));
}

/** The parts still absent once the figures other sentences give are counted: one per figure they give. */
function figuresElsewhere(absent: readonly PartName[], parts: ClaimParts, others: readonly Scored[]): PartName[] {
  const given = parts.figures.filter((f) => others.some((s, i) => givesFigure(f, parts.subject, s, i < ELSEWHERE))).length;
  let dropped = 0;
  return absent.filter((p) => p !== 'figure' || dropped++ >= given);
}

/** The verdict from how much of the subject the sentence states and how its parts compare. */
function verdictOf(stated: number, differs: readonly Differ[], absent: readonly PartName[], settings: StatedShares): ClaimVerdict {
  if (stated < settings.touches) return 'not_in_plan';
  if (differs.length) return stated >= settings.states ? 'contradicted' : 'partly';
  return stated >= settings.states && !absent.length ? 'supported' : 'partly';
}

export async function checkClaim(raw: string, ports: AnswerPorts, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): Promise<ClaimCheck> {
  const q = understand(raw, ports.vocabulary);
  const parts: ClaimParts = claimParts(q.text);
  const base = { claim: q.text, language: q.language, differs: [], absent: [], quotes: [], stated: 0 };
  if (q.problem) return { ...base, verdict: 'not_in_plan' };
  const asked = understand(parts.subject, ports.vocabulary);
  const { hits } = await retrieve(asked, ports, DEFAULT_RETRIEVE_OPTIONS);
  const weights = subjectWeights(subjectText(parts), asked.language === 'zh' ? [] : asked.extraTerms, ports.idf);
  // An English claim's words count as stated when a sentence has any plan term they translate to (see coverageOf).
  const covered = asked.language === 'zh' ? null : coverageOf(asked.concepts, ports.idf);
  const stated = (text: string) => Math.max(statedShare(text, weights), covered?.(text) ?? 0);
  const ranked = rankSentences(ports, stated, parts, hits.map((h) => h.passage.block), settings.retrievedBonus);
  const best = ranked[0];
  if (!best) return { ...base, verdict: 'not_in_plan' };
  const sentence = ports.sentences[best.sentence]!;
  const chunk = ports.chunks[sentence.chunk]!;
  const blockStart = ports.blockSpans[chunk.block]?.[0] ?? sentence.span[0];
  const plan = {
    text: best.text, before: ports.planText.slice(blockStart, sentence.span[0]), context: chunk.context,
    past: inPastReview(chunk.path.map((h) => h.label)) || isPastResult(chunk.table?.table),
  };
  const window = quotePassage(best.text, weights, 80).text;
  const compared = compareParts(parts, plan, window, weights, (y) => yearForms(y).some(ports.vocabulary.inPlan));
  const { differs } = compared;
  const absent = compared.absent.includes('figure') ? figuresElsewhere(compared.absent, parts, ranked.slice(1)) : compared.absent;
  const verdict = verdictOf(best.stated, differs, absent, q.language === 'en' ? settings.english : settings.chinese);
  const quotes = ranked.slice(0, settings.quotes).map((s) => quoteOf(s, ports, weights)).filter((x): x is AnswerItem => x !== null);
  return { ...base, verdict, differs, absent, quotes, stated: Number(best.stated.toFixed(4)) };
}
