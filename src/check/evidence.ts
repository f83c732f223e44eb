// Positive evidence for a supported verdict: each content word of the claim's subject must be found in
// the sentences that state it (or their heading trail) — itself, or a plan term it bridges to. A
// Chinese word counts through the thesaurus (营收 → 主营业务收入), never through only a broader thing (核电站
// through 电站). An English word counts only through a strong translation: a glossary phrase; a
// dictionary sense only where the settings allow it, and never inside a quoted slogan or name of the
// plan (subway → 捷运 in “…捷运…”); or as the modifier of a neighbour's shown plan term (main, by its
// sense 主力, in 主营业务收入 shown for revenue). A Chinese word may be shown near in meaning (near.ts,
// the caller's step with the embedding model). What no sentence shows is unverified: the claim is not
// supported. Pure.
import type { ParsedQuestion } from '../understand/question.js';
import { placesIn, type ClaimParts } from '../understand/claim.js';
import { englishWords, stem } from '../understand/english.js';
import { subjectText } from './match.js';
import type { PositiveParts } from './compare.js';
import { segments } from '../search/tokenize.js';

export interface EvidenceRule {
  /** Chinese content words of at least this concept weight must be shown (1: nouns; 0.8: and idioms, unknown words; 0.5: and verbs, adjectives). */
  minWeight: number;
  /** Whether a dictionary sense of an English word (outside quotes) counts as evidence, or only glossary terms. */
  englishDictionary: boolean;
  /** Whether an English content word no source translates is unverified (else it is not asked for). */
  englishUntranslated: boolean;
  /** Whether the whole paragraph of a stating sentence may show a word (else the sentence and its headings only). */
  paragraph: boolean;
  /** What figures and commitments must show to hold (compare.ts). */
  parts: PositiveParts;
  /** Whether an English modifier is shown through a neighbouring word's shown plan term (shownInNeighbour). */
  near?: boolean;
  /** How close in meaning (the embedding model's cosine) a sentence word must be to show a Chinese content word (near.ts); null: not asked. */
  nearMeaning?: number | null;
}


/**
 * Words that frame a claim rather than say what it is about (the plan and its lists, the news, whom it
 * addresses, the city; a container saying one thing is part of another: 都在改造内容里, 纳入…范围).
 */
export const FRAMING_ZH = /^(?:目标|明确|计划|表示|提出|要求|规划|文件|期间|方面|今年|明年|未来|城市|全市|全省|市里|政府|官方|消息|新闻|大家|我们|本地|专门|名单|清单|表里|指标表|这一条|原话|好消息|重磅|官宣|朋友|网友|市民|老百姓|全部|内容|范围)$/;

/** A demonstrative before a noun (这一关口, 该项目, 此类): the noun names what the claim has already said. */
const DEMONSTRATIVE = /(?:这一|这个|这些|这项|这类|这种|那个|那些|该|此|上述)$/;

/** Whether every time a claim says a word it is after a demonstrative (突破这一关口): it refers back, it does not name a new thing. */
export const referringBack = (word: string, subject: string): boolean => {
  let any = false;
  for (let at = subject.indexOf(word); at >= 0; at = subject.indexOf(word, at + 1)) {
    if (!DEMONSTRATIVE.test(subject.slice(Math.max(0, at - 2), at))) return false;
    any = true;
  }
  return any;
};
const FRAMING_EN = new Set(['plan', 'plans', 'planned', 'planning', 'city', 'five', 'year', 'years', 'fourteenth', 'th', 'target', 'targets', 'aim', 'aims', 'goal', 'goals', 'say', 'says', 'said', 'state', 'states',
  'set', 'sets', 'government', 'officials', 'official', 'period', 'document', 'end', 'percent', 'per', 'cent', 'billion', 'million', 'thousand', 'hundred', 'yuan', 'rmb', 'total',
  'new', 'more', 'than', 'least', 'over', 'around', 'about', 'nearly', 'some', 'also', 'already', 'will', 'would', 'under', 'within', 'jian', 'ji\'an', 'jiangxi', 'china', 'chinese', 'province', 'provincial',
  'municipal', 'local', 'blueprint', 'residents', 'people', 'reach', 'reaches', 'hit', 'hits', 'by', 'up', 'from', 'its', 'their', 'lists', 'list', 'listed', 'calls', 'call', 'include', 'includes', 'including',
  // Verbs of a target's change or of keeping it: the figure, the direction and the commitment are compared as parts (compare.ts).
  'exceed', 'exceeds', 'top', 'tops', 'raise', 'raised', 'raises', 'lift', 'lifted', 'rise', 'rises', 'grow', 'grows', 'increase', 'increases', 'remain', 'remains', 'stay', 'stays',
  'cut', 'cuts', 'reduce', 'reduces', 'reduced', 'lower', 'lowers', 'lowered', 'decrease', 'decreases', 'fall', 'falls', 'drop', 'drops', 'decline', 'declines',
  'keep', 'keeps', 'kept', 'maintain', 'maintains', 'bring', 'brings', 'add', 'adds', 'number', 'share', 'level', 'rate', 'aiming', 'striving', 'strive', 'seek', 'seeks',
  // Units of a figure (7.5 billion jin, 1,200 kilometres): compared with the figure.
  'jin', 'kilometer', 'kilometers', 'meter', 'meters', 'square', 'cubic', 'hectare', 'hectares', 'tonne', 'tonnes', 'ton', 'tons', 'kwh',
  // Framing a source, and a figure's qualifier (past US$10,000, as over): compared as parts.
  'according', 'past',
  // Saying a target is intended or foreseen (Ji'an expects…, is slated to…): the commitment is compared as a part; a batch of, a series of: the plan's 一批.
  'expect', 'expects', 'expected', 'want', 'wants', 'wanted', 'intend', 'intends', 'slated', 'projected', 'hopes', 'batch', 'series',
  // What is counted or measured, named as such (its count of…, the amount of…): the figure is compared as a part.
  'count', 'amount',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'first', 'second', 'third', 'each', 'every', 'all', 'least', 'most', 'across']);

/** Whether English words only frame a claim (the plan's target, its five years): every word of them framing. */
const framingEnglish = (said: string): boolean => {
  const ws = englishWords(said);
  return ws.length > 0 && ws.every((w) => FRAMING_EN.has(w) || FRAMING_EN.has(stem(w)));
};

/**
 * An English claim as its subject is weighed: without the concepts and the plan terms of words that
 * only frame it (targets → 主要指标, five → 三五, blueprint → 蓝图), which no sentence stating the subject
 * need have. A Chinese claim as it is.
 */
export function withoutFramingEnglish(asked: ParsedQuestion): ParsedQuestion {
  if (asked.language === 'zh') return asked;
  const framing = new Set(asked.bridges.filter((b) => b.source !== 'thesaurus' && framingEnglish(b.said)).flatMap((b) => b.terms));
  const kept = new Set(asked.bridges.filter((b) => !(b.source !== 'thesaurus' && framingEnglish(b.said))).flatMap((b) => b.terms));
  return {
    ...asked,
    concepts: asked.concepts.filter((c) => /\p{Script=Han}/u.test(c.word) || !framingEnglish(c.word)),
    extraTerms: asked.extraTerms.filter((t) => !framing.has(t.term) || kept.has(t.term)),
  };
}

/** Saying a figure is a share of a whole (accounts for 35% of…). */
const SHARE_VERB_EN = /\baccount(?:s|ed|ing)? for\b/gi;

/**
 * English adverbs of manner and degree (fully, basically, steadily; push ahead, further): asked no more
 * than a Chinese claim's adverbs are (see minWeight). Not nouns ending in -ly (supply, family, assembly).
 */
const ADVERB_EN = /^(?:[a-z]{3,}(?<!pp|mb|mi|po)ly|ahead|forward|further|onward)$/;

/** Words ranking a thing among others (全国首个, 居全省首位, the first, the largest): shown only where the plan says them too. */
// "top" before a figure (to top 80 billion yuan, top US$10,000) is the verb exceed, compared as a figure's qualifier.
const RANKING = /首个|首家|首批|首位(?!产业)|第一(?!产业|方阵|书记|责任)|唯一|最大|最高|最多|最强|龙头城市|前三|前列|榜首|\b(?:first|only|largest|biggest|highest|top(?!\s+(?:rmb\s*|us\$\s*|\$|¥)?\d)|leading)\b/gi;

/**
 * Text inside quotation marks, at most 40 characters: a slogan or a name (“五城同创”, 'first industry'),
 * where a loose translation proves nothing. Single quotes are not an apostrophe (the city's, Ji'an). The
 * spans are matched unbounded and then measured, so each pattern stays linear (a bounded {0,40} is read
 * as cubic by the ReDoS check in test/input-safety.test.ts).
 */
const QUOTED_SPAN = /“[^“”]*”|"[^"]*"|「[^「」]*」/g;
const SINGLE_QUOTED_SPAN = /(?<!\p{L})'[^']+'(?!\p{L})/gu;
const QUOTE_MAX = 42;
const quotedIn = (text: string, span = QUOTED_SPAN): string[] => [...text.matchAll(span)].map((m) => m[0]).filter((q) => q.length <= QUOTE_MAX);
const withoutQuoted = (text: string, span = QUOTED_SPAN): string => text.replace(span, (q) => (q.length <= QUOTE_MAX ? ' ' : q));

/**
 * Whether an English word is shown as the modifier of a neighbour's plan term: a neighbouring word of
 * the claim (main → revenue, central → urban area) has a plan term the texts show, and a translation of
 * the word shares a Han character with that term (主营业务收入 has 主 of 主力; 中心城区 has 中 of 中央). A
 * Chinese compound keeps a character of each of its parts. Pure.
 */
const NEIGHBOURS = 2;

export function shownInNeighbour(word: string, claimWords: readonly string[], bridges: ParsedQuestion['bridges'], shown: string): boolean {
  const s = stem(word);
  const at = claimWords.findIndex((w) => w === word || stem(w) === s);
  if (at < 0) return false;
  const said = (w: string, b: ParsedQuestion['bridges'][number]) => englishWords(b.said).some((x) => x === w || stem(x) === stem(w));
  const neighbours = claimWords.slice(Math.max(0, at - NEIGHBOURS), at + NEIGHBOURS + 1).filter((w) => stem(w) !== s);
  const own = bridges.filter((b) => b.source !== 'thesaurus' && said(word, b));
  // A neighbour's shown term, and the word's translations by a phrase that does not say that neighbour too
  // (smart security compound → 智安小区 shares only compound's 小区 with residential compound → 老旧小区).
  return neighbours.some((n) => {
    const terms = bridges.filter((b) => b.source !== 'thesaurus' && said(n, b) && !said(word, b)).flatMap((b) => b.terms).filter((t) => t.length >= 3 && shown.includes(t));
    return own.filter((b) => !said(n, b)).flatMap((b) => b.terms).some((t) => [...t].some((ch) => /\p{Script=Han}/u.test(ch) && terms.some((u) => u.includes(ch))));
  });
}

/** The plan writes some words with their parts in brackets (县（市、区）, 独角兽企业（含潜在、种子）): the text read without them (县市区, 独角兽企业含潜在种子). */
export const unbracketed = (text: string): string => text.replace(/[（(]([^（）()]{0,8})[）)]/g, (_, inner: string) => inner.replace(/、/g, ''));

/**
 * Whether a claim word is part of a thesaurus term the claim writes whole (地区 of 地区生产总值, cut in
 * two by the segmenter) whose group of terms the texts show in some wording (GDP): the term is shown,
 * and with it its parts.
 */
export function inShownTerm(word: string, subject: string, bridges: ParsedQuestion['bridges'], shown: string): boolean {
  return bridges.some((b) => {
    if (b.source !== 'thesaurus') return false;
    const group = [b.said, ...b.terms];
    return group.some((t) => t.length > word.length && t.includes(word) && subject.includes(t)) && group.some((t) => shown.includes(t));
  });
}

/**
 * A word the segmenter fused with the end of a time said before it (五年后营收 cut 五年|后营收): the word
 * without that end (营收), when every time the claim says it is right after 年, 月, 期 or 天. Null otherwise.
 */
export function afterTimeSuffix(word: string, subject: string): string | null {
  if (!/^[后前内末底]\p{Script=Han}{2,}$/u.test(word)) return null;
  let any = false;
  for (let at = subject.indexOf(word); at >= 0; at = subject.indexOf(word, at + 1)) {
    if (!/[年月期天]$/.test(subject.slice(0, at))) return null;
    any = true;
  }
  return any ? word.slice(1) : null;
}

/** The Han words of four characters of a text, as the segmenter cuts them (where an abbreviation's full form is looked for). */
const shownWords = (text: string): Set<string> =>
  new Set(segments(text).map((s) => s.segment).filter((w) => /^\p{Script=Han}{2,4}$/u.test(w)));

/**
 * Whether a two-character word is the abbreviation of a four-character word shown (高铁 of 高速铁路, 环保
 * of 环境保护: the first character of each half), or a four-character word the full form of a shown
 * two-character one. Whole words as the segmenter cuts them, never characters across words.
 */
export function abbreviated(word: string, words: ReadonlySet<string>): boolean {
  const short = (w: string) => `${w[0]}${w[2]}`;
  if (word.length === 4 && /^\p{Script=Han}{4}$/u.test(word)) return words.has(short(word));
  if (word.length !== 2) return false;
  for (const w of words) if (w.length === 4 && short(w) === word) return true;
  return false;
}

/**
 * The claim's content words the texts (the stating sentences and their heading trails) do not show.
 * `senses`: the dictionary's plan terms for an English word (its own senses, whatever phrase took it).
 */
export function unverifiedWords(asked: ParsedQuestion, parts: ClaimParts, texts: readonly string[], rule: EvidenceRule, sentences: readonly string[] = texts,
  senses: (word: string) => readonly string[] = () => []): string[] {
  const joined = texts.join('\n');
  const shown = `${joined}\n${unbracketed(joined)}`;
  const unquoted = withoutQuoted(shown);
  const out: string[] = [];
  if (asked.language !== 'en') {
    const subject = subjectText(parts);
    const commitment = parts.commitment?.said ?? '';
    out.push(...asked.concepts.filter((c) => /\p{Script=Han}/u.test(c.word) && c.weight >= rule.minWeight && subject.includes(c.word) && !FRAMING_ZH.test(c.word)
      && !placesIn(c.word).length && !(commitment && (commitment.includes(c.word) || c.word.includes(commitment))) && !referringBack(c.word, subject))
      .filter((c) => !shown.includes(c.word.replace(/^吉安市?(?=\p{Script=Han}{2,})/u, '')) && (c.broader || !c.forms.some((f) => shown.includes(f))))
      .filter((c) => c.broader || (!inShownTerm(c.word, subject, asked.bridges, shown) && !abbreviated(c.word, shownWords(shown))))
      .filter((c) => { const rest = afterTimeSuffix(c.word, subject); return !rest || !(shown.includes(rest) || asked.bridges.some((b) => b.said === rest && b.terms.some((t) => shown.includes(t)))); })
      .map((c) => c.word));
  }
  // A number the claim says that no figure, year or name reads (a count in a unit not read: 3000床) must be shown as it is.
  for (const m of subjectText(parts).matchAll(/(?<![\d.,A-Za-z])\d+(?:[.,]\d+)*(?![\d.]|st\b|nd\b|rd\b|th\b)/g)) {
    const n = m[0].replace(/,/g, '');
    if (/^(?:19|20)\d\d$/.test(n) || shown.replace(/[,\s]/g, '').includes(n) || out.includes(m[0])) continue;
    out.push(m[0]);
  }
  // So must a round sum in Chinese numerals no figure reads (千亿园区, 两千亿: a class of size the plan names as it is).
  for (const m of subjectText(parts).matchAll(/(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+(?:万亿|亿|万)/g)) {
    if (!shown.includes(m[0]) && !out.includes(m[0])) out.push(m[0]);
  }
  // A ranking must be the stating sentences' own (not 首位产业 elsewhere in the paragraph); read with its figures (top 80 billion).
  const ranked = new Set(sentences.flatMap((t) => [...t.matchAll(RANKING)].map((m) => m[0].toLowerCase())));
  for (const m of withoutQuoted(withoutQuoted(parts.subject), SINGLE_QUOTED_SPAN).matchAll(RANKING)) if (!ranked.has(m[0].toLowerCase()) && !out.includes(m[0])) out.push(m[0]);
  if (asked.language === 'zh') return out;
  // English (or mixed): each content word through its translations.
  // A share's verb (to account for 35% of…) says the figure is a share: compared as the figure's unit, like "share".
  const claimWords = englishWords(parts.subject.replace(SHARE_VERB_EN, ' '));
  // A name the claim itself quotes ('Azalea' Action) may be shown by a sense inside the plan's quotes (“映山红行动”): both name the thing.
  const quotedByClaim = new Set([...quotedIn(parts.subject), ...quotedIn(parts.subject, SINGLE_QUOTED_SPAN)].flatMap((q) => englishWords(q)));
  const sensesIn = (w: string) => (quotedByClaim.has(w) ? shown : unquoted);
  const words = [...new Set(claimWords)].filter((w) => w.length > 2 && !FRAMING_EN.has(w) && !ADVERB_EN.test(w) && !placesIn(w).length);
  for (const w of words) {
    const s = stem(w);
    const bridges = asked.bridges.filter((b) => b.source !== 'thesaurus' && englishWords(b.said).some((x) => x === w || stem(x) === s));
    if (!bridges.length) {
      if (rule.englishDictionary && senses(w).some((t) => sensesIn(w).includes(t))) continue;
      if (rule.englishUntranslated && asked.untranslated.some((u) => u.toLowerCase() === w)) out.push(w);
      continue;
    }
    const strong = bridges.filter((b) => b.source === 'glossary').flatMap((b) => b.terms);
    // A glossary phrase may have taken the word for a broader topic (industry → 智能制造): its own senses count too.
    const loose = rule.englishDictionary ? [...bridges.filter((b) => b.source === 'dictionary').flatMap((b) => b.terms), ...senses(w)] : [];
    if (!strong.some((t) => shown.includes(t)) && !loose.some((t) => sensesIn(w).includes(t))
      && !(rule.near && shownInNeighbour(w, claimWords, asked.bridges, unquoted))) out.push(w);
  }
  return out;
}
