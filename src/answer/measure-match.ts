// Whether a figure belongs to the measure and the year a question asks for: the question's measure
// words (measure-words.ts) against an indicator row's label or the subject of the clause carrying the
// figure, in Chinese and through the English glossary; the kind of figure asked and a row's years are
// figure-asked.ts's. Pure.
import { COUNTY, keepsRatio } from './measure-qualifiers.js';
import { ASKS_COUNT } from './clause-figures.js';
import type { Concept } from '../understand/question.js';
import { englishWords } from '../understand/english.js';
import { ACTION_WORDS, EN_WEAK, conceptsNamed, measureConcepts, names, says, saysItself, squashed } from './measure-words.js';

/**
 * Words of growth (a question asking for one is answered by a growth figure, ASKS_GROWTH) and of what
 * kind of figure is asked (面积, 数量, 总量; a share, 比例, whose figure must be in %: unitAgrees): no
 * measure's name needs to say them.
 */
const GROWTH_WORDS = /^(增长|增长率|增速|增幅|涨幅|年均|每年|一年|面积|数量|总量|总数|规模|人数|个数|数目|金额|水平|比例|占比|比重|百分比|倍数|几倍|growth|annual|rate)$/i;

/** Everyday words for the people a figure is about (老百姓人均收入): the plan's measure names them otherwise (居民). */
const PEOPLE_WORDS = /^(老百姓|百姓|群众|市民|大家|人们|咱们|老乡|普通人|一般人)$/;

/** Whether a measure word only says how or how fast (年均, 增长, 建设), not what is measured. */
const onlyHow = (c: Concept) => GROWTH_WORDS.test(c.word) || ACTION_WORDS.test(c.word) || EN_WEAK.test(c.word);

/**
 * Whether the question names what is measured at all: a measure word that is not only a word of growth,
 * doing or a general English one (固投年均增长多少 reads as 年均 and 增长 alone: any growth figure would
 * "match", so none may).
 */
export const namesAMeasure = (concepts: readonly Concept[]): boolean => measureConcepts(concepts).some((c) => !onlyHow(c));

/** General English words for people (residents, population): too general to match a figure alone, but what a subject counting people counts. */
const EN_PEOPLE = /^(residents?|people|population)$/i;

/**
 * Whether a figure's subject names what the question asks about: a measure word, or (in English) a
 * general word for people (常住人口5万人 counts the residents asked of the HSR New District, so it is no
 * measure of its own).
 */
export const subjectNamesAsked = (named: readonly Concept[], english: boolean): boolean =>
  namesAMeasure(named) || (english && measureConcepts(named).some((c) => EN_PEOPLE.test(c.word)));

/** What a measure is matched against besides the question: the quoted texts, and whether the question is in English. */
export interface MeasureContext {
  /** Every quote's text: a measure word none of them says cannot tell one figure from another. */
  quoted: string;
  english: boolean;
  /** The question's text: its level (省级) and size class (百亿企业) must be the measure's too. */
  asked?: string;
}

/** A level of government or rank (省级示范区 is not 国家级示范区), or a scenic area's grade (4A级 is not 5A级). */
const LEVEL = /国家级|省级|市级|县级|[1-5]A(?=级|\b|[^A-Za-z])/gi;
/** A size class named with a figure (百亿企业, 500亿级开发区, 千亿产业, 超500亿的开发区). */
const SIZE_CLASS = /(?:[\d.]+|[十百千万]+)\s*亿(?:元|级)?(?:的)?(?=企业|开发区|园区|产业|项目|级)/g;

/** A level named in English (provincial-level platforms, national-level parks), as the plan writes it. */
const EN_LEVEL: [RegExp, string][] = [
  [/\bprovincial\b|\bprovince[\s-]+level\b/i, '省级'],
  [/\b(?:national|state)[\s-]+level\b/i, '国家级'],
  [/\b(?:city|municipal)[\s-]+level\b/i, '市级'],
  [/\bcounty[\s-]+level\b/i, '县级'],
];

/** The levels a question names, in Chinese or English. */
const levelsAsked = (asked: string): string[] => [...(asked.match(LEVEL) ?? []).map((l) => l.toUpperCase()), ...EN_LEVEL.filter(([re]) => re.test(asked)).map(([, level]) => level)];

/** Whether a text naming a level (国家级) names the question's (省级), when the question names one. */
export function keepsLevel(measureText: string, asked: string): boolean {
  const text = squashed(measureText);
  const levels = levelsAsked(asked);
  return !levels.length || !(text.match(LEVEL) ?? []).length || levels.some((l) => text.includes(l));
}

/** Whether the measure keeps the question's level, size class and ratio, when the question names them. */
export function keepsQualifiers(measureText: string, asked: string): boolean {
  const text = squashed(measureText);
  if (!keepsLevel(text, asked) || !keepsRatio(text, asked)) return false;
  const sizes = (asked.match(SIZE_CLASS) ?? []).map((z) => z.replace(/\s+/g, '').replace(/元|级|的/g, ''));
  // A size class the question does not name (超1000亿元开发区2家) counts a part, not all the things counted (开发区数量).
  if (ASKS_COUNT.test(asked) && !sizes.length && (text.match(SIZE_CLASS) ?? []).length > 0) return false;
  return sizes.every((z) => text.includes(z));
}


/**
 * The measure words a figure's measure must name: the question's nouns (not its verbs, 新增, 冲刺, nor
 * its growth words) that a quote says (户籍, beside 常住人口城镇化率), the county it names and a noun the
 * plan never says (护士); with absentToo (to match a figure, not to tell whether the question can be
 * checked at all), also one the plan says but no quote does (基站): no quoted figure is theirs.
 */
export function requiredConcepts(concepts: readonly Concept[], context: MeasureContext, absentToo = false): Concept[] {
  return measureConcepts(concepts).filter((c) => isPlace(c) ? !inProductName(c, concepts, context.asked ?? '') : !GROWTH_WORDS.test(c.word) && !ACTION_WORDS.test(c.word) && !PEOPLE_WORDS.test(c.word) && (unknownTerm(c) || ((c.weight >= 0.8 || MEASURE_NOUN.test(c.word)) && says(context.quoted, c)) || (absentToo && absentNoun(c, context.quoted))));
}

/** Nouns that name what a measure counts (旅游收入, 工业产值), whatever part of speech the segmenter gave them (收入 as a verb). */
const MEASURE_NOUN = /^(收入|营收|产值|产量|里程|人口|寿命|投资|总额|增加值)$/;
/** The same ending a longer word (城区人口, 旅游收入). */
const MEASURE_TAIL = /(?:收入|营收|产值|产量|里程|人口|寿命|投资|总额|增加值|面积)$/;

/**
 * A noun the plan says (or a term bridged from it) that no quote says (基站 beside 5G元器件, 5A beside
 * 旅游度假区): the quotes are not about it, so no figure they give is its figure.
 */
const absentNoun = (c: Concept, quoted: string) => c.inPlan && c.weight >= 1 && !says(quoted, c);

/**
 * A noun the plan never says, nor anything bridged from it (护士, 进口额): a measure of its own, which no
 * figure of the plan is for. (An everyday word of this kind, 城里人, also leaves the line without a
 * figure: the outcome is the judge's all the same, see answer.ts.)
 */
const unknownTerm = (c: Concept) => !c.inPlan && c.weight >= 1 && /^\p{Script=Han}{2,}$/u.test(c.word);

/** Ji'an's counties and county-level cities: a figure for the whole city is not one for them. */
const isPlace = (c: Concept) => COUNTY.test(c.word);

/**
 * Whether a county's name stands in the question as part of a product's name the plan uses (泰和乌鸡,
 * 遂川金桔, 安福火腿: a form of another of its words): it names the product, not an area the figure is for.
 */
const inProductName = (place: Concept, concepts: readonly Concept[], asked: string): boolean =>
  concepts.some((o) => o !== place && o.forms.some((f) => f.length > place.word.length && f.includes(place.word) && asked.includes(f)));

/**
 * How well a measure's text matches the question's measure: null when it names none of the question's
 * measure words, or (for a Chinese question) misses one it must name (户籍人口城镇化率 is not
 * 常住人口城镇化率); else the number of measure words it names. An
 * English question's words come through a dictionary, too loosely to require each: one named suffices.
 */
export function measureMatch(measureText: string, concepts: readonly Concept[], context: MeasureContext = { quoted: '', english: false }): number | null {
  const wanted = measureConcepts(concepts);
  // An English word's plan terms are a dictionary's glosses: taken whole, not without their kind of figure;
  // a glossary name's are the plan's own names for it, read as a Chinese question's (单位GDP能源消耗 of 单位GDP能源消耗降幅).
  const named = context.english
    ? [...conceptsNamed(measureText, wanted.filter((c) => c.curated), true), ...conceptsNamed(measureText, wanted.filter((c) => !c.curated), false)]
    : conceptsNamed(measureText, wanted);
  if (!named.length || !keepsQualifiers(measureText, context.asked ?? '')) return null;
  if (context.english) return englishMatch(measureText, concepts, named, context.quoted, context.asked ?? '');
  // A word the quotes say themselves must be named by itself, not through a bridged term (进出口 is
  // not 出口总额 when 进出口 is quoted too).
  const missing = requiredConcepts(concepts, context, true)
    .filter((c) => !named.some((n) => n.word === c.word) || (saysItself(context.quoted, c) && !names(measureText, c, true)));
  // A word ending in what is measured (城区人口) named through a term that lacks it (中心城区) names the
  // place, not the measure: the text must say the measure (人口) too (中心城区建成区面积 is no population).
  const tailMissing = named.some((c) => {
    const tail = c.word.match(MEASURE_TAIL)?.[0];
    return tail !== undefined && c.word !== tail && !squashed(measureText).includes(tail);
  });
  return missing.length || tailMissing ? null : named.length;
}

/** English qualifiers the measure must carry too: rural income is not residents' income. */
const EN_QUALIFIERS: [RegExp, RegExp][] = [[/\brural\b|\bfarmers?\b|\bvillagers?\b/i, /农村|乡村|农民/], [/\burban\b/i, /城镇|城市/]];

/**
 * A measure word of an English question taken from before the clause that asks, when that clause names
 * none ("EV charging piles: how many …?"): read more strictly than one the asking clause names.
 */
export type FromContext = Concept & { fromContext?: boolean };

/** An English question's match: a measure word other than a general one, its county and its rural/urban qualifier. */
function englishMatch(measureText: string, concepts: readonly Concept[], named: readonly Concept[], quoted: string, asked: string): number | null {
  const words = concepts.map((c) => c.word).join(' ');
  // A plan measure's English name names a class of the plan's terms (unemployment rate: 城镇调查失业率,
  // 城镇登记失业率); a word beside it in its noun phrase that picks one of them (surveyed: 调查) pins the
  // measure, and a text not naming that word is the class's other measure.
  // So does another glossary name beside it that names a measure of its own (preschool: 学前教育毛入园率,
  // beside gross enrollment rate: 高中阶段教育毛入学率).
  if (named.some((c) => c.curated && phraseMates(asked, c, measureConcepts(concepts)).some((m) => (picksTerm(m, c) || namesOwnMeasure(m)) && !named.some((n) => n.word === m.word)))) return null;
  // The phrase's head names the measure (urban unemployment rate is a rate of unemployment): a text
  // naming only a word before it (urban: 常住人口城镇化率) is another measure.
  // (A dictionary's head is only its glosses: one no quote says cannot be checked, and a plan term of the
  // phrase ending as one of them does (coverage: 覆盖率, beside tap water's 农村自来水普及率) names a measure of that kind.)
  const headMissing = (c: Concept) => {
    const head = phraseHead(asked, c, measureConcepts(concepts));
    if (head === null || named.some((n) => n.word === head.word)) return false;
    return head.curated === true || (says(quoted, head) && !ofHeadKind(measureText, named, head));
  };
  if (named.some(headMissing)) return null;
  // A measure word taken from before the asking clause (see FromContext) whose plan terms a quote says
  // must be named too (hospital beds per 1,000 residents: 医疗服务 is quoted, so 特困失能集中护理床位 is not
  // the beds asked for); one no quote says cannot be checked.
  if (measureConcepts(concepts).some((c) => (c as FromContext).fromContext && !EN_WEAK.test(c.word) && c.forms.length && says(quoted, c) && !named.some((n) => n.word === c.word))) return null;
  if (measureConcepts(concepts).some((c) => isPlace(c) && !named.some((n) => n.word === c.word))) return null;
  if (EN_QUALIFIERS.some(([asked, said]) => asked.test(words) && !said.test(measureText))) return null;
  // A plan measure's English name the question says (gross enrollment rate) pins the measure: a text
  // naming only the dictionary's glosses of its other words (senior → 敬老院) is another measure.
  if (measureConcepts(concepts).some((c) => c.curated && !EN_WEAK.test(c.word) && !isPlace(c)) && !named.some((c) => c.curated)) return null;
  // A general word (build, level) counts for nothing: 打造 in 打造20家以上智能制造标杆企业 does not make it
  // the better answer to "how many smart factories … build" than 建设100个“智慧工厂”.
  const strong = named.filter((c) => !EN_WEAK.test(c.word));
  // Without a glossary name, one dictionary gloss is too loose when the quotes say two or more of the
  // question's measure words: the measure must name two of them (households, schools, communities … standards).
  const saidStrong = measureConcepts(concepts).filter((c) => !EN_WEAK.test(c.word) && !onlyHow(c) && c.forms.length && says(quoted, c));
  if (!measureConcepts(concepts).some((c) => c.curated) && saidStrong.length >= 2 && strong.length < 2) return null;
  // A kind of figure alone (revenue: 主营业务收入) is any measure's of that kind: when the question names
  // what it is of (biomedicine … industry), the text must name that too (绿色食品产业主营业务收入 is not it).
  const of = measureConcepts(concepts).filter((c) => !EN_WEAK.test(c.word) && !onlyHow(c) && !isPlace(c) && !EN_QUALIFIERS.some(([q]) => q.test(c.word)) && !EN_KIND_ONLY.test(c.word) && c.forms.length > 0);
  if (strong.length && strong.every((c) => EN_KIND_ONLY.test(c.word)) && of.length) return null;
  return strong.length ? strong.length : null;
}

/**
 * An English question's noun phrases: runs of words between punctuation, figures and stop words (of,
 * for, in, the); "&" and "-" join words (R&D, per-capita). Each word as the concepts spell it.
 */
export function englishPhrases(text: string): string[][] {
  const runs: string[][] = [[]];
  for (const token of text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']*|\d+|[^\sa-z\d]/g) ?? []) {
    const word = /^[a-z]/.test(token) ? englishWords(token)[0] : undefined;
    if (word) runs.at(-1)!.push(word);
    else if (token !== '&' && token !== '-') runs.push([]);
  }
  return runs.filter((r) => r.length);
}

/** Whether a phrase holds a concept's words one after another. */
const holds = (phrase: readonly string[], word: string): boolean => {
  const ws = word.toLowerCase().split(/\s+/);
  return phrase.some((_, i) => ws.every((w, k) => phrase[i + k] === w));
};

/**
 * The measure words standing in the same noun phrase as a concept (surveyed and urban beside
 * unemployment rate): what pins which measure of its kind is meant. Only words that name a measure
 * through the plan's terms count — not a general word (rate, level), a county, nor the rural/urban
 * qualifier (EN_QUALIFIERS checks that one against the measure by its own words).
 */
export function phraseMates(asked: string, c: Concept, wanted: readonly Concept[]): Concept[] {
  const phrases = englishPhrases(asked).filter((p) => holds(p, c.word));
  if (!phrases.length) return [];
  return wanted.filter((m) => m.word !== c.word && m.forms.length > 0 && !onlyHow(m) && !isPlace(m)
    && !EN_QUALIFIERS.some(([q]) => q.test(m.word)) && !c.word.includes(m.word) && !m.word.includes(c.word)
    && phrases.some((p) => holds(p, m.word)));
}

/** The last word of an English noun phrase that names a kind of measure (rate, share, income, output). */
const EN_MEASURE_HEAD = /\b(?:rates?|ratios?|shares?|intensity|coverage|income|revenues?|output|sales|volume|value|mileage|expectancy|productivity|consumption|emissions|spending|expenditures?|density|capacity|throughput)$/;
/** A measure word that says only what kind of figure (revenue, income, output), not of what: one alone does not pin a measure. */
const EN_KIND_ONLY = /^(?:revenues?|income|output|sales|value|volume|investment|spending|expenditures?|capacity|throughput|production|operating revenue|total revenue)$/;

/**
 * The head of the noun phrase a concept stands in, when it is another measure word that ends in a
 * kind of measure (unemployment rate beside urban, throughput beside airport): the phrase's last measure word. Null when the
 * concept is itself the head, or the head names no kind of measure (electronic information industry).
 */
function phraseHead(asked: string, c: Concept, wanted: readonly Concept[]): Concept | null {
  for (const phrase of englishPhrases(asked).filter((p) => holds(p, c.word))) {
    const end = (w: string) => { const ws = w.toLowerCase().split(/\s+/); const at = phrase.findIndex((_, i) => ws.every((x, k) => phrase[i + k] === x)); return at < 0 ? -1 : at + ws.length; };
    const last = [c, ...phraseMates(asked, c, wanted)].filter((m) => end(m.word) >= 0).sort((a, b) => end(b.word) - end(a.word))[0];
    if (last && last.word !== c.word && EN_MEASURE_HEAD.test(last.word) && end(last.word) > end(c.word)) return last;
  }
  return null;
}

/** A plan term that is a measure's name: it ends in what a measure is (a rate, share, total, income, output). */
const MEASURE_NAME = /(?:率|比重|占比|总额|总值|收入|增加值|产值|产量|里程|寿命|年限)$/;
/** Whether a glossary name's plan terms include a measure's own name (preschool: 学前教育毛入园率). */
const namesOwnMeasure = (c: Concept): boolean => c.curated === true && c.forms.some((f) => MEASURE_NAME.test(squashed(f)));

/** Whether a plan term the text names ends as one of a head's glosses (普及率 as 覆盖率: a rate). */
function ofHeadKind(measureText: string, named: readonly Concept[], head: Concept): boolean {
  const text = squashed(measureText).toLowerCase();
  const kinds = new Set(head.forms.map((f) => [...squashed(f)].at(-1)).filter((k): k is string => k !== undefined && /\p{Script=Han}/u.test(k)));
  return named.some((c) => c.forms.some((f) => text.includes(squashed(f).toLowerCase()) && kinds.has([...squashed(f)].at(-1) ?? '')));
}

/** Whether a word's plan terms pick some of a glossary name's terms, not all (调查 of 城镇调查失业率, not of 城镇登记失业率). */
function picksTerm(word: Concept, name: Concept): boolean {
  const terms = name.forms.map((f) => squashed(f).toLowerCase());
  const picked = terms.filter((t) => word.forms.some((f) => f && t.includes(squashed(f).toLowerCase())));
  return picked.length > 0 && picked.length < terms.length;
}
