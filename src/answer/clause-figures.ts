// What a clause's figures are, as the direct line reads them (direct.ts): which digits are no figure of
// a measure (a year, a class named or bounded by a figure), a figure for each county, a figure given a
// year, what a count counts, and the questions that ask each of several items, per unit or per year; and how much of a question's wording a line says. Pure.
import type { FigureAsk } from '../plan/facts.js';
import { hanBigrams } from '../search/tokenize.js';

/** A question asking the figures of several items at once (A和B各多少, 分别是多少, respectively). */
export const ASKS_EACH = /分别|各(?:自|是|有|为|要|需|能)?(?:多少|几)|\brespectively\b/i;

/** A count (3家以上…) and the noun phrase after it to the clause's end: its last two characters name what it counts. */
export const COUNTED_OBJECT = /\d\s*(?:万|亿)?\s*[个家所座条张台辆套处间户项件批栋]\s*(?:以上|左右|以内)?((?:[^\d，；。]|\d(?=[A-Za-z]))*)[，；。]?$/u;

/** A figure for each one of a kind of place (每个县（市、区）, 每个乡镇, 每个中心镇, 各县): not the city's total. */
export const PER_UNIT = /每(?:一)?个?\p{Script=Han}{0,2}?(?:县|乡|镇|村|社区|街道|园区|开发区)|各县/u;
/** A question asking a figure for each one (每个县, 各县, 每村, each county, per town). */
export const ASKS_PER_UNIT = /每|各|\beach\b|\bper\b|\bevery\b/i;
/** A question asking how much a year, and a figure given a year. */
export const ASKS_PER_YEAR = /每年|一年|\bper year\b|\beach year\b|\bannually\b|\ba year\b/i;
export const SAYS_PER_YEAR = /每年|年均/;
/** A question asking what is added (新增多少, how many km of new expressway), and a subject saying it gives what is added (新增通车高速公路里程). */
export const ASKS_ADDED = /新增|新建|\bnew(?:ly)?\b|\badditional\b|\badded\b/i;
export const SAYS_ADDED = /新增|新建/;

/** A class named in Chinese numerals (百万人口城市, 千亿级产业, 百亿企业): a name, not a figure. */
export const CLASS_NAME = /[十百千万]+(?:亿|万)?(?:级|人口)?(?=城市|企业|产业|集群|集团|园区|开发区|项目|工程)/g;

/**
 * A class bounded by a figure of another kind than what it counts (年用水量 15 万立方米以上的重点企业,
 * 常住人口大于 800 人的行政村): the figure says which things are meant, it is no measure's value. (A
 * share, 65%以上的村, and a count in the noun's own counter, 100个以上的…, are values.)
 */
export const CLASS_BOUND = /(?:大于|小于|超过|不足|低于|高于)?\s*\d[\d.]*\s*(?:万|亿)?\s*(?:立方米|平方米|平方公里|公里|吨|元|人|亩|千瓦|千伏安)\s*(?:以上|以下|及以上|及以下)?的(?=\p{Script=Han})/gu;

/** A year (到 2025 年, 2020年起, 二〇三五年): when it dates, no figure of a measure. */
export const YEAR_SAID = /(?:19|20)\d{2}\s*年|二〇[二三][〇一二三四五六七八九]\s*年/g;

/** A clause's text as figures of a measure are looked for in it: without quoted names, classes named or bounded by a figure, and (unless a date is asked) years. */
export const figureText = (clause: string, ask: FigureAsk) => {
  const text = clause.replace(/“[^”]{0,12}”/g, '').replace(CLASS_NAME, '').replace(CLASS_BOUND, '');
  return ask.kinds.includes('date') ? text : text.replace(YEAR_SAID, '');
};

/** A question asking how many things (数量, 个数, 几家, 多少个): a count, which a sum of money does not answer. */
export const ASKS_COUNT = /数量|个数|(?:多少|几)\s*(?:个|家|所|座|条|张|台|辆|套|处|间|户|项|件|批|栋|名|人)|\bhow many\b|\bnumber of\b/i;

/** A count asked with a Chinese classifier (几个, 多少座, 多少家): not 几个百分点, 几个月, 几个小时. */
const ASKS_COUNTED = /(?:多少|几)\s*(?:个(?!百分点|月|小时|点)|家|所|座|条|张|台|辆|套|处|间|户|项|件|批|栋|名)/;
/** A unit that measures (a length, an area, a weight, a power, a share) rather than counts things. */
const MEASURING_UNIT = /^[^\d]*\d[\d.]*\s*(?:万|亿)?\s*(公里|千米|米|亩|公顷|吨|平方米|平方公里|立方米|千瓦|兆瓦|%|％)/u;

/**
 * Whether a clause answers a count asked with a classifier by a figure in a unit that measures
 * (治理涝区几个 is not 治理河段 1100 公里): things counted one by one are not kilometres or tonnes,
 * unless the question names that unit itself.
 */
export function measureForCount(clause: string, asked: string): boolean {
  if (!ASKS_COUNTED.test(asked)) return false;
  const unit = clause.replace(/“[^”]{0,12}”/g, '').replace(YEAR_SAID, '').match(MEASURING_UNIT)?.[1];
  return unit !== undefined && !asked.includes(unit.replace('％', '%')) && !(unit === '千米' && asked.includes('公里'));
}

/** Whether a clause answers a count asked with a sum of money (开发区数量: not 全市开发区营业收入突破7000亿元). */
export const moneyForCount = (clause: string, asked: string): boolean =>
  ASKS_COUNT.test(asked) && !/元/.test(asked.replace(/元素/g, '')) && /^[^\d]*\d[\d.]*\s*(?:万|亿)?\s*(?:元|美元)/u.test(clause.replace(/“[^”]{0,12}”/g, '').replace(YEAR_SAID, '').replace(/超\s*\d[\d.]*\s*亿元/g, ''));

/** How many of the asked text's character pairs a line says: the question's own wording, words the measure words missed (研学) included. */
export const wordingShared = (line: string, asked: string): number => {
  const said = new Set(hanBigrams(line));
  return [...new Set(hanBigrams(asked))].filter((p) => said.has(p)).length;
};
