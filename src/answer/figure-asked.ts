// What kind of figure a question asks for, beside its measure: a change or a total, a growth, a share or
// a rate, a count of what (家, 个), a base year; whether a figure's unit agrees; and an indicator row's
// years and the change between its base and target, computed from the plan's own figures. Pure.
import type { TableCell } from '../plan/types.js';
import { EMPTY_CELL } from '../plan/facts.js';
import type { Concept } from '../understand/question.js';
import { measureConcepts, squashed } from './measure-words.js';

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
