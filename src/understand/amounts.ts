// Amounts: every figure in a piece of text (a claim or a plan sentence) as a value in base units with
// its unit family and qualifier, so 1.2万美元 and 12000美元, or RMB 4,907.7 billion and 4907.7亿元, can
// be compared. Chinese numerals (五个, 十五个) and small English number words (three percentage points)
// are read too, shares in words (百分之三十, 三成), and doubling (翻一番, double: 2倍); years, plan names (十四五, 5G, PM2.5) and quoted names (“1+13”) are not figures. Pure.

export interface Amount {
  /** As written ("突破5000亿元", "70%以上"). */
  text: string;
  /** In base units: 4000亿元 → 4e11 (of a range, 3-5个, the top: 5). */
  value: number;
  /** Of a range (3-5个中心镇, 2-3家): its bottom. */
  low?: number;
  /** The unit family: 元, 美元, %, 百分点, 亩, 人, 人次, 公里, 吨, 个 (any counter: 家/所/座/条/项/名…), … ('' when none). */
  unit: string;
  /** 'min' (突破, 以上, 不低于, at least), 'max' (以内, 不超过, 控制在), 'about' (左右, 约), or null. */
  qualifier: 'min' | 'max' | 'about' | null;
  /** Offsets in the text. */
  start: number;
  end: number;
}

const COUNTER = '个|家|所|座|条|项|名|张|台|辆|套|处|户|件|只|批|艘|栋|位|头|羽|床|间|株|棵|辆|架|列|班';
const ZH_UNITS = `%|％|个百分点|百分点|倍|亿美元|美元|元|平方公里|平方米|万亩|亩|公顷|人次|人(?![口才员民群工事])|公里|千米|米|吨|千瓦时|千瓦|兆瓦|立方米|亿斤|斤|公斤|千克|分钟|小时|岁|${COUNTER}`;
const ZH_NUM = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';
const ZH_BEFORE = '(突破|不超过|不高于|不多于|超过|超|不低于|不少于|至少|最少|最多|至多|达到|达|控制在|低于|约|近|逾|力争|<|＜|≤|>|＞|≥)?';
/** A number with a unit, or in 万/亿 without one where no noun follows (常住人口将达10万, 营收剑指7000亿; not 百亿企业). */
const ZH_RANGE = '(?:(\\d+(?:\\.\\d+)?)\\s*[-~～—至到]\\s*)?';
const ZH_FIGURE = new RegExp(`${ZH_BEFORE}\\s*${ZH_RANGE}${ZH_NUM}\\s*(?:(万亿|万|亿)?\\s*(${ZH_UNITS})|(万亿|万|亿)(?![\\u4e00-\\u9fff](?<![以左])))(\\s*/\\s*[日年天])?\\s*(以上|左右|以内|以下|多)?`, 'g');

const EN_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100 };
const EN_UNITS: [RegExp, string][] = [
  [/^(?:%|percent\b|per cent\b)/i, '%'], [/^percentage points?\b/i, '百分点'], [/^(?:yuan|rmb)\b/i, '元'], [/^(?:us dollars?|dollars?)\b/i, '美元'],
  [/^square (?:km|kilomet(?:er|re)s?)\b/i, '平方公里'], [/^square met(?:er|re)s?\b/i, '平方米'], [/^cubic met(?:er|re)s?\b/i, '立方米'], [/^hectares?\b/i, '公顷'],
  [/^(?:kwh|kilowatt[- ]hours?)\b/i, '千瓦时'], [/^(?:kw|kilowatts?)\b/i, '千瓦'], [/^(?:mw|megawatts?)\b/i, '兆瓦'], [/^jin\b/i, '斤'], [/^(?:kg|kilograms?)\b/i, '公斤'],
  [/^(?:km|kilomet(?:er|re)s?)\b/i, '公里'], [/^mu\b/i, '亩'], [/^(?:tons?|tonnes?)\b/i, '吨'], [/^(?:tourist visits|visits|visitors|person-times)\b/i, '人次'],
  [/^(?:people|residents|persons|workers|teachers|students|talents|PhDs?)\b/i, '人'], [/^times\b/i, '倍'], [/^(?:households|homes|flats)\b/i, '个'],
  [/^(?:minutes?)\b/i, '分钟'], [/^(?:hours?)\b/i, '小时'],
  [/^(?:enterprises|companies|firms|parks|projects|hospitals|schools|colleges|universities|institutions|villages|airports|stations|lines|bases|platforms|units)\b/i, '个'],
];
const EN_FIGURE = /(?:(at least|at most|no more than|not more than|no fewer than|no less than|more than|over|above|about|around|roughly|nearly|up to|under|below|less than)\s+)?(?:(rmb|us\$|\$|¥)\s*)?(\d+(?:,\d{3})*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b)(?:\s*(thousand|million|billion|trillion)\b)?/gi;

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十五 → 15, 二十 → 20, 三千 → 3000, 一百二十 → 120 (below 万); 二点五 → 2.5 (the digits after 点 are read one by one). */
export function chineseNumber(s: string): number {
  const point = s.indexOf('点');
  if (point >= 0) return chineseNumber(s.slice(0, point)) + Number(`0.${[...s.slice(point + 1)].map((ch) => CN_DIGIT[ch] ?? '').join('')}`);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch in CN_PLACE) {
      total += (digit || 1) * CN_PLACE[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

const numberOf = (s: string) => (/\d/.test(s) ? Number(s.replace(/,/g, '')) : s.toLowerCase() in EN_WORDS ? EN_WORDS[s.toLowerCase()]! : chineseNumber(s));

/** Numerals that name rather than count: plan names, periods, pollutants, quoted names, grades. */
const NOT_FIGURES = /第[\d一二两三四五六七八九十]+|\b\d+(?:st|nd|rd|th)\b|第?十[一二三四五六]个?五(?:年|”|"|期间|时期|末|规划)?|“[^”]{0,12}”|PM\s*_?\{?\s*(?:2\.5|10)\s*\}?|\b5G\b|[1-5]A级|\b[1-5]A(?=-level|\s*-?\s*(?:grade|rated|scenic))|[一二三四五六七八九十]+[大个](?=[^\d万亿]{0,2}(?:工程|行动|战略|体系|中心|走廊|基地|平台|产业|板块))/gi;

const qualifierOf = (before = '', after = ''): Amount['qualifier'] => {
  const said = `${before}|${after}`.toLowerCase();
  // A floor denied is a ceiling (不超过, no more than), a ceiling denied a floor (不低于, no less than): read those first.
  if (/不超过|不高于|不多于|最多|至多|at most|no more than|not more than/.test(said)) return 'max';
  if (/突破|超过|超|不低于|不少于|至少|最少|以上|逾|多|>|＞|≥|at least|no fewer than|no less than|more than|over|above/.test(said)) return 'min';
  if (/控制在|低于|以内|以下|<|＜|≤|up to|under|below|less than/.test(said)) return 'max';
  if (/约|近|左右|about|around|roughly|nearly/.test(said)) return 'about';
  return null;
};

/** Counters of people (500名, 10位) count people: 人's family, not things' (1万套). */
const unitFamily = (unit: string) => (/^[名位]$/.test(unit) ? '人' : new RegExp(`^(?:${COUNTER})$`).test(unit) ? '个' : unit === '％' ? '%' : unit === '个百分点' ? '百分点' : unit === '千米' ? '公里' : unit);

/** Blank out what only names (keeping offsets). */
const masked = (text: string) => text.replace(NOT_FIGURES, (m) => ' '.repeat(m.length));

/** A class of size: 千亿级 (1000亿元), 500亿级. */
const SIZE_CLASS = /(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(亿|万)级/g;

/** Doubling: 翻一番, 翻番, double — twice the figure it starts from. */
const DOUBLING = /翻一番|翻番|\bdoubl(?:e|es|ed|ing)\b/gi;

const doublings = (text: string): Amount[] => [...text.matchAll(DOUBLING)].map((m) => ({ text: m[0], value: 2, unit: '倍', qualifier: null, start: m.index, end: m.index + m[0].length }));

/** Shares in words: 百分之三十 (30%), 百分之二点五 (2.5%), 三成 (30%). */
const SHARE_WORDS = /百分之([\d.]+|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)|(?<![\d一二两三四五六七八九十])([一二两三四五六七八九])成(?![为立功效本员果熟长都不])/g;

const shareWords = (text: string): Amount[] => [...text.matchAll(SHARE_WORDS)].map((m) => ({
  text: m[0], value: m[1] ? numberOf(m[1]) : numberOf(m[2]!) * 10, unit: '%', qualifier: null, start: m.index, end: m.index + m[0].length,
}));

/**
 * A span of years a thing lasts (5年过渡期, 再延长30年): a number of years before a noun or a verb, not a
 * calendar year, not a period of the speaker's (未来5年, 5年内).
 */
const DURATION = /(?<![\d.])(\d{1,2})\s*年(?![内来间前后里中底末度级份])(?=\p{Script=Han})/gu;
const NOT_DURATION_BEFORE = /(?:未来|今后|近|最近|每|这)\s*$/;

const durations = (text: string): Amount[] => [...text.matchAll(DURATION)].filter((m) => !NOT_DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)))
  .map((m) => ({ text: m[0], value: Number(m[1]), unit: '年', qualifier: null, start: m.index, end: m.index + m[0].length }));

function chineseAmounts(text: string): Amount[] {
  const sizes = [...masked(text).matchAll(SIZE_CLASS)].map((m) => ({
    text: m[0], value: numberOf(m[1]!) * SCALE[m[2]!]!, unit: '元', qualifier: null, start: m.index, end: m.index + m[0].length,
  }));
  return [...sizes, ...doublings(text), ...shareWords(text), ...durations(masked(text)), ...[...masked(text).matchAll(ZH_FIGURE)].flatMap((m) => {
    const [all, before, from, num = '', unitScale, unit = '', bareScale, per, after] = m;
    const scale = unitScale ?? bareScale;
    // 一个, 两条, 百家: articles and manner of speaking; 千亿, 两千亿 are figures.
    if (!/\d/.test(num) && /^[一两百千]$/.test(num) && !scale) return [];
    // An age naming who is meant (0-3岁婴幼儿, 60岁以上老年人) describes, it does not count.
    // An age changing (77.2岁提高到80岁) is a figure.
    if (unit === '岁' && /^\p{Script=Han}/u.test(text.slice(m.index + all.length)) && !/^(?:提高|提升|增加|增长|延长|上升|下降|降低|降至|升至|增至|达到)/.test(text.slice(m.index + all.length))) return [];
    const [amountUnit, factor] = unit === '万亩' ? ['亩', 1e4] : unit === '亿美元' ? ['美元', 1e8] : [unit, 1];
    const value = numberOf(num) * (scale ? SCALE[scale]! : 1) * factor;
    const lead = all.length - all.trimStart().length;
    const low = from !== undefined ? Number(from) * (scale ? SCALE[scale]! : 1) * factor : undefined;
    return [{ text: all.trim(), value, ...(low !== undefined && low < value ? { low } : {}), unit: unitFamily(amountUnit) + (per ? per.replace(/\s/g, '') : ''), qualifier: qualifierOf(before, after), start: m.index + lead, end: m.index + all.trimEnd().length }];
  })];
}

function englishAmounts(text: string): Amount[] {
  return [...masked(text).matchAll(EN_FIGURE)].flatMap((m) => {
    const [all, before, currency, num = '', scale] = m;
    if (/^\d{4}$/.test(num) && Number(num) >= 1990 && Number(num) <= 2050 && !scale) return []; // a year
    const rest = text.slice(m.index + all.length).trimStart();
    const unit = currency ? (/\$/.test(currency) ? '美元' : '元') : EN_UNITS.find(([re]) => re.test(rest))?.[1] ?? (/^%/.test(rest) ? '%' : '');
    // A count of things or people may have words that describe them first (five new higher-vocational (junior college) institutions).
    const described = !unit && !currency ? EN_UNITS.find(([re]) => re.test(rest.replace(EN_DESCRIBING, '')))?.[1] : undefined;
    if (described === '个' || described === '人') return [{ text: all.trim(), value: numberOf(num) * (scale ? SCALE[scale.toLowerCase()]! : 1), unit: described, qualifier: qualifierOf(before), start: m.index, end: m.index + all.length }];
    if (!unit && !/\d/.test(num)) return []; // "one of", "two districts" without a unit: not a figure
    const value = numberOf(num) * (scale ? SCALE[scale.toLowerCase()]! : 1);
    return [{ text: all.trim() + (unit === '%' && /^%/.test(rest) ? '%' : ''), value, unit, qualifier: qualifierOf(before), start: m.index, end: m.index + all.length }];
  });
}

/** Up to three words describing what is counted (new, higher-vocational, (junior college)); not words that link (of the, in, by). */
const EN_DESCRIBING = /^(?:(?:\([^()]{0,30}\)|(?!(?:of|the|a|an|in|on|at|to|by|for|from|with|and|or|per|than|is|are|was|were|will|be)\b)[a-z][a-z-]*)\s+){1,3}/i;

const isLatin = (text: string) => (text.match(/[A-Za-z]/g)?.length ?? 0) > (text.match(/\p{Script=Han}/gu)?.length ?? 0);

/** Every figure in a text (Chinese, or English when the text is mostly Latin). */
export function amountsIn(text: string): Amount[] {
  return isLatin(text) ? [...englishAmounts(text), ...doublings(text)] : chineseAmounts(text);
}

/**
 * Whether two amounts say the same figure: the same value (within rounding), or one within the other's
 * range, in the same unit family or one without a unit.
 */
const within = (x: Amount, range: Amount) => range.low !== undefined && x.value >= range.low - 1e-9 && x.value <= range.value + 1e-9;

export const sameAmount = (a: Amount, b: Amount): boolean =>
  (a.unit === b.unit || !a.unit || !b.unit)
  && (within(a, b) || within(b, a) || Math.abs(a.value - b.value) <= 1e-6 * Math.max(Math.abs(a.value), Math.abs(b.value), 1));

/** Whether two amounts are of one measure's kind: the same unit family (a unitless English figure matches any). */
export const comparable = (a: Amount, b: Amount): boolean => a.unit === b.unit || (!a.unit && !!b.unit);
