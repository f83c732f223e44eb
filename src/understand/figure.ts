// Figures asked: whether a question asks for one (and of what kind, in which unit, for which year), and
// about which time. Pure. Whether a piece of plan text carries a figure (and the other facts about plan
// text: a 十三五 row, the review chapter, an empty cell, how a year is printed) is src/plan/facts.ts.
//
// Kinds: money (元, 补贴多少, how much does it cost), percent (百分之几, 增速, share, rate), date (哪年,
// 什么时候, when), age (几岁), frequency (几趟, 每周几班), quantity (多少个/家/亩, how many), person
// (哪几位, who — a name, which the plan never lists for such questions), place (建在哪, 哪几个县, where
// will it be built — answered only by a passage that names a county, district, town or park), and
// amount (a bare 多少: any figure answers it).
import { COUNTERS, PLAN_TARGET_YEAR, type FigureAsk, type FigureKind } from '../plan/facts.js';

export type { FigureAsk, FigureKind } from '../plan/facts.js';

/** Units a question may name after 多少/几 (longest first), and their English forms. */
const UNITS = ['微克', '毫克', '立方米', '平方米', '平方公里', '公里', '千米', '人次', '万人次', '千瓦', '兆瓦', '吨', '亩', '元', '万元', '亿元', '美元', '亿美元', '万美元', '岁', '趟', '班', '床位', '天',
  ...COUNTERS];
const EN_UNITS: [RegExp, string][] = [[/\bmicrograms?\b/i, '微克'], [/\btons?\b|\btonnes?\b/i, '吨'], [/\bkilomet(?:er|re)s?\b|\bkm\b/i, '公里'], [/\bvisits\b|\bvisitors\b|\btourist arrivals\b/i, '人次'], [/\bbeds?\b/i, '床位'], [/\byuan\b|\brmb\b/i, '元']];

const UNITS_LONGEST_FIRST = [...UNITS].sort((a, b) => b.length - a.length);

function unitOf(question: string): string | undefined {
  const after = question.match(/(?:多少|几)(?:个)?(\p{Script=Han}{1,4})/u)?.[1] ?? '';
  return UNITS_LONGEST_FIRST.find((u) => after.startsWith(u)) ?? EN_UNITS.find(([re]) => re.test(question))?.[1];
}

const ZH_ASKS: [FigureKind, RegExp][] = [
  // A price named by its kind (均价, 单价, 油价, 电价…) and asked (多少, 啥价, 什么价) asks money, as 多少钱 does.
  ['money', /多少钱|几块钱|多少元|多少万元|多少亿|(?:啥|什么|多少)价(?!值)|(补贴|补助|奖励|租金|价格|价钱|价位|[均单售地油电水气菜肉房票]价|收费|费用|工资|养老金|安家费|运费|学费|投资|投入|资金|收购价|保护价|低保)(?!强度|占|比重|增速|增幅|增长率|指数)[^，。？?！!]{0,8}(多少|几|怎么算|标准)|(投|花|补|给|交|领|贷|拿)(了)?多少|一个月.{0,4}多少/],
  ['percent', /百分之几|几个点|百分点|百分比|比例|比重|占比|占多少|税率|利率|费率|增速|增幅|涨幅|(增长|涨|降|下降|提高|上涨)(了)?(多少|几)|多少%|(率|覆盖|强度)[^，。？?！!]{0,4}(多少|几|达到)/],
  // 是多少年 after a measure asks a number of years (受教育年限…是多少年), not when.
  // A span of time asked (几分钟, 过渡期几年, 再延长几年) is answered as a date is: by a time in the plan's words (15 分钟, 5 年过渡期).
  ['date', /(?:几|多少)(?:分钟|个?小时|个月)|(?:期|期限|延长|为期|持续)(?:是|为|有)?几年|什么时候|啥时候|哪年|哪一年|何时|几月|几时|多久|什么时间|时间表|哪天|几年内|几年能|(?<!年限[^，。？?！!]{0,12}(?:是|为|达到|要到|提高到|提升到))多少年/],
  // 年龄 asks an age when asked after it or before it (退休年龄是多少, 什么年龄), not as a topic named
  // (有没有提到推迟退休年龄), nor inside the plan's terms 劳动年龄人口 (working-age people) or 年龄结构.
  ['age', /几岁|多少岁|多大岁数|多大年纪|(?<!劳动)年龄(?!人口|结构)[^，。？?！!]{0,6}(?:多少|几|多大|什么时候|哪年)|(?:什么|多大|哪个)年龄(?!人口|结构)/],
  ['frequency', /几趟|几班|几列|每周几|多少班|多少趟|多少列|班次/],
  ['person', /哪几位|哪位|是谁|有谁|哪些人|叫什么名字/],
  ['place', /在哪(?!些方面|个方面|一章|一节|一篇|个章|部分|里[提说讲写])|建在|设在|(?<!规划里?|纲要里?|文件里?)哪(?:里|儿)(?![提说讲写])|哪个位置|什么位置|什么地方|哪些地方|哪几个地方|哪个县|哪几个县|哪些县|选址/],
  // 达到几年 asks a number of years (平均受教育年限), not when (几年能建成, 几年内: a date).
  ['quantity', /(?:达到|提高到|提升到|要到|为|是)(?:几|多少)年(?![内能后前来])|多少[个家所座条名人万亩公里张台辆套处间户项吨千米平方件位批栋天]|(?<!哪)几[个家所座条名万亩张台辆套处间户项批栋位天件]|多少人|多少家|多大|多长|多高|多宽|规模/],
  ['amount', /多少|几多|几何|几成|具体数字|数字是|数据是|目标值|指标值|目标$|目标[?？。]/],
];

const EN_ASKS: [FigureKind, RegExp][] = [
  ['money', /\bhow much (money|does|do|will|would|is|are)\b.*\b(cost|pay|subsid|fee|price|charge|invest|spend|fund|worth)|\b(cost|price|fee|fees|subsidy|subsidies|wage|salary|rent|minimum investment|how much money)\b/i],
  ['percent', /\b(what|which) (share|percentage|proportion|rate|ratio)\b|\btax rate\b|\binterest rate\b|\bpercent|\bhow fast\b|\bgrowth rate\b|\bby how much\b|%|\bshare of\b/i],
  ['date', /(?:^|[.?!;,]\s*)when\b|\bwhen (?:is|are|was|were|will|would|does|do|did|can|could|should|might)\b|\bwhat year\b|\bwhich year\b|\bby when\b|\bhow soon\b|\btimeline\b|\bdeadline\b|\bhow long\b/i],
  ['age', /\bhow old\b|\bwhat age\b|\bretirement age\b/i],
  ['frequency', /\bhow often\b|\bhow many (trains|trips|flights|services) (a|per|each)\b/i],
  // "who" asks for a name only where it opens a question ("Who leads…", "…, and who"), not as a relative
  // pronoun ("investors who want to set up factories").
  ['person', /(?:^|[.?!;:,]\s*)(?:and |but )?who\b|\bwhich (people|persons|academicians|experts)\b|\bnames? of\b/i],
  // "where" asks for a place where it opens a question ("Where will…", "…: where exactly"), not in a
  // relative clause ("parks close to where people live") or about a level ("where is it now").
  ['place', /(?:^|[.?!;:,]\s*)(?:and |but )?where\b(?! (?:does|do|in) the (?:plan|document|outline)| (?:is|are) (?:it|they|we) now| (?:does|do) (?:it|they|we) stand)|\bwhich (county|counties|district|districts|town|towns|site|sites|location|locations)\b/i],
  ['quantity', /\bhow many\b|\bnumber of\b|\bhow (big|large|long|high)\b/i],
  ['amount', /\bhow much\b|\btarget\b|\bfigures?\b|\bwhat (?:[a-z-]+ )?(throughput|capacity|volume|revenue|output|number|level|amount|total|size|scale)\b/i],
];

const YEAR = /(?<!\d)(20[0-9]{2})(?!\d)/;
const CN_YEARS: [RegExp, number][] = [[/二〇三五|二零三五/, 2035], [/二〇二五|二零二五/, 2025]];

/**
 * 几 after a numeral or a word of time or degree says "some", not "how many": 四十几岁 (in his forties),
 * 十几个县, 这几年, 前几天, 过几年, 好几个. 多少 after a negation says "not much": 不剩多少钱, 没多少人.
 */
const SOME = /(?<=[0-9十百千万两]|这|那|前|近|头|好|过|没)几/g;
const NOT_MUCH = /(?<=没有?|不)(?:剩|了|用|花|赚|挣|到)?多少/g;

/** The text with every 几 and 多少 that asks nothing (see above) put as a statement. */
export const withoutNonQuestions = (text: string): string => text.replace(SOME, '余').replace(NOT_MUCH, '不多');

/** 几多 is how Gan, Hakka and Cantonese speakers say 多少 (补几多钱, 几多万头, 几多公里). */
const DIALECT_HOW_MANY = /几多/g;

/** What figure a (Simplified) question asks for, or null when it asks for none. */
export function figureAsked(text: string): FigureAsk | null {
  const question = withoutNonQuestions(text.replace(DIALECT_HOW_MANY, '多少'));
  const asks = /[\u4e00-\u9fff]/.test(question) ? [...ZH_ASKS, ...EN_ASKS] : EN_ASKS;
  const kinds = [...new Set(asks.filter(([, re]) => re.test(question)).map(([k]) => k))];
  if (!kinds.length) return null;
  const specific = kinds.filter((k) => k !== 'amount');
  const unit = unitOf(question);
  return { kinds: specific.length ? specific : ['amount'], ...(unit ? { unit } : {}) };
}

/** The plan's own years: the 十三五 it reports on (2015–2020), its 2025 targets, its 2035 outlook. */
const PLAN_YEARS = { from: 2015, to: 2035, targets: [2015, 2020, PLAN_TARGET_YEAR, 2035] };

/** Another five-year plan's period: 十一五, 十二五, 十五五, 十六五 (this plan is the 十四五, reporting on the 十三五). */
const OTHER_PERIOD = /十[一二五六]五|\b(?:11|12|15|16)th five|\b(?:eleventh|twelfth|fifteenth|sixteenth) five/i;

/**
 * Whether the question asks about a time the plan gives nothing for: another plan's period, or only
 * years outside its own — before 2015, after 2035, or one between that the plan never mentions (2022,
 * 2028; not 2023 or 2030, which it does).
 */
export function periodOutside(question: string, planMentions: (year: number) => boolean): boolean {
  if (OTHER_PERIOD.test(question)) return true;
  const years = yearsNamed(question);
  const own = (y: number) => y >= PLAN_YEARS.from && y <= PLAN_YEARS.to && (PLAN_YEARS.targets.includes(y) || planMentions(y));
  return years.length > 0 && !years.some(own);
}

/** Every year the question names in digits (2016-2020 names two). */
export const yearsNamed = (question: string): number[] => [...question.matchAll(new RegExp(YEAR, 'g'))].map((m) => Number(m[1]));

/** A year the question names (2025, 2035 also as 二〇三五, 2040…), or null. */
export function yearNamed(question: string): number | null {
  return Number(question.match(YEAR)?.[1]) || (CN_YEARS.find(([re]) => re.test(question))?.[1] ?? null);
}

/** Whether a question asks about the previous plan's period (十三五, 2015–2020, how it was done: 达到了, 建成了多少). */
export const asksAboutPast = (question: string): boolean =>
  /十三五|13th (?:five|fyp)|thirteenth five|previous (?:five-year )?plan|2015|2016|2017|2018|2019|2020|过去五年|上个五年|完成情况|完成了|完成得|达到了吗|达标了吗|(?:降|涨|增长|下降|提高|减少|增加)了(?:多少|几)|(?:达到|实现|建成|退出|摘帽|脱贫)了|[建修]了(?:多少|几)/i.test(question)
  && !/2025|2035|十四五|14th five/i.test(question);

/** How the name of a measure ends: a rate, a number, a share, a total, an income. */
const MEASURE_END = /(?:率|数|数量|量|比重|占比|比例|总额|收入|营收|产值|产量|里程|面积|人口|寿命|年限|总量|规模|增加值|投资|强度|密度|覆盖面|指数|年均增长|增速|增幅|GDP)$/i;

/**
 * Whether a Chinese question only names a measure, with perhaps a year and 目标 (县城污水集中处理率2025年,
 * 每千人口医疗机构床位数, 吉安2030年森林覆盖率, 新材料产业营收目标（2025）, 吉安GDP 2025, 企业数字化转型率目标是？): it
 * asks for that measure's figure.
 */
export function namesMeasureOnly(text: string): boolean {
  const t = text.trim().replace(/[？?。！!\s]+$/u, '')
    // (The city named after the rest, 绿色食品产业营收目标 吉安, is no part of the measure's name.)
    .replace(/[\s，,]*(?:吉安市?|全市)$/u, '')
    .replace(/[（(]\s*20\d{2}(?:\s*年)?\s*[)）]$/u, '').trimEnd()
    .replace(/(?:的)?(?:目标值?|指标值?|预期值?|预期目标|数字|数据|是多少|目标是)$/u, '')
    .replace(/\s*(?:到|在|至)?(?:20\d{2}|二〇[二三][〇一二三四五六七八九])(?:年(?:底|末)?)?$/u, '')
    .replace(/(?:的)?(?:目标值?)$/u, '')
    .replace(/^(?:吉安市?|全市|我市)?\s*(?:(?:到|在)?20\d{2}年)?(?:的)?/u, '');
  return t.length >= 3 && t.length <= 24 && /^[\p{Script=Han}A-Za-z0-9()（）]+$/u.test(t) && MEASURE_END.test(t)
    && !/什么|怎么|如何|哪|吗|呢|谁|多少|几/.test(t);
}

/** English question words and auxiliaries: a text with none of them is a name, not a question. */
const EN_QUESTION_WORD = /\b(?:what|which|how|when|who|whom|where|why|whether|is|are|was|were|does|do|did|will|would|can|could|should|has|have|plan|planned|plans)\b/i;
/** The same without the words of planning: "Planned investment in …?" is a measure's name asked about. */
const EN_ASKING_WORD = /\b(?:what|which|how|when|who|whom|where|why|whether|is|are|was|were|does|do|did|will|would|can|could|should|has|have)\b/i;
/** What an English question may ask the value of ("What was Ji'an's GDP in 2020"). */
const EN_MEASURE_NOUN = /\b(?:gdp|income|population|investment|output|revenue|ratio|share|coverage|total|mileage|capacity|volume|rate|count|number|length|area|value|schooling|expectancy|years)\b/i;
/** Words naming a bound or goal set for a measure ("Cap on the increase in …?", "Target for …?"). */
const EN_BOUND = /\b(?:target|cap|ceiling|limit|goal|quota)\b/i;
/** A time before the question ("By 2025, what …", "In 2020, how …"). */
const LEADING_TIME = /^(?:by|in|for|as of|at the end of)\s+(?:the\s+)?(?:20\d{2}|end of the plan)\s*,\s*/i;

/**
 * Whether an English question asks for a measure's value without a word figureAsked reads (how many,
 * target…): "What was Ji'an's GDP in 2020 …?", "What's the total planned investment …?", or a
 * measure's name with a year ("Rural residents' per-capita disposable income in 2020?", "Life
 * expectancy in 2020 according to the plan?", "Labour productivity in 2020 — what was it?"). For the
 * figure line only: its measure is checked as for any other figure question.
 */
export function asksValueInEnglish(text: string): boolean {
  // "…, according to the plan?" and a trailing "— what was it?" only ask the value of the measure named.
  const t = text.trim().replace(/[,，]?\s*(?:according to|in|under|per) the (?:plan|outline|document)\b/gi, '')
    .replace(/\s*[—–\-:,，]+\s*what (?:was|is|will be|would be) it\s*\??$/i, '?');
  // (What is told before a colon, "For my homework: what was …", is no part of the question.)
  const asked = t.replace(/^[^:?]{1,60}:\s*(?=(?:what|which|how)\b)/i, '').replace(LEADING_TIME, '');
  if (/^what(?:'s|\s+(?:is|was|are|were|will be|would be))\b/i.test(asked)) return EN_MEASURE_NOUN.test(asked);
  // "What per-capita GDP … does Ji'an aim to pass", "what average years of schooling is Ji'an targeting":
  // the words between what and the verb name the measure whose value is asked.
  const named = asked.match(/^what\s+((?:[\w'-]+[\s,]+){1,6}?)(?:does|do|did|is|are|was|were|will|would|should|can)\b/i)?.[1] ?? '';
  if (named) return EN_MEASURE_NOUN.test(named);
  // A measure's name or its bound, asked as a phrase ("Planned investment in new-type infrastructure …?",
  // "Cap on the increase in total energy consumption …?").
  const opening = asked.split(/\s+/).slice(0, 4).join(' ');
  if (/\?\s*$/.test(asked) && !EN_ASKING_WORD.test(asked) && (EN_MEASURE_NOUN.test(opening) || EN_BOUND.test(opening))) return true;
  return !EN_QUESTION_WORD.test(asked) && /\b20\d{2}\b/.test(asked) && asked.split(/\s+/).length <= 12;
}
