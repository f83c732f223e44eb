// Lists of figures in a plan sentence: a 分别 list (全市铁路、高速公路通车总里程分别达到726公里、768公里)
// read item by item, figures after 、 each a clause of their own, and the noun a list shares after its
// last figure; and the measures a question asks the figures of together (A和B分别多少, 几个A和B). Pure.
import { conceptsNamed, coverage, measureConcepts } from './measure-words.js';
import { namesAMeasure } from './measure-match.js';
import type { Concept } from '../understand/question.js';

/**
 * A clause's figures may follow one another after 、 (突破3130亿元、年均增长7.6%左右; 100个“智慧工厂”、200个“数字车间”),
 * or after a plus joining a model's parts (1个市级物流公共信息平台+13个县级物流公共信息平台): each is its own
 * clause — but not at a 、 in brackets (50%以上的县（市、区）经济总量), nor at a plus between bare figures (“1+13+N”).
 */
export const AFTER_FIGURE = /(?<=[\d%][^\d，；、（(]{0,16})、(?=[^、，；]*\d)/;
const AFTER_PLUS = /(?<=[\d%][^\d，；、（(+＋]{0,16}[\u4e00-\u9fff])[+＋](?=\d)/;

/** A clause cut at each figure that follows another after 、 or a plus (AFTER_FIGURE): one pattern each, each at most quadratic. */
export const splitAfterFigures = (clause: string): string[] => clause.split(AFTER_FIGURE).flatMap((part) => part.split(AFTER_PLUS));

/** Where a list's last item starts (县城 in 县城公园绿地服务半径覆盖率): its places, the rest is the measure they share. */
const LIST_PLACE = /^(?:市中心城区|中心城区|县城|城区|城镇|农村|乡镇|全市|县级|市级|省级|国家级)/;

/**
 * 市中心城区和县城公园绿地服务半径覆盖率: the short items before the last share its measure, read as
 * 市中心城区公园绿地服务半径覆盖率 and 县城公园绿地服务半径覆盖率; so do items before a share of a whole
 * written after the last (高新技术产业、战略性新兴产业占规模工业比重).
 */
function withSharedMeasure(names: string[]): string[] {
  const last = names.at(-1) ?? '';
  // A share of a whole written once after the last item (高新技术产业、战略性新兴产业占规模工业比重) is every item's.
  const shareOf = last.match(/占[^、，；。]*?(?:比重|比例|份额)$/)?.[0];
  if (shareOf && names.slice(0, -1).every((n) => !/占/.test(n))) return [...names.slice(0, -1).map((n) => `${n}${shareOf}`), last];
  const place = last.match(LIST_PLACE)?.[0];
  if (!place || names.slice(0, -1).some((n) => n.length > 6 || !LIST_PLACE.test(n))) return names;
  const measure = last.slice(place.length);
  return [...names.slice(0, -1).map((n) => `${n}${measure}`), last];
}

/** A figure alone in a list of figures (70万亩, 105万亩以上, 35.2%; read without spaces): a number, its unit and a bound, no words. */
const BARE_FIGURE = /^\d[\d.]*(?:万|亿)?(?:[个家所座条名人亩张台辆套处间户项件位批栋吨%％]|公里|千米|平方米|平方公里|立方米|千瓦|万元|亿元|元)?(?:以上|左右|以内|以下)?$/;

/**
 * A list with 分别 (铁路、高速公路通车总里程分别达到726公里、768公里), or items before their figures without it
 * (新建、提升改造高标准农田70万亩、105万亩以上: one figure each, in order): its items' names (with a measure
 * they share written out) and their figures; null when the clause is none.
 */
export function respectiveList(clause: string): { names: string[]; figures: string[] } | null {
  const m = clause.match(/^(.*?)分别(?:达到|达|为|是|增长|提高|下降|占)?(.+?)[，；。]?$/) ?? implicitList(clause);
  if (!m) return null;
  const names = withSharedMeasure(m[1]!.split(/、|和|与/).map((n) => n.trim()).filter(Boolean));
  const figures = m[2]!.split(/、|和|与/).map((f) => f.trim()).filter(Boolean);
  return names.length >= 2 && names.length === figures.length && figures.every((f) => /\d/.test(f)) ? { names, figures } : null;
}

/** Items before a list of bare figures, as many as the figures (新建、提升改造高标准农田70万亩、105万亩以上). */
function implicitList(clause: string): [string, string, string] | null {
  const at = clause.search(/\d/);
  if (at < 0) return null;
  const [head, tail] = [clause.slice(0, at), clause.slice(at).replace(/[，；。\s]+$/, '')];
  const figures = tail.split('、');
  return figures.length >= 2 && head.split('、').length === figures.length && figures.every((f) => BARE_FIGURE.test(f.replace(/\s+/g, ''))) ? [clause, head, tail] : null;
}

/** The longest an item before a list's last may be for the words only the last says to be the measure they share (全市铁路、高速公路通车总里程). */
const SHORT_ITEM = 4;

/**
 * In a list with 分别 (全市铁路、高速公路通车总里程分别达到726公里、768公里), the figure of the item the
 * question names, as "高速公路通车总里程：768公里"; null when the clause has no such list or names no single item.
 */
export function respectiveFigure(clause: string, concepts: readonly Concept[]): string | null {
  const list = respectiveList(clause);
  if (!list) return null;
  const { names, figures } = list;
  const wanted = measureConcepts(concepts);
  // Short items before the last (铁路 of 全市铁路、高速公路通车总里程) share what only the last names after
  // its own item (通车总里程): a word said only by the last item, after its start, tells no item from another.
  const short = names.slice(0, -1).every((n) => [...n.replace(/^全市/, '')].length <= SHORT_ITEM);
  const last = names.at(-1)!.replace(/\s+/g, '');
  const afterHead = (c: Concept) => [c.word, ...c.forms].some((f) => last.indexOf(f.replace(/\s+/g, '')) > 0);
  const sharedWords = short ? wanted.filter((c) => afterHead(c) && names.map((n) => conceptsNamed(n, [c]).length > 0).every((said, i) => said === (i === names.length - 1))) : [];
  const scored = names.map((n, i) => {
    const own = conceptsNamed(n, wanted).filter((c) => !sharedWords.includes(c));
    return { i, named: own.length, cover: own.length ? coverage(n, concepts) : 0 };
  });
  const top = scored.reduce((b, c) => (c.named + c.cover > b.named + b.cover ? c : b));
  if (!top.named || scored.filter((c) => c.named + c.cover === top.named + top.cover).length > 1) return null;
  // A unit written once after the last figure (8个、25个和20个 have their own; 54.4%和35.2% too) stays with each.
  return `${names[top.i]!.replace(/^全市/, '')}：${figures[top.i]!.replace(/\s+/g, '')}`;
}

/** What follows a list item's figure and unit (省级、 of 10个以上省级、). */
export const afterFigure = (part: string) => part.replace(/^.*\d[\d.]*\s*(?:万|亿)?\s*[个家所座条名人亩张台辆套处间户项件位批栋]?\s*(?:以上|左右|以内)?/u, '');
/** A list item that gives a figure and only its level or kind (省级、, 国家级), its noun written once after the last item. */
export const ONLY_QUALIFIER = /^\s*(?:国家级|省级|市级|县级|国家|省)?[、和及与\s]*$/;
/** The noun after a list's last figure, without its level (国家级商旅文融合发展示范区 → 商旅文融合发展示范区). */
export const sharedNoun = (last: string) => afterFigure(last).replace(/^(?:国家级|省级|市级|县级)/, '').replace(/[，；。、\s]+$/, '');

/** The asking word of a count (几个, 多少家). */
const COUNT_WORD = /(?:多少|几)\s*(?:万|亿)?\s*(?:个|家|所|座|条|张|台|辆|套|处|间|户|项|件|批|栋)/g;
const CLAUSE_MARK = /[，。？?！!；;：:]/;
const TRAILING = new Set([...' \t\n？?。！!']);
const withoutEnd = (text: string): string => {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
};

/**
 * Things counted together after the asking word, at the question's end (几个A和B, 多少家A与B): the words
 * after the first asking word that is followed by no clause mark, when a 和/与/及/跟 parts them into two
 * of at least two characters each; null otherwise. Done in plain steps, not one pattern: a pattern with
 * two lazy spans and the optional ending was read as 7th-degree polynomial by the ReDoS check.
 */
function countedTogether(text: string): string | null {
  const body = withoutEnd(withoutEnd(text).replace(/(?:呢|啊|吗|呀)$/u, ''));
  for (const m of body.matchAll(COUNT_WORD)) {
    const rest = body.slice(m.index! + m[0].length).trim();
    if (CLAUSE_MARK.test(rest)) continue;
    const joined = [...rest.matchAll(/和|与|及|跟/g)].some((j) => j.index! >= 2 && rest.length - j.index! - 1 >= 2);
    return joined ? rest : null;
  }
  return null;
}

/**
 * The measures a question asks the figures of together (A和B分别多少, A、B各是多少), each as the
 * question's concepts its own words name, in the order asked; null unless it asks two or more so and
 * each names a measure.
 */
export function listedMeasures(question: { text?: string; concepts: readonly Concept[] }): Concept[][] | null {
  const asked = (question.text ?? '').match(/([^，。？?！!；;：:]*?)(?:分别|各自|各)(?:是|有|为|要|需|需要|达到|能|可以|计划)?(?:多少|几|达到|是多少)/)?.[1]
    // …or counted together after the asking word (要建几个智慧工厂和数字车间): a count of each.
    ?? countedTogether(question.text ?? '');
  if (asked === undefined || asked === null) return null;
  const items = asked.split(/和|与|及|以及|、|跟|同/).map((t) => t.trim()).filter(Boolean);
  if (items.length < 2) return null;
  const parts = items.map((item) => question.concepts.filter((c) => item.toLowerCase().includes(c.word.toLowerCase())));
  return parts.every((p) => namesAMeasure(p)) ? parts : null;
}
