// checkClaim: a claim → the plan sentence that states its subject → its parts compared → a verdict
// (supported, contradicted with both wordings, partly, or not in the plan) above verbatim quotes with
// their citations. Retrieval is the answer engine's (retrieve() over the claim without its framing);
// its passages lead among plan sentences that state as much of the subject.
import type { Chunk } from '../chunk/chunk.js';
import type { AnswerItem, AnswerPorts } from '../answer/answer.js';
import { cite } from '../answer/citation.js';
import { quotePassage, MAX_QUOTE_CHARS } from '../answer/quote.js';
import { isVerbatim } from '../answer/verbatim.js';
import { coverageOf, retrieve, type RetrieveOptions } from '../search/retrieve.js';
import { claimParts, placesIn, type ClaimParts } from '../understand/claim.js';
import type { Amount } from '../understand/amounts.js';
import { dictionaryTerms, englishWords, stem } from '../understand/english.js';
import { inPastReview, isPastResult, yearForms } from '../plan/facts.js';
import { understand, type Language, type ParsedQuestion } from '../understand/question.js';
import { compareParts, comparePairing, showsCount, unreadCounts, type Differ, type PartName } from './compare.js';
import { figureOfMeasure } from './figures.js';
import { FRAMING_ZH, unbracketed, unverifiedWords, withoutFramingEnglish, type EvidenceRule } from './evidence.js';
import { nearMeaning } from './near.js';
import { compareQuoted } from './wording.js';
import { inPlanWording, statedShare, subjectText, subjectWeights } from './match.js';
import { figuresElsewhere, rankSentences, statedByClauses, type Scored } from './rank.js';

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
  /** Content words of the claim no stating sentence shows (evidence.ts): why a claim is not supported. */
  unverified?: string[];
  /** Things the claim names that the plan never names (地铁, 比亚迪, 核电站 where the plan has only 电站): they weigh in what is stated. */
  unnamed?: string[];
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
  /** What a supported verdict needs shown word by word (evidence.ts); null: the shares alone decide. */
  evidence: EvidenceRule | null;
  /** Whether a claimed figure the leading sentence does not give is compared with its paragraph's. */
  paragraphFigures: boolean;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  chinese: { states: 0.6, touches: 0.35 },
  english: { states: 0.4, touches: 0.12 },
  retrievedBonus: 0.1,
  quotes: 3,
  evidence: { minWeight: 0.8, englishDictionary: true, englishUntranslated: false, paragraph: true, parts: { figureMeasure: true, commitment: true }, near: true, nearMeaning: 0.75 },
  paragraphFigures: true,
};

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

/**
 * The verdict from how much of the subject the leading sentence states (`single`), or the claim's
 * clauses state apart (`stated`, at least `single`), and how the leading sentence's parts compare: a
 * part differing contradicts only where that sentence states the subject itself.
 */
function verdictOf(single: number, stated: number, differs: readonly Differ[], absent: readonly PartName[], settings: StatedShares): ClaimVerdict {
  if (stated < settings.touches) return 'not_in_plan';
  // A figure for a year the plan sets nothing for (2027) is not contradicted by its figure for another year.
  const forAnotherYear = absent.includes('year') && differs.every((d) => d.what === 'figure');
  // …nor is a claim whose figures the sentence gives none of (全市建成5G基站1.5万个 against 打造一批产业基地) contradicted by its other parts.
  const figuresUnseen = absent.includes('figure') && !differs.some((d) => d.what === 'figure');
  if (differs.length) return single >= settings.states && !forAnotherYear && !figuresUnseen ? 'contradicted' : 'partly';
  return stated >= settings.states && !absent.length ? 'supported' : 'partly';
}

/**
 * What a Chinese claim names that the plan never does: its nouns (not places, compared apart) neither
 * the plan nor any plan term they bridge to has, or only a broader thing (电站 for 核电站). The subject's
 * weights leave such words out (no sentence can state them), so without them a claim about a subway
 * would be "stated" by any sentence about building. English words are read through translations, some
 * missing: not counted.
 */
export function unnamedIn(asked: ParsedQuestion, planWrites?: (word: string) => boolean): string[] {
  if (asked.language === 'en') {
    // In English, only names: a capitalised word inside the sentence, or an acronym, no glossary or lexicon translates (UPS, Tesla).
    const untranslated = new Set(asked.untranslated.map((w) => w.toLowerCase()));
    const names = [...asked.text.matchAll(/(?<=[\p{L}\p{N},'’)]\s+)[A-Z][a-z]+\b|\b[A-Z]{2,}\b/gu)].map((m) => m[0]);
    return [...new Set(names.filter((w) => untranslated.has(w.toLowerCase())))];
  }
  if (asked.language !== 'zh') return [];
  // A word fused with the city's name (吉安西站) is what follows the name (西站), unnamed where the plan never writes it.
  const fused = asked.concepts.filter((c) => c.weight >= 1 && cityFused(c.word)).map((c) => c.word.replace(/^吉安市?/, ''))
    .filter((rest) => planWrites && !planWrites(rest) && !placesIn(rest).length && !FRAMING_ZH.test(rest));
  return [...asked.concepts.filter((c) => c.weight >= 1 && (!c.inPlan || c.broader) && !asked.placeElsewhere?.name.includes(c.word)
    && !placesIn(c.word).length && !cityFused(c.word) && !FRAMING_ZH.test(c.word)).map((c) => c.word), ...fused];
}

/** A word the segmenter fused with the city's name (吉安地区): what follows the name is the word. */
export const cityFused = (word: string): boolean => /^吉安市?\p{Script=Han}{2,}$/u.test(word) && !/^吉安[县市]$/.test(word);

export async function checkClaim(raw: string, ports: AnswerPorts, retrieveOptions: RetrieveOptions, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): Promise<ClaimCheck> {
  const q = understand(raw, ports.vocabulary);
  const parts: ClaimParts = claimParts(q.text);
  const base = { claim: q.text, language: q.language, differs: [], absent: [], quotes: [], stated: 0 };
  if (q.problem) return { ...base, verdict: 'not_in_plan' };
  const asked = understand(parts.subject, ports.vocabulary);
  const { hits } = await retrieve(asked, ports, retrieveOptions);
  const weights = subjectWeights(subjectText(parts), asked.language === 'zh' ? [] : asked.extraTerms, ports.idf);
  const said = everydaySaid(asked);
  const ranked = rankSentences(ports, (text, i) => statedShare(said(text), weights, parts.subject, i), parts, hits.map((h) => h.passage.block), settings.retrievedBonus);
  const best = ranked[0];
  if (!best) return { ...base, verdict: 'not_in_plan' };
  const sentence = ports.sentences[best.sentence]!;
  const chunk = ports.chunks[sentence.chunk]!;
  const blockStart = ports.blockSpans[chunk.block]?.[0] ?? sentence.span[0];
  const plan = {
    text: best.text, before: ports.planText.slice(blockStart, sentence.span[0]), context: chunk.context,
    past: inPastReview(chunk.path.map((h) => h.label)) || isPastResult(chunk.table?.table),
    ...(settings.paragraphFigures && ports.blockSpans[chunk.block] ? { paragraph: ports.planText.slice(...ports.blockSpans[chunk.block]!) } : {}),
  };
  const window = quotePassage(best.text, weights, 80).text;
  // Compared in the plan's words where the claim says a thing in everyday words the thesaurus knows (营收 → 主营业务收入).
  const worded = asked.language === 'zh' ? inPlanWording(parts, asked.bridges, [best.text, plan.paragraph ?? '']) : parts;
  const compared = compareParts(worded, plan, window, weights, (y) => yearForms(y).some(ports.vocabulary.inPlan), settings.evidence?.parts,
    asked.language === 'zh' ? undefined : englishMeasure(parts, asked));
  // A claimed figure of a measure the leading sentence does not give: the plan's figure of that measure in
  // a sentence stating as much of the subject among the next few (a claim of two facts) differs or holds.
  const measure = asked.language === 'zh' ? undefined : englishMeasure(parts, asked);
  // Not a result of the previous plan for a later target, nor a county's or a park's figure for the city's.
  const pastOf = (s: Scored) => { const c = ports.chunks[ports.sentences[s.sentence]!.chunk]!; return inPastReview(c.path.map((h) => h.label)) || isPastResult(c.table?.table); };
  const aheadOfReview = !parts.years.length || parts.years.some((y) => y > 2020);
  const candidates = ranked.slice(1, FIGURE_ELSEWHERE + 1).filter((s) => s.stated >= SAME_SUBJECT * best.stated && s.scope >= 0 && !(aheadOfReview && pastOf(s)));
  // Each candidate is read in the claim's own words too: the plan-worded claim took its words from the leading sentence, which a later sentence may not share.
  const inOwnWords = (f: Amount) => parts.figures[worded.figures.indexOf(f)] ?? f;
  // …and in its own plan wording (营收 → 主营业务收入 where the leading sentence wrote 营收 but the candidate does not).
  const inCandidateWording = (f: Amount, text: string) => {
    if (asked.language !== 'zh') return 'absent' as const;
    const reworded = inPlanWording(parts, asked.bridges, [text]);
    const g = reworded.figures[parts.figures.indexOf(inOwnWords(f))];
    return reworded === parts || !g ? 'absent' as const : figureOfMeasure(g, reworded.subject, text, undefined);
  };
  // Candidate by candidate, the three readings in turn: the first that finds the figure's measure counts.
  const readings = (f: Amount, text: string) => [
    () => figureOfMeasure(f, worded.subject, text, measure?.(f)),
    () => figureOfMeasure(inOwnWords(f), parts.subject, text, measure?.(f)),
    () => inCandidateWording(f, text),
  ];
  const elsewhere = compared.unseenFigures.map((f) => {
    for (const s of candidates) for (const read of readings(f, s.text)) { const r = read(); if (r !== 'absent') return r; }
    return 'absent' as const;
  });
  // What the claim quotes the plan must write word for word (a slogan, a name).
  const planWrites = planHas(ports.planText);
  const quoted = compareQuoted(parts.subject, planWrites, best.text);
  const differs = [...compared.differs, ...elsewhere.filter((r): r is Differ => typeof r === 'object'), ...(typeof quoted === 'object' && quoted ? [quoted] : [])];
  const seen = elsewhere.filter((r) => r !== 'absent').length;
  let dropped = 0;
  const stillAbsent = compared.absent.filter((p) => p !== 'figure' || dropped++ >= seen);
  const unresolved = compared.unseenFigures.filter((_, i) => elsewhere[i] === 'absent');
  // A claim of several clauses may be stated clause by clause, in sentences of their own: those lead the quotes.
  const byClauses = statedByClauses(subjectText(parts), ranked, ports.idf);
  const stating = byClauses && byClauses.stated > best.stated ? [best, ...byClauses.sentences] : [best];
  // What the claim says a thing is (首位产业是电子信息) must be paired so in one clause of a stating sentence.
  const paired = comparePairing(parts.subject, stating.map((s) => s.text), weights);
  const absent = [...(stillAbsent.includes('figure') ? figuresElsewhere(stillAbsent, worded, ranked.slice(1), unresolved) : stillAbsent),
    ...(quoted === 'absent' ? ['wording' as const] : []), ...(paired === 'absent' ? ['pairing' as const] : [])];
  // An English claim's words count as stated when the sentence has any plan term they translate to (see
  // coverageOf); the sentence is still chosen by the terms' bigrams, which find it more often.
  // What the plan never names still weighs in the subject (at the idf of a word the plan never uses): a
  // claim about a subway is not stated by a sentence about building; one colloquial noun among many
  // stated words (名字好酷) weighs little.
  const unnamed = unnamedIn(asked, planWrites);
  const known = [...weights.values()].reduce((a, b) => a + b, 0);
  const unknown = unnamed.reduce((a, w) => a + (/\p{Script=Han}/u.test(w) ? Math.max(1, w.length - 1) : 2) * ports.idf('\u0000'), 0);
  const kept = known + unknown > 0 ? known / (known + unknown) : 1;
  const single = kept * Math.max(best.stated, asked.language === 'zh' ? 0 : coverageOf(withoutFramingEnglish(asked).concepts, ports.idf)(best.text));
  const stated = Math.max(single, kept * (byClauses?.stated ?? 0));
  // Mostly about what the plan never names (吉安要建地铁): not in the plan, whatever else the sentence shares.
  const shares = q.language === 'en' ? settings.english : settings.chinese;
  const read = kept < 0.5 ? 'not_in_plan' : verdictOf(single, stated, differs, absent, shares);
  // An English claim is stated at a lower share (its words reach the plan through translations): a name
  // the plan never has (Tesla, Bangkok) keeps it from being supported at all, and from being contradicted
  // (the plan says nothing of the named thing to differ from).
  // A claim about another place's own target (江西全省…, Jiangxi province…) is not shown by the city's sentence that does not name that place.
  const otherTarget = q.placeElsewhere ?? asked.placeElsewhere;
  const otherPlace = read === 'supported' && otherTarget && !stating.some((s) => s.text.includes(otherTarget.name));
  const named = ((read === 'supported' || read === 'contradicted') && unnamed.length && asked.language === 'en') || otherPlace ? 'partly' : read;
  // Supported only with every content word shown by the sentences that state the claim (or their headings).
  const contexts = stating.map((s) => {
    const chunk = ports.chunks[ports.sentences[s.sentence]!.chunk]!;
    const block = ports.blockSpans[chunk.block];
    return settings.evidence?.paragraph && block ? `${chunk.context}\n${ports.planText.slice(block[0], block[1])}` : chunk.context;
  });
  // A count the claim says in words no figure reads (新增5A级景区两个, three scenic spots) must be given by a stating sentence.
  const counts = named === 'supported' ? unreadCounts(parts.subject, parts.figures).filter((n) => !stating.some((s) => showsCount(s.text, n))).map((n) => n.said) : [];
  const unverified = named === 'supported' && settings.evidence ? unverifiedWords(asked, parts, [...stating.map((s) => s.text), ...contexts], settings.evidence, stating.map((s) => s.text),
    (w) => dictionaryTerms(ports.vocabulary.lexicon, stem(w)) ?? []) : [];
  // Words near in meaning to a stating sentence's (孩子 for 儿童), by the embedding model when there is one.
  const threshold = settings.evidence?.nearMeaning;
  const unshown = [...counts, ...(unverified.length && threshold && ports.closeness && asked.language === 'zh'
    ? await nearMeaning(unverified, asked, stating.map((s) => s.text), ports.closeness, threshold) : unverified)];
  const verdict = unshown.length ? 'partly' : named;
  const shown = byClauses && byClauses.stated > best.stated ? [...new Set([best, ...byClauses.sentences, ...ranked])] : ranked;
  const quotes = shown.slice(0, settings.quotes).map((s) => quoteOf(s, ports, weights)).filter((x): x is AnswerItem => x !== null);
  return { ...base, verdict, differs, absent: otherPlace ? [...absent, 'place' as const] : absent, quotes, stated: Number(stated.toFixed(4)), ...(unnamed.length ? { unnamed } : {}), ...(unshown.length ? { unverified: unshown } : {}) };
}

/** Whether the plan writes a phrase (spaces left out of both): the plan's text without spaces, made once per plan. */
let compactPlan: { of: string; text: string } | null = null;
function planHas(planText: string): (phrase: string) => boolean {
  if (compactPlan?.of !== planText) compactPlan = { of: planText, text: planText.replace(/\s+/g, '') };
  const { text } = compactPlan;
  return (phrase) => text.includes(phrase);
}

/** How many of the next sentences may give the plan's figure of a measure the leading one does not, and how much of the subject they must state (of the leading one's share). */
const FIGURE_ELSEWHERE = 4;
const SAME_SUBJECT = 0.5;

/** How many English words before a figure (and after it: "700,000 mu of new high-standard farmland" names its measure in five) may name its measure. */
const MEASURE_WORDS_BEFORE = 6;
const MEASURE_WORDS_AFTER = 6;

/**
 * The plan terms an English claim's figure is of: the translations of the words around it in its own
 * stretch (since the figure before, up to the next), so "forest coverage to 80%" is compared with
 * 森林覆盖率's figure, not with air quality's 95 % in the same sentence.
 */
export function englishMeasure(parts: ClaimParts, asked: ParsedQuestion): (f: Amount) => string[] {
  return (f) => {
    const i = parts.figures.indexOf(f);
    const from = i > 0 ? parts.figures[i - 1]!.end : 0;
    const to = parts.figures[i + 1]?.start ?? parts.subject.length;
    const before = englishWords(parts.subject.slice(from, f.start).split(/[,;:]/).at(-1) ?? '').slice(-MEASURE_WORDS_BEFORE);
    const after = englishWords(parts.subject.slice(f.end, to).split(/[,;:]/)[0] ?? '').slice(0, MEASURE_WORDS_AFTER);
    const near = new Set([...before, ...after].map(stem));
    return asked.bridges.filter((b) => b.source !== 'thesaurus' && englishWords(b.said).every((w) => near.has(stem(w)))).flatMap((b) => b.terms);
  };
}

/**
 * A Chinese claim's everyday words (营收) count as stated by a sentence with a plan term the thesaurus
 * gives them (主营业务收入, 营业收入): the sentence is read with the word added, each word counting once
 * however many of its terms the sentence has. Any claim reads a sentence also without its brackets.
 */
function everydaySaid(asked: ParsedQuestion): (text: string) => string {
  // A word the plan writes with its parts in brackets (县（市、区）) is read also without them (县市区).
  const read = (text: string) => (/[（(][^（）()]{0,8}[）)]/.test(text) ? `${text} ${unbracketed(text)}` : text);
  if (asked.language !== 'zh') return read;
  const bridges = asked.bridges.filter((b) => b.source === 'thesaurus' && b.terms.length);
  return (raw) => {
    const text = read(raw);
    const added = bridges.filter((b) => !text.includes(b.said) && b.terms.some((t) => text.includes(t))).map((b) => b.said);
    return added.length ? `${text} ${added.join(' ')}` : text;
  };
}
