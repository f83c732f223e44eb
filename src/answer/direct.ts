// The direct line: for a question that asks for a figure, one line above the quotes that leads with
// it, composed only from what is quoted — an indicator row's cells with their column labels, or the
// clause of a quoted sentence that carries the figure (with the sentence's leading time clause). Pure.
import type { TableCell } from '../plan/types.js';
import { carriesFigure, EMPTY_CELL, mentionsYear, PLAN_TARGET_YEAR, type FigureAsk, type FigureKind } from '../plan/facts.js';
import { ASKS_CHANGE, ASKS_GROWTH, ASKS_SHARE, asksTotal, CHANGE_WORDS, changeNote, rowHasYearColumns, rowYears, unitAgrees, countersAsked, countsAsAsked, baseYearAsked, figuresInPercent, yearOfText } from './figure-asked.js';
import { conceptsNamed, coverage, measureConcepts } from './measure-words.js';
import { keepsLevel, measureMatch, namesAMeasure, requiredConcepts, subjectNamesAsked, type MeasureContext } from './measure-match.js';
import type { Concept } from '../understand/question.js';
import { askedKind, askingConcepts } from './asking.js';
import { ASKS_ADDED, ASKS_EACH, ASKS_PER_UNIT, ASKS_PER_YEAR, COUNTED_OBJECT, figureText, measureForCount, moneyForCount, PER_UNIT, SAYS_ADDED, SAYS_PER_YEAR, wordingShared, YEAR_SAID } from './clause-figures.js';
import { ASKS_TARGET_SET, BASE_YEAR, inAskedUnit, leadsInPercent, leadsInWords, ROW_NOTE, rowLine, rowName, UNIT } from './row-line.js';
import { forAnotherPart } from './measure-qualifiers.js';
import { inUnit, sentenceLine, sentencesOf, SUBJECT_BEFORE_MAX, TIME_CLAUSE, UNIT_BONUS, type Line } from './sentence-line.js';
import {  } from './sentence-line.js';
import { afterFigure, listedMeasures, ONLY_QUALIFIER, respectiveFigure, respectiveList, sharedNoun, splitAfterFigures } from './figure-lists.js';

/** What the direct line reads of an answer: the quote and, for a table row, its labelled cells. */
export interface Quoted {
  text: string;
  columns?: readonly TableCell[];
  /** A row of the previous plan's completion table (a “十三五” result, not a target). */
  pastResult?: boolean;
  /** A table row's group heading. */
  group?: string | null;
  /** Its trail of headings: a table row's last one is its table's title (“十四五”重大工程项目规划投资). */
  citation?: { path: readonly string[] };
}

/** What the direct line needs to know of the question. */
export interface FigureQuestion {
  figure: FigureAsk | null;
  year: number | null;
  asksPast: boolean;
  concepts: readonly Concept[];
  /** The question's text: whether it asks about a change or a rate of growth. */
  text?: string;
  /** An English question's measure words come through a dictionary: matched less strictly. */
  language?: string;
}

/** How a result of the previous plan is introduced, so it never reads as a target. */
export const PAST_RESULT_PREFIX = '“十三五”完成情况：';

/** How many of the top quotes may give the figure. */
const DIRECT_FROM = 3;

/** Said when a figure is asked and no quote gives one of that kind. */
export const NO_FIGURE_LINE = '规划没有给出具体数字。';
/** Said before a row whose asked cell is in words (保持稳定): the plan's words, but no figure. */
export const IN_WORDS_PREFIX = '规划没有给出具体数字，写的是：';
/** Said when only a place is asked (建在哪) and no quote names one. */
export const NO_PLACE_LINE = '规划没有写明具体地点。';

/**
 * What a direct line is: a figure of the asked measure (figure); none at all (none: NO_FIGURE_LINE,
 * NO_PLACE_LINE); the asked measure's target in words, no figure (in_words: IN_WORDS_PREFIX and the
 * row); the asked measure's figure for another year than the one asked (other_year); or
 * figures of other measures only (other_measures): the last two do not answer the question.
 */
export type DirectKind = 'figure' | 'none' | 'in_words' | 'other_year' | 'other_measures';

/** A direct line and the quote it comes from (null for NO_FIGURE_LINE / NO_PLACE_LINE / other measures). */
export interface Direct {
  line: string;
  from: number | null;
  kind: DirectKind;
}

/** Kinds of figure whose measure is checked against the question's (a count, an amount, a share, money, an age). */
const MEASURED: ReadonlySet<FigureKind> = new Set(['amount', 'quantity', 'percent', 'money', 'age']);

/** A table row names its measure in its first cell: on a tie with a sentence it wins. */
const ROW_BONUS = 0.25;

/** How many of the other measures' names a line lists. */
const OTHER_MEASURES_MAX = 4;

/** A candidate figure: its line, how well it matches, its measure's name and whether its year is the one asked. */
interface Candidate extends Line {
  from: number;
  /** A row whose leading cell is words (保持稳定), not a figure. */
  inWords?: boolean;
  matched: boolean;
  yearOk: boolean;
  measure: string;
  years: number[];
}


/** A flow over a plan's five years: what was added, lifted or built during 十三五 / 十四五. */
const PERIOD_FLOW = /(?:十[三四]五|五年)(?:期间|时期|以来|来|内)?[^，。？?]{0,10}(?:新增|脱贫|建成|引进|增加|减少|新建|累计)|(?:新增|脱贫|累计)[^，。？?]{0,10}十[三四]五(?:期间|时期)/;

/** An indicator row as a candidate: matched by its label, dated by its columns. */
function rowCandidate(q: Quoted & { columns: readonly TableCell[] }, from: number, question: FigureQuestion, ask: FigureAsk, year: number | null, context: MeasureContext): Candidate {
  const label = q.columns[0]?.value ?? '';
  // Asked for a rate of growth or a five-year total (累计新增), the growth column (年均/累计增长) leads.
  // So does a change from a base year (比2020年提高多少岁): the row's growth column is that change.
  // And so does a flow over a plan's five years (十三五期间新增就业多少, 十三五脱贫多少人): the five-year total.
  const growth = ASKS_GROWTH.test(question.text ?? '') || /累计/.test(question.text ?? '') || baseYearAsked(question.text ?? '') !== null
    || PERIOD_FLOW.test(question.text ?? '')
    // A previous plan's result asked over a span of years (during 2016-2020, 2016—2020年累计) is its five-year column.
    || (q.pastResult === true && new Set((question.text ?? '').match(/20\d{2}/g) ?? []).size > 1);
  const growthCell = q.columns.some((c) => /增长/.test(c.label) && !EMPTY_CELL.test(c.value));
  const years = rowYears(q.columns);
  const yearOk = year === null || !rowHasYearColumns(q.columns) || years.includes(year) || (year === PLAN_TARGET_YEAR && growth && growthCell);
  const unit = label.match(UNIT)?.[1] ?? '';
  const change = changeNote(q.columns, unit === 'GDP' ? '' : unit);
  const line = `${q.pastResult ? PAST_RESULT_PREFIX : ''}${rowLine(q.columns, year, growth, q.pastResult === true && ASKS_TARGET_SET.test(question.text ?? ''))}${change && !q.pastResult ? `；${change}` : ''}`;
  // The row's cells in words (工业提升、现代服务业、产业园区基础设施等) and its table group say what it measures too.
  // So do its column labels other than years' (规划投资（亿元）) and its table's title (专栏27 “十四五”重大工程项目).
  const said = [...q.columns.map((c) => c.value).filter((v) => !/\d/.test(v) || v === label),
    ...q.columns.map((c) => c.label).filter((l) => !/20\d{2}|属性/.test(l)), q.group ?? '', q.citation?.path.at(-1) ?? ''].join(' ');
  // A row in % answers a share, rate or growth, and a share is answered only by a row in %.
  // (Asked for growth, the growth column leads: the question asked a rate.)
  // A row of growth (规模以上工业增加值增速) is no share (高新技术产业占工业比重) unless growth is asked.
  const growthForShare = /增速|增长率|增幅/.test(label) && ASKS_SHARE.test(question.text ?? '') && !ASKS_GROWTH.test(question.text ?? '');
  const agrees = !growthForShare && unitAgrees({ inPercent: leadsInPercent(q.columns, year, growth, unit), measure: label }, question.text ?? '', ask)
    && inAskedUnit(q.columns, ask, question.text ?? '') && (question.language !== 'en' || !unit || countsAsAsked(`1${unit}`, countersAsked(question.text ?? '')));
  const named = agrees ? measureMatch(said, question.concepts, context) : null;
  const score = (named ?? 0) + ROW_BONUS + coverage(label.replace(UNIT, ''), question.concepts) + (ask.unit && unit.includes(ask.unit) ? UNIT_BONUS : 0);
  return { line, score, from, matched: named !== null, yearOk, measure: rowName(q.columns), years, inWords: leadsInWords(q.columns, year, growth) };
}

/** A change's figure (新增400公里) under a question not about a change: below any level's figure of the same measure. */
const CHANGE_PENALTY = 1.5;

const ITEM_TITLE = /^\s*\d+\.\s*([^。，]{2,24})。/;

/** Verbs and markers that stand between a subject and its figure (达到, 提高, 控制在): no part of a measure's name. */
const SUBJECT_VERBS = /(?:达到|达|为|提高到|提升到|提高|提升|增长|下降|降低|降到|保持在|稳定在|控制在|突破|超过|不低于|不少于|力争|实现|累计|年均|新增|建成|建设|完成|打造|培育|[\s，、：（(“”])+/g;
/** A subject that names a measure of its own: four characters or more once its verbs are taken off. */
const OWN_SUBJECT = /\p{Script=Han}{4,}/u;

/** Whether a clause's first figure is a share (全市50%以上的县…经济总量超过250亿元): what its line leads with. */
const leadsWithPercent = (clause: string) => /^[^\d]*\d+(?:\.\d+)?\s*(?:%|％|个百分点)/.test(clause.replace(/“[^”]{0,12}”/g, ''));

/** The clauses of a quoted text that carry a figure, each as a candidate: matched by its subject, dated by its time clause. */
function clauseCandidates(q: Quoted, from: number, question: FigureQuestion, ask: FigureAsk, year: number | null, context: MeasureContext): Candidate[] {
  const out: Candidate[] = [];
  const asksChange = ASKS_CHANGE.test(question.text ?? '');
  // An English "how many tourists" counts people: a figure of 家 counts something else.
  const counters = question.language === 'en' ? countersAsked(question.text ?? '') : null;
  // A list item's title (10. 安福高新区。) names what each of its figures measures.
  const title = q.text.match(ITEM_TITLE)?.[1] ?? '';
  for (const sentence of sentencesOf(q.text)) {
    const lead = sentence.match(TIME_CLAUSE)?.[0] ?? '';
    // (A comma typed in ASCII, as the plan has in places, ends a clause too; not one between digits.)
    const lists = sentence.slice(lead.length).split(/(?<=[，；。]|,(?!\d))/).map((c) => (respectiveList(c) ? [c] : splitAfterFigures(c)));
    const clauses = lists.flat();
    // The noun a list of figures shares, written once after the last (10个以上省级、2个以上国家级商旅文融合发展示范区).
    const shared = lists.flatMap((parts) => parts.map((part, k) => (k < parts.length - 1 && ONLY_QUALIFIER.test(afterFigure(part)) ? sharedNoun(parts.at(-1)!) : '')));
    // A list's later figure with no words of its own (新建、提升改造高标准农田70万亩、105万亩以上) cannot be read alone.
    const bare = lists.flatMap((parts) => parts.map((part, k) => k > 0 && !/\p{Script=Han}/u.test(part.replace(/[\d.]+\s*(?:万|亿)?\s*(?:个|家|所|座|条|名|人|亩|公里|张|台|辆|套|处|间|户|项|吨|件|位|批|栋)?|以上|左右|以内|[%％、，；。\s]/gu, ''))));
    clauses.forEach((clause, i) => {
      if (bare[i]) return;
      // Digits in a quoted name (“4050”人员, “1+3”产业体系) are no figure, nor a class named in numerals (百万人口城市, 千亿级产业)
      // or bounded by a figure (常住人口大于 800 人的行政村), nor a year (实施农村电网改造升级工程，到 2025 年).
      if (!carriesFigure({ text: figureText(clause, ask) }, ask)) return;
      // The measure is the clause's subject, which may stand in a clause before it (劳动者总量翻一番，达到100万人),
      // or the noun its list shares after the last figure.
      const own = measureMatch(`${clause}${shared[i]}`, question.concepts, context);
      // The subject stands before the figure, best not before another figure (人工造林50万亩，封山育林75万亩);
      // a word shared by a list of figures may stand further back (网格整合率达100%，…完成事件上报处置率达95%).
      const since = clauses.slice(0, i).findLastIndex((c) => /\d/.test(c)) + 1;
      const before = clauses.slice(0, i + 1).join('');
      const subject = clause.split(/\d/)[0] ?? '';
      // A subject further back, over another figure, is shared only by a clause naming no measure of its
      // own, or part of the asked one (…，完成事件上报处置率达95%): 吉泰走廊经济总量占全市比重提高3个百分点
      // is not 常住人口's figure because 全市常住人口城镇化率达到58.25% stands before it.
      // So is the noun a figure counts after it (创建2-3家国家级、省级旅游度假区: not 5A级景区 standing before).
      const object = afterFigure(clause).replace(/国家级|省级|市级|县级|[、，；。“”\s]/gu, '');
      // The subject runs back to the last figure (技工院校年招生总量翻一番，达到2000人以上), and names the asked
      // measure only by a noun of it, not by a word of kind or quality (空气质量优良天数比例 for 地表水水质优良比例).
      const ownSubject = `${clauses.slice(since, i).join('')}${subject}`;
      const nounsNamed = conceptsNamed(ownSubject, measureConcepts(question.concepts)).filter((c) => c.weight >= 1);
      const english = question.language === 'en';
      const ownMeasure = OWN_SUBJECT.test(ownSubject.replace(SUBJECT_VERBS, '')) && !subjectNamesAsked(nounsNamed, english);
      // The figure's own clause naming a measure of its own (空气质量优良天数比例达到95%) takes none from before it.
      const clauseOwn = OWN_SUBJECT.test(subject.replace(SUBJECT_VERBS, '')) && !subjectNamesAsked(conceptsNamed(subject, measureConcepts(question.concepts)).filter((c) => c.weight >= 1), english);
      const near = own ?? (clauseOwn ? null : measureMatch(clauses.slice(since, i + 1).join(''), question.concepts, context));
      // (An English question's words are a dictionary's glosses, too loose to tell an object from the measure;
      // a list item's title, 10. 安福高新区。, still names what its figures measure.)
      // (An object naming only some of the asked words, 特色村 for 特色商贸小镇, is as much another thing.)
      // An English question's glosses are loose, but an object saying none of them (旅游度假区 for scenic spots) is another thing too.
      const ownObject = /\p{Script=Han}{3,}/u.test(object) && (question.language === 'en'
        ? !conceptsNamed(object, measureConcepts(question.concepts), false).length
        : !conceptsNamed(object, measureConcepts(question.concepts)).length || measureMatch(object, question.concepts, context) === null);
      // A count's object ends in the noun it counts (3家以上5G元器件、智能终端等领域的头雁企业 counts 企业): a
      // Chinese question that says neither it nor a term containing it asks to count something else (5G基站).
      // (Its last four characters, two at a time: 美丽乡村点建设 counts 村点 as much as 建设.)
      const countedObject = (COUNTED_OBJECT.exec(clause)?.[1] ?? '').replace(/[^\p{Script=Han}]/gu, '').slice(-4);
      const counted = [...countedObject].slice(0, -1).map((ch, k) => ch + countedObject[k + 1]!);
      const saysCounted = (w: string) => (question.text ?? '').includes(w) || measureConcepts(question.concepts).some((c) => c.forms.some((f) => f.includes(w)));
      const countsOther = question.language !== 'en' && counted.length > 0 && !counted.some(saysCounted);
      const stretch = near ?? (ownMeasure ? null : (ownObject || clauseOwn ? null : measureMatch(before, question.concepts, context)) ?? (title ? measureMatch(`${title}${before}`, question.concepts, context) : null));
      const fromIndex = own !== null ? i : clauses.slice(0, i).findLastIndex((c) => conceptsNamed(c, measureConcepts(question.concepts)).length > 0);
      const upTo = clauses.slice(Math.max(fromIndex, 0), i + 1).join('');
      // …but not over a clause with a figure of its own (新增通车高速公路里程400公里，通车里程达到1200公里).
      const overFigure = clauses.slice(Math.max(fromIndex, 0), i).some((c) => /\d/.test(c));
      const text = own !== null || fromIndex < 0 || upTo.length > SUBJECT_BEFORE_MAX || overFigure ? clause : upTo;
      const respective = respectiveFigure(clause, question.concepts);
      const line = respective ? `${respective}（${`${lead}${clause}`.replace(/[，；。、\s]+$/, '')}）` : `${lead}${text}`.replace(/^[、，；\s]+|[，；。、\s]+$/g, '');
      // (A share among new things, 城镇新建建筑中绿色建筑面积占比不低于 70%, is a level, not an amount added.)
      const change = CHANGE_WORDS.test(subject) && !(/率|比重|占比|比例/.test(subject) && figuresInPercent(clause));
      // A change (新增床位2000张) is no answer to a question asking a total (总共会有多少张), unless the
      // question asks the total of that change itself (十四五全市新改建农村公路一共多少公里).
      const changeAsked = (question.text ?? '').includes(subject.match(CHANGE_WORDS)?.[0] ?? '\u0000');
      if (change && !changeAsked && asksTotal(question.text ?? '', question.concepts)) return;
      const penalty = change && !asksChange ? CHANGE_PENALTY : 0;
      // A figure for each county or town (推动每个县(市、区)建立1家百亿企业集团) answers only a question asking per one.
      if (PER_UNIT.test(subject) && !ASKS_PER_UNIT.test(question.text ?? '')) return;
      // Asked how much a year (每年引进多少博士), a figure given a year (每年引进…50人以上) counts more than a total over years.
      const perYear = ASKS_PER_YEAR.test(question.text ?? '') && SAYS_PER_YEAR.test(`${subject}${clause}`) ? UNIT_BONUS : 0;
      // Asked what is added (how many km of new expressway), a figure of what is added (新增通车高速公路里程400公里) counts more than the level after it (通车里程达到1200公里).
      const added = ASKS_ADDED.test(question.text ?? '') && SAYS_ADDED.test(subject) ? UNIT_BONUS : 0;
      const dated = yearOfText(clause) ?? yearOfText(lead) ?? yearOfText(before) ?? (q.pastResult ? 2020 : null);
      const effective = dated ?? (q.pastResult ? 2020 : PLAN_TARGET_YEAR);
      const score = (stretch ?? 0) - (own === null ? 0.25 : 0) - (near === null ? 0.5 : 0) - penalty + perYear + added + inUnit(clause, ask) + coverage(subject, question.concepts);
      // A clause naming another level (2 个以上国家级…示范区) is not the asked level's (省级), whatever stands before it.
      // A list with 分别 whose asked item cannot be told leads with its first item's figure: no answer.
      // Asked each one's figure (新建和提升改造各多少亩), a list naming every item asked gives them all, in its order.
      const list = respectiveList(clause);
      const everyItemAsked = list !== null && ASKS_EACH.test(question.text ?? '') && list.names.every((n) => conceptsNamed(n, measureConcepts(question.concepts)).length > 0);
      const matched = stretch !== null && !countsOther && keepsLevel(clause, question.text ?? '') && countsAsAsked(clause, counters) && (respective !== null || list === null || everyItemAsked)
        && unitAgrees({ inPercent: figuresInPercent(clause) || leadsWithPercent(clause), measure: subject }, question.text ?? '', ask)
        // …and a part of the city's figure (中心城区…人口规模110万人) is no answer unless that part is asked
        // (a figure opening its clause, 570个贫困村全部退出, counts a subject of its own).
        && !moneyForCount(clause, question.text ?? '') && !measureForCount(clause, question.text ?? '') && !forAnotherPart([title, ...clauses.slice(0, i)], clause.replace(YEAR_SAID, '').split(/\d/)[0] ?? '', question.text ?? '');
      out.push({ line, score, from, matched, yearOk: year === null || effective === year, measure: '', years: [effective] });
    });
  }
  return out;
}

/**
 * The best candidate: the highest score; on a tie of two sentences' clauses, the one saying more of the
 * question's own wording (省级研学旅游示范基地 is 3个省级研学旅游示范基地, not 1个国家康养旅游示范基地 listed
 * first; a table's rows keep their order: its total row is no less the measure for saying fewer of the
 * question's words), then the higher-ranked quote.
 */
const best = (cs: readonly Candidate[], asked = '') => cs.reduce<Candidate | null>((b, c) => (!b || c.score > b.score
  || (c.score === b.score && !c.measure && !b.measure && wordingShared(c.line, asked) > wordingShared(b.line, asked)) ? c : b), null);

/** The old choice, for asks whose figure is no measure (a date, a place): any figure under a measure the question names. */
function anyNamed(question: FigureQuestion, ask: FigureAsk, quotes: readonly Quoted[]): Line & { from: number } | null {
  let found: (Line & { from: number }) | null = null;
  for (const [from, q] of quotes.slice(0, DIRECT_FROM).entries()) {
    if (q.pastResult && !question.asksPast) continue;
    if (q.columns || !carriesFigure({ text: q.text }, ask)) continue;
    const line = sentenceLine(q.text, ask, question.concepts);
    if (line?.line && line.score >= 1 && (!found || line.score > found.score)) found = { ...line, from };
  }
  return found;
}

/**
 * The direct line for a figure question, from the top quotes: a figure only of the measure the question
 * names (an indicator row's label, the subject of the clause carrying it, naming every measure word of
 * the question) for the year it asks (the cell's or clause's year); the higher-ranked quote on a tie.
 * When the plan gives that measure only for another year, a line saying so (other_year); when the
 * quotes give only other measures' figures, a line naming them (other_measures); else NO_FIGURE_LINE
 * (NO_PLACE_LINE when only a place is asked). Null when no figure is asked. A “十三五” result answers
 * only a question about that period, and says what it is.
 */
export function composeDirect(asked: FigureQuestion, quotes: readonly Quoted[]): Direct | null {
  const question = { ...asked, concepts: askingConcepts(asked), figure: askedKind(asked) };
  const { figure: ask } = question;
  // A year compared with (比2020年提高多少) is the base of the change asked, not the year asked: the
  // change to the plan's target year is asked, not the base year's figure nor the previous plan's.
  const base = baseYearAsked(question.text ?? '');
  const otherYears = (question.text?.match(/20\d{2}/g) ?? []).map(Number).filter((y) => y !== base);
  const asksPast = question.asksPast && base === null;
  if (!ask) return null;
  // A question about the previous plan's period (十三五末) asks for 2020's figure.
  // A question naming two years (2021-2025, 2020 against 2025) asks about a period, which no single year's figure answers alone.
  const period = new Set(question.text?.match(/20\d{2}/g) ?? []).size > 1;
  const year = period ? null : base !== null ? otherYears[0] ?? null : question.year ?? ask.year ?? (asksPast ? 2020 : null);
  const none: Direct = { line: ask.kinds.every((k) => k === 'place') ? NO_PLACE_LINE : NO_FIGURE_LINE, from: null, kind: 'none' };
  if (!ask.kinds.some((k) => MEASURED.has(k))) {
    const found = anyNamed(question, ask, quotes);
    return found ? { line: found.line, from: found.from, kind: 'figure' } : none;
  }
  // A question naming no measure (那2025年呢), or only how it grows (固投年均增长多少: 固投 is no word it
  // knows), has none to check a figure against.
  if (!namesAMeasure(question.concepts)) return none;
  const context: MeasureContext = { quoted: quotes.map((q) => q.text).join('\n'), english: question.language === 'en', asked: question.text ?? '' };
  // Two measures asked at once (封山育林和退化林修复分别多少万亩): each one's figure, in the order asked,
  // or none when the first asked has none (a line must not lead with the second's).
  const listed = listedMeasures(question);
  if (listed) {
    const found = listed.map((concepts) => best(candidatesOf({ ...question, concepts }, ask, year, asksPast, quotes, context).filter((c) => c.matched && c.yearOk && !c.inWords)));
    const lines = [...new Set(found.filter((c): c is Candidate => c !== null).map((c) => c.line))];
    return found[0] ? { line: lines.join('；'), from: found[0].from, kind: 'figure' } : none;
  }
  const candidates = candidatesOf(question, ask, year, asksPast, quotes, context);
  const answering = best(candidates.filter((c) => c.matched && c.yearOk), question.text ?? '');
  if (answering) return answering.inWords ? { line: `${IN_WORDS_PREFIX}${answering.line}`, from: answering.from, kind: 'in_words' } : { line: answering.line, from: answering.from, kind: 'figure' };
  const otherYear = best(candidates.filter((c) => c.matched));
  // …unless a quote, or its heading, speaks of the year asked (二〇三五年远景目标: 人均地区生产总值基本达到中等发达国家水平): its words answer.
  const yearSpoken = year !== null && quotes.slice(0, DIRECT_FROM).some((q) => mentionsYear(`${q.citation?.path.join(' ') ?? ''}${q.text}`, year));
  if (otherYear && year !== null && !yearSpoken) {
    const given = otherYear.years.filter((y) => y !== year).join('、');
    return { line: `规划给出的是${given || '其他年份'}年的数字，没有${year}年的：${otherYear.line}`, from: otherYear.from, kind: 'other_year' };
  }
  // Figures of other measures say what the plan gives instead when the top quote is one of them (an
  // indicator row): a sentence first is the closest passage, and its figure may be worded otherwise.
  // An English question's measure words come through a dictionary, and everyday words no quote says
  // (医生, 平均寿命) cannot be checked: too loose to say that.
  const others = [...new Set(candidates.filter((c) => c.measure).map((c) => c.measure))].slice(0, OTHER_MEASURES_MAX);
  const verifiable = requiredConcepts(question.concepts, context).length > 0;
  if (others.length && verifiable && quotes[0]?.columns && question.language !== 'en') return { line: `规划没有给出这一项的数字，给出的是：${others.join('、')}。`, from: null, kind: 'other_measures' };
  return none;
}

/** A completion table's columns of what was reached (2020年预期值, 完成值). */
const RESULT_COLUMN = /预期值|完成值|实际/;

/** Every candidate figure of the top quotes: indicator rows by their label, clauses by their subject. */
function candidatesOf(question: FigureQuestion, ask: FigureAsk, year: number | null, asksPast: boolean, quotes: readonly Quoted[], context: MeasureContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [from, q] of quotes.slice(0, DIRECT_FROM).entries()) {
    if (q.pastResult && !asksPast) continue;
    if (q.columns) {
      // A row's base-year value alone (2020年基期值 94.5, target "—") is no target: only a question about the past takes it.
      const gives = q.columns.slice(1).some((c) => !EMPTY_CELL.test(c.value) && !ROW_NOTE.test(c.label) && (asksPast || !BASE_YEAR.test(c.label)))
        // A previous plan's row gives what was reached only in its result columns (2020年预期值): its target alone (规划目标 25, 预期值 —) is none.
        && (!q.pastResult || !q.columns.some((c) => RESULT_COLUMN.test(c.label)) || q.columns.some((c) => RESULT_COLUMN.test(c.label) && !EMPTY_CELL.test(c.value)));
      // A row in % does not give an amount of money (重大工程项目总投资多少亿 is not 固定资产投资增速).
      const inPercent = /[(（]%[)）]\s*$/.test(q.columns[0]?.value ?? '');
      if (gives && !(inPercent && ask.kinds.every((k) => k === 'money'))) candidates.push(rowCandidate({ ...q, columns: q.columns }, from, question, ask, year, context));
    } else candidates.push(...clauseCandidates(q, from, question, ask, year, context));
  }
  return candidates;
}

/** Whether a direct line answers with a figure (not one saying the plan gives none, gives it in words only, or for another year or measure). */
export const answersWithFigure = (line: string | null): boolean =>
  line !== null && line !== NO_PLACE_LINE && !line.startsWith('规划给出的是') && !line.startsWith('规划没有给出');
