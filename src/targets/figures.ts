// Figures in a target sentence, each with the measure it belongs to. "每年扶持不少于100名农村青年致富
// 带头人，创评10个“吉安青年创业孵化基地”" gives 100名 for 农村青年致富带头人 and 10个 for the 孵化基地,
// never both under the first. Pure.
//
// Within a clause (split at ，；。：), a figure's measure is read from the words around it:
//   L = the words since the previous figure (or the clause start), R = the words up to the next one;
//   measure = L + R, tidied (time phrases, linking verbs and list separators dropped):
//     "网格整合率达 100%" → 网格整合率 · "创评 10 个“吉安青年创业孵化基地”" → 创评“吉安青年创业孵化基地”
//   a share ("80%的县级及以上党政机关", "50% 以上的县（市、区）经济总量超过 250 亿元") measures what follows
//     its 的, and the figures inside that are part of the measure, not figures of their own;
//   a threshold ("超1000亿元开发区2家", "年销售额过 10 亿元的大型商贸龙头企业 2 家") is part of the next
//     figure's measure; standing alone it is read with its whole clause;
//   with no words of its own (", 25个和20个" after "…分别达8个") a figure shares the previous measure;
//   growth and shares ("、年均增长7.6%左右", "占GDP比重达到7%") take the previous measure as subject;
//   an attributive left without its noun ("10 个以上省级、2 个以上国家级…示范区") takes the next one's.

import { squash } from '../plan/whitespace.js';

export interface Figure {
  value: string;
  unit: string;
  /** 以上 / 左右 / 以内 / 不低于 / 突破 / 超过 / 达到 … when stated. */
  qualifier: string | null;
  /** What this figure measures (words of the plan around it, see above). */
  measure: string;
}

const UNITS = '%|个百分点|万个|万平方米|平方米|万立方米|立方米|万辆|万册|万亩|亩|万人次|万人|人次|人|亿元|万元|元|亿美元|美元|万户|户|个|家|所|平方公里|公里|千米|米|张|亿斤|万千瓦|千瓦|万吨标准煤|万吨|吨|座|条|项|次|天|岁|倍|处|套|间|辆|艘|名|件|台|只|株|棵|年|小时|分钟|GB|兆';
/** Verbs that can stand right before a figure: they belong to the measure ("新增…国家级创新平台"). */
const VERB_CUE = /^(?:新增|新建|建成|培育)$/;
const CUE = '不低于|不少于|超过|突破|达到|达|力争|控制在|低于|高于|提高到|增加到|新增|新建|建成|培育';
const FIGURE = new RegExp(`(${CUE})?\\s*(\\d+(?:\\.\\d+)?(?:\\s*[-~～]\\s*\\d+(?:\\.\\d+)?)?)\\s*(${UNITS})(\\s*\\/\\s*[日年天])?\\s*(以上|左右|以内|以下)?`, 'g');

interface Found {
  value: string;
  unit: string;
  qualifier: string | null;
  /** Where the figure (with a qualifying cue such as 突破, without a verb such as 新增) starts and ends. */
  start: number;
  end: number;
}

function found(clause: string): Found[] {
  const out: Found[] = [];
  for (const m of clause.matchAll(FIGURE)) {
    const [text, cue, value = '', unit = '', perDay, after] = m;
    if (unit === '年' && /^20\d\d$/.test(value)) continue; // a year, not a figure
    const verb = cue !== undefined && VERB_CUE.test(cue);
    out.push({
      value: squash(value),
      unit: unit + squash(perDay ?? ''),
      qualifier: after ?? (verb ? undefined : cue) ?? null,
      start: m.index + (verb ? cue.length : 0),
      end: m.index + text.length,
    });
  }
  return out;
}

/** Every figure in a text with its unit and qualifier (no measure). */
export function figuresIn(text: string): Omit<Figure, 'measure'>[] {
  return found(text).map(({ value, unit, qualifier }) => ({ value, unit, qualifier }));
}

/** The clauses of a sentence: split at ，；。：！？ outside brackets. */
export function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  [...sentence].forEach((ch, i) => {
    if (/[（(]/.test(ch)) depth++;
    else if (/[）)]/.test(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；。：！？]/.test(ch)) {
      out.push(sentence.slice(start, i));
      start = i + 1;
    }
  });
  out.push(sentence.slice(start));
  return out.filter((c) => c.trim());
}

const LEAD = /^(?:[、，和及与并\s]|其中|力争|(?:到|至)?\s*20\d\d\s*年[，,]?)+/;
const LINK = /(?:达到|达|为|稳定在|保持在|控制在|大于|提升到)\s*$/;
const GROWTH = /^(?:年均|增长|占|累计)/;

/** Quotes left open by a cut ("居民出行“见绿") are dropped. */
const balanced = (s: string) => ((s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length ? s : s.replace(/[“”]/g, ''));
/** Words before a figure, without leading time phrases or separators and trailing linking verbs. */
const tidyLeft = (l: string) => l.replace(LEAD, '').replace(LINK, '').trim();
/** Words after a figure, without a leading 的 and trailing list separators. */
const tidyRight = (r: string) => r.replace(/^\s*的/, '').replace(/[、和及与+\s]+$/, '').trim();

/** Index of the last list separator outside brackets in the words between two figures, or -1. */
function lastSeparator(gap: string): number {
  const flat = gap.replace(/[（(][^）)]*[）)]/g, (m) => '□'.repeat(m.length)); // "县（市、区）" lists nothing
  return Math.max(...[...'、和及与+'].map((c) => flat.lastIndexOf(c)));
}

interface ClauseReading {
  /** The measure a growth or share clause continues ("占GDP比重…" after "金融业增加值…"). */
  subject: string | null;
  /** What a figure with no words of its own measures: the previous clause ("劳动者总量翻一番，达到100万人"). */
  fallback: string;
}

/** Labelled figures of one clause. */
function clauseFigures(clause: string, { subject, fallback }: ClauseReading): Figure[] {
  const figs = found(clause);
  const out: Figure[] = [];
  let from = 0; // where the words of the next figure's measure start
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (!f) continue;
    const next = figs[i + 1];
    const gap = clause.slice(f.end, next?.start ?? clause.length);
    const left = clause.slice(from, f.start);
    const label = { value: f.value, unit: f.unit, qualifier: f.qualifier };
    if (f.unit === '%' && /^\s*的/.test(gap)) {
      // a share: what it counts is the rest of the clause, figures and all
      const scope = tidyLeft(left).replace(/^全市$/, ''); // "全市 50% 以上的县…": the share is of the 县
      out.push({ ...label, measure: balanced(scope + tidyRight(clause.slice(f.end))) });
      break;
    }
    const cut = next ? lastSeparator(gap) : -1;
    if (next && cut < 0 && gap.trim()) continue; // a threshold: part of the next figure's measure
    const right = next ? gap.slice(0, Math.max(cut, 0)) : (gap.split('+')[0] ?? '');
    from = next ? f.end + cut + 1 : clause.length;
    const words = !next && /^\s*的/.test(gap) ? tidyLeft(clause) : tidyLeft(left) + tidyRight(right);
    const before = out.at(-1)?.measure ?? subject;
    const measure = !words ? before ?? fallback : GROWTH.test(words) && before ? before + words : words;
    out.push({ ...label, measure: balanced(measure) });
    subject = measure;
  }
  return out;
}

/** "省级、国家级商旅文融合发展示范区": a measure ending in an attributive …级 takes the next one's head noun. */
function shareHeadNoun(figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    const head = /级([^级]+)$/.exec(figures[i + 1]?.measure ?? '')?.[1];
    return /级$/.test(f.measure) && head ? { ...f, measure: f.measure + head } : f;
  });
}

/** Verbs a list of actions can open with ("新建、提升改造高标准农田"): the rest of the last item is shared. */
const LIST_VERB = /^(?:已建成|已建|建成|新建|新增|提升改造|改造提升|改造|提升|改建|扩建|续建)/;
/** Places a list of places can open with ("市中心城区和县城公园绿地…"): the rest of the last item is shared. */
const LIST_PLACE = /^(?:中心城区|城区|县城|城市|农村|乡镇|全市|市|县|乡|镇|村)/;
/** "市、县两级X", "县乡村三级X": levels named before a count of levels. */
const LEVELS = /^(.*?)((?:[^、，\s]{1,2}、)*[^、，\s]{1,2}|[省市县乡镇村]{2,4})\s*([两二三四])级(.+)$/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4 };

/** Pieces of a list at 、 and 和/及/与, outside brackets and quotes (及以上 is no separator). */
function listPieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  [...text].forEach((ch, i) => {
    if (/[（(“]/.test(ch)) depth++;
    else if (/[）)”]/.test(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、和及与]/.test(ch) && !/^及以[上下]/.test(text.slice(i))) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  });
  return [...out, text.slice(start)].map((p) => p.trim());
}

/**
 * The n measures a list measure names, one per figure ("全市省级及以上绿色园区、绿色工厂、节水型企业分别"
 * → 全市省级及以上绿色园区 · 绿色工厂 · 节水型企业), or null when it does not read as n items.
 */
export function listMeasures(measure: string, n: number): string[] | null {
  const named = measure.replace(/\s*分别.*$/, '').trim();
  const levels = LEVELS.exec(named);
  if (levels && COUNT[levels[3]!] === n) {
    const [, before, list, , head] = levels;
    const items = list!.includes('、') ? list!.split('、') : [...list!];
    if (items.length === n) return items.map((item) => `${before}${item}级${head}`);
  }
  const pieces = listPieces(named);
  if (pieces.length !== n || pieces.some((p) => !p)) return null;
  const last = pieces.at(-1)!;
  for (const opening of [LIST_VERB, LIST_PLACE]) {
    const lead = opening.exec(last)?.[0];
    const shared = lead ? last.slice(lead.length) : '';
    if (lead && shared && pieces.slice(0, -1).every((p) => [...p].length <= 6)) {
      return pieces.map((p, i) => (i === n - 1 ? last : `${p}${shared}`));
    }
  }
  return pieces;
}

/**
 * Figures sharing one measure in a row ("分别达8个、25个和20个") each take their own item of a list
 * measure; a list that does not read as one item per figure is left as it was.
 */
function splitLists(figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length;) {
    let j = i + 1;
    while (j < figures.length && figures[j]!.measure === figures[i]!.measure) j++;
    const run = figures.slice(i, j);
    const items = run.length > 1 ? listMeasures(run[0]!.measure, run.length) : null;
    out.push(...run.map((f, k) => (items ? { ...f, measure: items[k]! } : f)));
    i = j;
  }
  return out;
}

/** Every figure of a sentence with the measure it belongs to. */
export function labelFigures(sentence: string): Figure[] {
  const out: Figure[] = [];
  let fallback = '';
  for (const clause of clausesOf(sentence)) {
    const last = out.at(-1)?.measure ?? null;
    const figures = clauseFigures(clause, { subject: GROWTH.test(tidyLeft(clause)) ? last : null, fallback: fallback || tidyLeft(clause) });
    out.push(...figures);
    fallback = figures.at(-1)?.measure ?? tidyLeft(clause);
  }
  return splitLists(shareHeadNoun(out));
}
