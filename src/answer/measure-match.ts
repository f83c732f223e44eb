// Whether a figure belongs to the measure and the year a question asks for: the question's measure
// words against an indicator row's label or the subject of the clause carrying the figure, the asked
// year against the cell's or the clause's year; and the change between a row's base and target,
// computed from the plan's own figures. Pure.
import { COUNTY, keepsRatio } from './measure-qualifiers.js';
import { ASKS_COUNT } from './clause-figures.js';
import type { TableCell } from '../plan/types.js';
import { EMPTY_CELL } from '../plan/facts.js';
import type { Concept } from '../understand/question.js';
import { englishWords } from '../understand/english.js';

/** Words that say how or where a question asks, not which measure: no figure needs to name them. */
const NOT_MEASURE = /^(实际|原本|当初|最后|现在|以后|今后|将来|到时候|百分之几|百分比|几成|多少钱|是从|平均|约束性|预期性|目标|目标值|指标|规划|计划|纲要|吉安|吉安市|全市|我市|我们|十四五|十三五|数字|数据|具体|情况|要求|预计|预期|达到|实现|年底|年末|期末|末期|届时|总共|一共|能有|要有|规划目标|定了|左右|target|targets|plan|planned|figure|number|ji'an|jian|city|goal|aim|by|year)$/i;

/** Everyday names of a measure the plan gives under its own name, for the figure line only (经济 alone is GDP). */
const MEASURE_NAMES: [RegExp, string[]][] = [
  [/^(经济|经济总量|economy|economic)$/i, ['地区生产总值', 'GDP', '经济总量']],
];

/** The question's concepts that name what is measured: content words in focus, not how or where it asks. */
export function measureConcepts(concepts: readonly Concept[]): Concept[] {
  return concepts
    .filter((c) => c.inFocus && !NOT_MEASURE.test(c.word))
    .map((c) => {
      const extra = MEASURE_NAMES.find(([re]) => re.test(c.word))?.[1] ?? [];
      return extra.length ? { ...c, forms: [...new Set([...c.forms, c.word, ...extra])] } : c;
    });
}

const squashed = (t: string) => t.replace(/\s+/g, '');

/** The measure concepts a measure's text names (a row's label, a clause's subject). */
export const conceptsNamed = (measureText: string, concepts: readonly Concept[], stems = true): Concept[] =>
  concepts.filter((c) => names(measureText, c, false, stems));

/**
 * Whether a measure's text names a concept: the word or one of its plan terms, or — for a Chinese word
 * of three or more characters — its first two characters (养老院 in 养老服务机构; not 住院医师 in 执业医师).
 * Strictly, a plan term sharing part of the word counts only when it contains it (进出口总额 names 进出口;
 * 出口总额 does not).
 */
function names(measureText: string, c: Concept, strict = false, stems = true): boolean {
  const text = squashed(measureText).toLowerCase();
  const forms = strict ? ownForms(c) : [c.word, ...c.forms];
  if ((stems ? forms.flatMap(withStem) : forms).some((f) => f && text.includes(squashed(f).toLowerCase()))) return true;
  // A verb of doing may be written apart (新建 in 新（扩）建).
  if (ACTION_WORDS.test(c.word) && writtenApart(c.word, text)) return true;
  return /^\p{Script=Han}{3,}$/u.test(c.word) && text.includes(c.word.slice(0, 2));
}

/** What a plan term says of its measure besides its name: the kind of figure (规模工业增加值, 单位GDP能源消耗降幅). */
const TERM_KIND = /(?:增加值|增速|降幅|降低|增长率|增长|总额|比重|占比|数量)$/;
/** The shortest name left when that is taken off: shorter ones (进出口 of 进出口总额) name too much. */
const STEM_MIN = 4;

/**
 * A plan term, and its name without the kind of figure (规模工业 of 规模工业增加值): a sentence gives the
 * same measure's figure in other words (规模工业占比, 单位 GDP 能源消耗累计下降 13%).
 */
export function withStem(form: string): string[] {
  const stem = form.replace(TERM_KIND, '');
  return stem !== form && [...squashed(stem)].length >= STEM_MIN ? [form, stem] : [form];
}

/**
 * The word itself and its plan terms, but not a term that shares part of the word without containing it
 * (出口总额 for 进出口: another measure); a synonym sharing nothing (执业(助理)医师 for 医生) stays.
 */
function ownForms(c: Concept): string[] {
  const word = squashed(c.word).toLowerCase();
  const bigrams = [...word].slice(0, -1).map((ch, i) => ch + word[i + 1]!);
  // A term with every character of the word in order is the word written out (规上工业 in 规模以上工业,
  // 岁托位 in 每千人口拥有0-3岁婴幼儿托位数), not another measure sharing part of it.
  const partial = (f: string) => !f.includes(word) && bigrams.some((b) => f.includes(b)) && !inOrder(word, f);
  // So is a term shortened from such a one (规模工业增加值 of 规模以上工业增加值, written out from 规上工业), but
  // not one cut out of it whole (出口总额 of 进出口总额: a narrower measure).
  const writtenOut = c.forms.map((f) => squashed(f).toLowerCase()).filter((f) => !partial(f) && inOrder(word, f));
  const shortened = (f: string) => writtenOut.some((g) => g !== f && !g.includes(f) && inOrder(f, g));
  return [c.word, ...c.forms.filter((f) => !partial(squashed(f).toLowerCase()) || shortened(squashed(f).toLowerCase()))];
}

/** Whether a two-character word's characters stand in a text with at most three characters between them. */
const writtenApart = (word: string, text: string): boolean =>
  [...word].length === 2 && new RegExp(`${[...word][0]}.{0,3}${[...word][1]}`, 'u').test(text);

/** Whether every character of a word stands in a text in the same order. */
function inOrder(word: string, text: string): boolean {
  let at = 0;
  for (const ch of word) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** Whether a text says the word itself (or a plan term containing it), not only a term bridged from it. */
const saysItself = (text: string, c: Concept) => ownForms(c).some((f) => f && squashed(text).toLowerCase().includes(squashed(f).toLowerCase()));

/**
 * Words of growth (a question asking for one is answered by a growth figure, ASKS_GROWTH) and of what
 * kind of figure is asked (面积, 数量, 总量; a share, 比例, whose figure must be in %: unitAgrees): no
 * measure's name needs to say them.
 */
const GROWTH_WORDS = /^(增长|增长率|增速|增幅|涨幅|年均|每年|一年|面积|数量|总量|总数|规模|人数|个数|数目|金额|水平|比例|占比|比重|百分比|倍数|几倍|growth|annual|rate)$/i;
/** Verbs of doing (建设, 培育, 打造): how a figure is reached, which a measure's name need not say. */
const ACTION_WORDS = /^(建设|建成|新建|扩建|改造|打造|培育|推进|推动|实施|开展|完成|实现|提升|加快|发展|创建|引进|达到|提高|增加|减少|下降|降低)$/;

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

const says = (text: string, c: Concept) => [c.word, ...c.forms].some((f) => f && squashed(text).toLowerCase().includes(squashed(f).toLowerCase()));

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

/** English words too general to tell one measure from another on their own (residents, level, build). */
const EN_WEAK = /^(residents?|people|population|level|above|below|area|build|built|fall|rise|period|total|open|traffic|zones?|provincial|city|new|number|rate|share|years?|target|plan|output)$/i;
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

/**
 * How much of a measure's name the question's measure words cover (0–1): 地区生产总值 is all of
 * “地区生产总值”, and little of “数字经济核心产业增加值占GDP比重”, which 经济 also names.
 */
export function coverage(measureText: string, concepts: readonly Concept[]): number {
  const text = squashed(measureText).toLowerCase().replace(/^(?:全市|全省|吉安市?)/, '');
  if (!text) return 0;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const c of measureConcepts(concepts)) {
    if (EN_WEAK.test(c.word)) continue;
    for (const f of [c.word, ...c.forms]) {
      const form = squashed(f).toLowerCase();
      if (!form) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) covered.fill(true, at, at + form.length);
    }
  }
  return covered.filter(Boolean).length / text.length;
}

/** A figure of a change (新增400公里, 累计下降13%), which answers only a question about a change. */
export const CHANGE_WORDS = /新增|新建|新改建|累计|增长|增加|提高|下降|减少|降低|翻一番|翻番/;
/** A question about a change: how much is added, grows, falls. */
export const ASKS_CHANGE = /新增|新建|新改建|累计|增|涨|提高|提升|降|减|加|翻|多出|change|increase|grow|growth|rise|fall|drop|reduc|cut\b|lower|decreas|declin|add|new\b|more\b/i;
/** A question asking a total, which a change does not answer. */
export const ASKS_TOTAL = /总共|一共|总数|总量|合计|in total|altogether/i;

/** Whether a question asks a total, its measure's own name aside (经济总量 names a measure; 总量是多少 asks a total). */
export const asksTotal = (question: string, concepts: readonly Concept[]): boolean =>
  ASKS_TOTAL.test(measureConcepts(concepts).filter((c) => !/^(总共|一共|总数|总量|合计)$/.test(c.word))
    .reduce((t, c) => t.split(c.word).join(' '), question));
/** A question about a rate of growth (年均增长, 增速, 每年涨多少). */
export const ASKS_GROWTH = /增速|增幅|涨幅|增长率|年均增长|年均.{0,2}涨|每年.{0,6}(涨|增|长)|一年.{0,4}(涨|增|长)|growth|grow\b|grows\b|per year|annual(?:ly)?\b.{0,20}(increase|rise|grow)/i;

/** A question asking a share or proportion (占比, 比重, 占GDP多少, 百分之几, what share): a figure in % answers it, an amount does not. */
export const ASKS_SHARE = /占比|比重|比例|百分之几|百分比|占[^，。？?！!]{0,12}(?:多少|几)|多少%|几成|\bshare\b|\bpercentage\b|\bproportion\b/i;
/** Words that ask for, or name, a rate or a share: a figure in % answers only a question saying one (or asking a percent, growth). */
const SAYS_RATE = /率|比重|占比|比例|百分|%|％|几成|个百分点|覆盖|强度|倍数|几倍|\bintensity\b|\brate\b|\bshare\b|percent|proportion|ratio|coverage/i;
/** A question naming a rate, share, coverage or intensity (a ratio to GDP, 投入强度) as what it asks (普及率, coverage rate), as whole words in English. */
const ASKS_RATE = /率|比例|覆盖|强度|\brates?\b|\bcoverage\b|\bratios?\b|\bproportion\b|\bpercent(?:age)?\b|\bintensity\b/i;
/** A measure's name that says it is a share or rate (城镇化率, 占GDP比重). */
const NAMES_SHARE = /率|比重|占比|比例|%|％/;

/**
 * Whether a figure's unit agrees with what the question asks: a share (占比) is answered by a figure
 * in % or a measure named as a share, not by an amount (地区生产总值 3130亿元 for "what share of GDP…
 * finance"); a figure in % (a row's growth column too) answers only a question asking a percent, a
 * rate or growth, in no other unit (累计实际利用外资多少亿美元 is no growth rate; 常住人口 多少万人
 * is not 常住人口城镇化率 58.25%; 经济目标 is not 数字经济…占GDP比重 9.6%).
 */
export function unitAgrees(figure: { inPercent: boolean; measure: string }, asked: string, ask: { kinds: readonly string[]; unit?: string }): boolean {
  if (figure.inPercent) return !ask.unit && (ask.kinds.includes('percent') || SAYS_RATE.test(asked) || ASKS_SHARE.test(asked) || ASKS_GROWTH.test(asked) || namesHead(figure.measure, asked));
  // A question asking a rate or a coverage in no unit (农村自来水普及率, rural tap water coverage) is not
  // answered by an amount or a count (乡村振兴 projects' 规划投资703.2亿元), unless the measure names a ratio (收入比).
  if (!ask.unit && ASKS_RATE.test(asked) && !ASKS_GROWTH.test(asked) && !/比|率|强度/.test(squashed(figure.measure))) return false;
  return !ASKS_SHARE.test(asked) || NAMES_SHARE.test(squashed(figure.measure));
}

/** What follows a clause's subject before its figure (达到, 提高到, 稳定在): not part of the measure's name. */
const BEFORE_FIGURE = /(?:达到|提高到|提升到|降到|降至|保持在|稳定在|控制在|不低于|不高于|不少于|高于|低于|达|为|是|提高|提升|增长|下降|降低|突破|超过|力争|实现|累计|年均|要|在|至|到|[\s，、：:（(])$/u;

/** A measure's name without what follows it before its figure: one word at a time (a repeated alternation would backtrack). */
function withoutBeforeFigure(name: string): string {
  let text = name;
  while (BEFORE_FIGURE.test(text)) text = text.replace(BEFORE_FIGURE, '');
  return text;
}

/**
 * Whether the question says the head of a measure's name — its last two characters, after what
 * follows it before a figure (安全感 of 公众安全感, 入比 of 城乡居民人均可支配收入比; not 化率 of
 * 常住人口城镇化率 for a question about 常住人口): a measure named whole needs no word of rate.
 */
function namesHead(measure: string, asked: string): boolean {
  const name = withoutBeforeFigure(squashed(measure).replace(/[(（][^()（）]*[)）]$/, ''));
  const head = [...name].slice(-2).join('');
  return [...head].length === 2 && /^\p{Script=Han}+$/u.test(head) && squashed(asked).includes(head);
}

/** Whether a clause's figures are all shares (58.25%, 3个百分点): no count, length, amount or age among them. */
export const figuresInPercent = (clause: string): boolean =>
  /\d\s*(?:%|％|个百分点)/.test(clause) && !/\d\s*(?:万|亿)?\s*(?:个(?!百分点)|家|所|座|条|名|人|亩|公里|千米|米|张|台|辆|套|处|间|户|项|吨|平方|件|位|批|栋|床|千瓦|元|美元|岁|年|天|倍|头|羽|只)/.test(clause);

/**
 * The year a question compares with (比2020年提高多少, 较2020年, compared with 2020): the base of a
 * change, not the year whose figure is asked; null when it names none. A level reached (收入比2025年要降到
 *多少: 比 ends a measure's name) is no change.
 */
export function baseYearAsked(question: string): number | null {
  const m = question.match(/(?:比|较|相比|相较于?|对比|同)\s*(20\d{2})\s*年?(?:末|底)?\s*(?:相比|比)?[^，。？?]{0,12}?(?:增|涨|提高|提升|多(?!少)|减|降|(?<!多)少|变化|翻)(?![^，。？?]{0,2}[到至])|\b(?:compared (?:with|to)|than(?: in)?|over|since)\s+(?:the\s+)?(?:end of\s+)?(20\d{2})\b/i);
  return m ? Number(m[1] ?? m[2]) : null;
}

/**
 * What an English "how many …" counts, and the counters a Chinese figure of it is written with: people
 * in 人/名/人次, households in 户, firms in 家, beds in 张, places and facilities in 个/座/所/处.
 */
const EN_COUNTED: [RegExp, RegExp][] = [
  [/^(?:tourists?|visitors?|people|persons|residents|workers|students|doctors|nurses|teachers|talents?|volunteers?|jobs?)$/i, /人|名|人次/],
  [/^(?:households?|families)$/i, /户/],
  [/^(?:companies|enterprises|firms|businesses)$/i, /家|个|户/],
  [/^beds?$/i, /张|床/],
  [/^(?:stations?|piles?|sites?|parks?|zones?|bases?|villages?|towns?|hubs?|roads?|lines?|routes?)$/i, /个|座|处|条|项/],
  [/^(?:schools?|kindergartens?|hospitals?|cent(?:re|er)s?|platforms?|factories|plants?|institutions?)$/i, /个|所|家|座|处/],
];

/** The counters a figure must be written with to count what an English "how many …" asks (null: anything). */
export function countersAsked(question: string): RegExp | null {
  const counted = question.match(/\bhow many\s+((?:[\w'"“”-]+\s+){0,3}?)([a-z]+)["”']?(?=\s+(?:will|would|should|does|do|did|are|is|were|was|can|could|has|have|in|by|to|of|per|for|does)\b|\s*[?]|$)/i)?.[2] ?? '';
  return EN_COUNTED.find(([noun]) => noun.test(counted))?.[1] ?? null;
}

/** Whether a text's figure is written with one of the counters asked (6000座 for piles, not 3家以上…企业). */
export const countsAsAsked = (text: string, counters: RegExp | null): boolean =>
  !counters || new RegExp(`\\d[\\d.]*\\s*(?:万|亿)?\\s*(?:${counters.source})`).test(text);

/** The year a plan sentence dates its figure to: the first year it names (到2025年), else null. */
export function yearOfText(text: string): number | null {
  const m = text.match(/(20\d{2})\s*年/) ?? text.match(/二〇([二三])([〇一二三四五六七八九])\s*年/);
  if (!m) return null;
  if (m[0].startsWith('二〇')) return 2000 + 10 * '〇一二三四五六七八九'.indexOf(m[1]!) + '〇一二三四五六七八九'.indexOf(m[2]!);
  return Number(m[1]);
}

/** The years a row's filled value cells are labelled with (2020年基期值, 2025年目标值). */
export function rowYears(cells: readonly TableCell[]): number[] {
  return [...new Set(cells.slice(1).filter((c) => !EMPTY_CELL.test(c.value)).flatMap((c) => [...c.label.matchAll(/(20\d{2})年/g)].map((m) => Number(m[1]))))];
}

/** Whether any value cell of a row is labelled with a year: a row without (a 专栏 list) dates nothing. */
export const rowHasYearColumns = (cells: readonly TableCell[]): boolean => cells.slice(1).some((c) => /20\d{2}年/.test(c.label));

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const decimals = (v: string) => v.split('.')[1]?.length ?? 0;

/**
 * The change from a row's 2020 base to its 2025 target, computed and labelled as computed:
 * "2020年2168.83亿元→2025年3130亿元，增加961.17亿元（按规划数字计算）"; a share changes by
 * percentage points. Null unless both cells are plain numbers (not a bound, a range or words).
 */
export function changeNote(cells: readonly TableCell[], unit: string): string | null {
  const base = cells.find((c) => /^2020年/.test(c.label) && /基期/.test(c.label));
  const target = cells.find((c) => /^2025年/.test(c.label) && /目标/.test(c.label));
  if (!base || !target || !PLAIN_NUMBER.test(base.value.trim()) || !PLAIN_NUMBER.test(target.value.trim())) return null;
  const [from, to] = [Number(base.value), Number(target.value)];
  if (from === to) return null;
  const places = Math.max(decimals(base.value.trim()), decimals(target.value.trim()));
  const diff = Math.abs(to - from).toFixed(places);
  const by = unit === '%' ? `${diff}个百分点` : `${diff}${unit}`;
  return `2020年${base.value.trim()}${unit}→2025年${target.value.trim()}${unit}，${to > from ? '增加' : '减少'}${by}（按规划数字计算）`;
}
