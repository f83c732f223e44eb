// A claimed figure against a plan sentence: the plan's figure of the same measure next to the same words
// (4000亿元 against 突破5000亿元), with its qualifier (突破 against 左右, a floor against a ceiling), as an
// increase or a total (新增 against 达到), item by item where the plan lists figures (分别达8个、25个和20个),
// and the words naming a figure's measure (measureStretch), which ranking reads too. Pure.
import { amountsIn, comparable, sameAmount, type Amount } from '../understand/amounts.js';
import { hanBigrams } from '../search/tokenize.js';
import type { Differ } from './types.js';
/**
 * The plan's figure of the measure a claimed figure is of, in another sentence (农村生活污水处理率达60%以上
 * where the leading sentence gives only 农村卫生厕所普及率): a differ with both figures, 'holds', or 'absent'.
 */
export function figureOfMeasure(f: Amount, claim: string, text: string, measureTerms?: readonly string[]): Differ | 'holds' | 'absent' {
  return compareFigure(f, claim, text, true, measureTerms, true);
}

const overlap = (a: string, b: string) => { const bs = new Set(hanBigrams(b)); return hanBigrams(a).filter((x) => bs.has(x)).length; };

/**
 * Figures a sentence gives item by item (全市省级及以上绿色园区、绿色工厂、节水型企业分别达8个、25个和20个):
 * each item's name with its figure, when the names and the figures are as many. Where the last name
 * carries the measure all items share (市中心城区和县城公园绿地服务半径覆盖率分别达到90%和80%), its
 * `head` is the part that names the item (县城公园…), as long as the longest other name.
 */
export function respectiveFigures(sentence: string): { name: string; head: string; amount: Amount }[] {
  const out: { name: string; head: string; amount: Amount }[] = [];
  for (const m of sentence.matchAll(/([^，。；：]+?)分别([^，。；]+)/g)) {
    const names = m[1]!.split(/、|和/).filter((n) => n.trim());
    // Offsets in the sentence, as the sentence's own figures have them.
    const from = m.index + m[1]!.length + '分别'.length;
    const amounts = amountsIn(m[2]!).map((a) => ({ ...a, start: a.start + from, end: a.end + from }));
    if (names.length < 2 || names.length !== amounts.length) continue;
    const others = Math.max(...names.slice(0, -1).map((n) => n.length));
    const heads = names.map((n, i) => (i === names.length - 1 && n.length >= 2 * others ? n.slice(0, others) : n));
    names.forEach((name, i) => out.push({ name, head: heads[i]!, amount: amounts[i]! }));
  }
  return out;
}

/**
 * The item of a sentence's item-by-item figures the claim names before its figure: the name sharing
 * most with the claim's last four characters before it (绿色工厂要达到8个), else the head sharing most
 * with the claim's stretch before it (县城公园绿地服务半径覆盖率到2025年要达到90%), if one leads.
 */
function namedItem(f: Amount, claim: string, plan: string): { amount: Amount } | undefined {
  const items = respectiveFigures(plan);
  if (!items.length) return undefined;
  const leading = <T extends { named: number }>(xs: T[]) => {
    const sorted = xs.sort((a, b) => b.named - a.named);
    return sorted[0] && sorted[0].named > 0 && sorted[0].named > (sorted[1]?.named ?? 0) ? sorted[0] : undefined;
  };
  // A claim giving its own figures item by item (…比重分别是54.4%和35.2%) names the item in its own list.
  const own = respectiveFigures(claim).find((r) => r.amount.start === f.start);
  const said = own?.name.slice(-4) ?? claim.slice(Math.max(0, f.start - 12), f.start).replace(/(?:要|将|需)?(?:达到|达|为|增至|提高到|突破|超过)?\s*$/, '').slice(-4);
  const before = claim.slice(Math.max(0, f.start - 30), f.start);
  const byName = leading(items.map((r) => ({ ...r, named: overlap(said, r.name) })));
  if (byName) return byName;
  // By head only where the claim names the measure the items share (公园绿地服务半径覆盖率), not another thing of theirs (城区裸露土地).
  const shared = items.filter((r) => r.head !== r.name).map((r) => r.name.slice(r.head.length));
  return shared.some((m) => overlap(before, m) >= 2) ? leading(items.map((r) => ({ ...r, named: overlap(before, r.head) }))) : undefined;
}

/** A claim's figure without a unit (5 million) against a share (58.25%, 3个百分点): a share is always marked, so it is not one. */
const unmarkedShare = (f: Amount, a: Amount) => !f.unit && /^(?:%|百分点)$/.test(a.unit);
const comparableFigure = (f: Amount, a: Amount) => comparable(f, a) && !unmarkedShare(f, a);

/** An English figure joined to the thing it counts (a 50,000-seat stadium, 100-bed hospitals): a count, not an area, a length, a sum or a share. */
const countsThing = (claim: string, f: Amount) => !f.unit && /^-[a-z]/i.test(claim.slice(f.end));
const COUNTS = /^(?:个|人|人次|户)?$/;

/** A claim figure against the sentence: the same figure holds; else the comparable figure next to the most of the same words differs. */
export function compareFigure(f: Amount, claim: string, plan: string, positive: boolean, measureTerms?: readonly string[], strict = false): Differ | 'holds' | 'absent' {
  // Given item by item: the figure of the item the claim names right before its figure (绿色工厂要达到8个).
  const item = namedItem(f, claim, plan);
  if (item && comparableFigure(f, item.amount)) return sameAmount(f, item.amount) ? 'holds' : { what: 'figure', claim: f.text, plan: item.amount.text };
  const amounts = amountsIn(plan);
  // The same figure as a floor in one and a ceiling in the other (不低于 against 以内) says the opposite.
  // So does a floor claimed (突破75亿斤) where the plan holds the figure about steady (稳定在75亿斤左右).
  const opposite = (a: Amount) => (!!a.qualifier && !!f.qualifier && [a.qualifier, f.qualifier].sort().join() === 'max,min')
    || (f.qualifier === 'min' && a.qualifier === 'about');
  // The plan's figure of the claim's unit after the most of the words the claim puts before its own; on
  // a tie, the same figure. A figure of the same value after other words (5个 of another measure) does not hold.
  const near = (a: Amount) => overlap(claim.slice(Math.max(0, f.start - 12), f.start), plan.slice(Math.max(0, a.start - 16), a.start));
  // …and the words the claim puts right after it (20个以上采摘、民宿等主题特色村: the figure before 采摘、民俗、民宿…特色村).
  const nearAfter = (a: Amount) => overlap(claim.slice(f.end, f.end + 10), plan.slice(a.end, a.end + 24));
  const rank = (a: Amount) => near(a) + nearAfter(a) + (sameAmount(a, f) ? 0.5 : 0);
  // A threshold describing what follows it (常住人口大于800人的行政村) is no target to compare with.
  const describes = (a: Amount) => /^\s*的/.test(plan.slice(a.end)) && /(?:大于|小于|不足|低于|高于)\s*$/.test(plan.slice(Math.max(0, a.start - 4), a.start));
  const rivals = amounts.filter((a) => (comparableFigure(f, a) || (sameAmount(a, f) && !unmarkedShare(f, a))) && !describes(a) && (!countsThing(claim, f) || COUNTS.test(a.unit))).sort((a, b) => rank(b) - rank(a));
  const [top] = rivals;
  const after = claim.slice(f.end, f.end + 8).split(/[，,。；;\s]/)[0] ?? '';
  // An English claim names its measure in words the plan has only through their translations (forest coverage → 森林覆盖率).
  // A translation counts where most of a term is in the figure's clause (森林质量's 质量 is not 空气质量's).
  const terms = (measureTerms ?? []).map((t) => hanBigrams(t).filter((b) => !FIGURE_WORDS.has(b))).filter((bs) => bs.length);
  const before = stretchBefore(claim, f);
  const measure = [...hanBigrams(measureStretch(before)), ...hanBigrams(measureStretch(before.replace(CHANGE_AT_END, ''))), ...hanBigrams(after)]
    .filter((b) => !FIGURE_WORDS.has(b) && /^\p{Script=Han}+$/u.test(b));
  // Strictly (another sentence than the one stating the subject): the measure named before the figure, or
  // after it, by most of its words.
  const hanOnly = (bs: string[]) => bs.filter((b) => !FIGURE_WORDS.has(b) && /^\p{Script=Han}+$/u.test(b));
  const sides = [hanOnly(hanBigrams(measureStretch(stretchBefore(claim, f)))), hanOnly(hanBigrams(after))].filter((bs) => bs.length);
  const measured = terms.length
    ? (a: Amount) => { const clause = clauseOfFigure(plan, a.start); return terms.some((bs) => bs.filter((b) => clause.includes(b)).length * 3 >= bs.length * 2); }
    : strict
      ? (a: Amount) => { const clause = clauseOfFigure(plan, a.start); return sides.some((bs) => bs.filter((b) => clause.includes(b)).length * 2 >= bs.length); }
      : (a: Amount) => !measure.length || measure.some((b) => clauseOfFigure(plan, a.start).includes(b));
  if (strict && !terms.length && !sides.length) return 'absent';
  if (top && sameAmount(top, f)) {
    if (opposite(top)) return { what: 'figure', claim: f.text, plan: top.text };
    // An increase claimed (新增6000座) where the plan gives the total (数量达到6000座), or a total where it gives the increase.
    const lead = (a: Amount) => a.text.replace(/[\d０-９零〇一二两三四五六七八九十百千].*$/su, '');
    const added = addedOrTotal(claim.slice(Math.max(0, f.start - 10), f.start) + lead(f));
    const planAdded = addedOrTotal((plan.slice(Math.max(0, top.start - 16), top.start).split(/[，；。]/).at(-1) ?? '') + lead(top));
    const saying = (said: string, a: Amount) => (a.text.startsWith(said) ? a.text : `${said}${a.text}`);
    if (added && planAdded && added.kind !== planAdded.kind) return { what: 'figure', claim: saying(added.said, f), plan: saying(planAdded.said, top) };
    // Positive evidence: the same value holds only as the figure of the measure the claim names (not another measure's 95%).
    return !positive || measured(top) ? 'holds' : 'absent';
  }
  // A floor the claim rounds the plan's figure down to (58%以上 for 达到58.25%): the plan's figure meets it.
  if (top && floorOf(f, top)) return !positive || measured(top) ? 'holds' : 'absent';
  if (!top) {
    // The same sum in another currency (525亿美元 where the plan says 525亿元), of the measure the claim names.
    const money = (u: string) => u === '元' || u === '美元';
    const other = amounts.find((a) => money(a.unit) && money(f.unit) && a.unit !== f.unit && a.value === f.value && near(a) > 0 && measured(a));
    return other ? { what: 'figure', claim: f.text, plan: other.text } : 'absent';
  }
  // The plan names the claim's measure only in a clause without a figure (森林覆盖率保持稳定) while the
  // figure is another clause's (空气质量优良天数比例达到95%以上): the plan gives no figure of it here.
  // Nor where the plan's figure is of a measure the claim does not name (人才公寓 1万套 against 引进人才500名以上).
  // The measure is named before the figure (森林覆盖率达到80%) or after it (新增5个以上家政服务业龙头企业).
  return measured(top) ? { what: 'figure', claim: f.text, plan: top.text } : 'absent';
}

/**
 * Whether a claimed floor (58%以上, 超过1.2万) is the plan's figure with its last digits dropped: the plan
 * sets that figure or a floor of it, within one step of the claim's last written digit above the claimed
 * floor (58.25% for 58%以上; not 5000亿 for 突破4000亿, a figure of another size).
 */
export function floorOf(f: Amount, plan: Amount): boolean {
  if (f.qualifier !== 'min' || (plan.qualifier !== null && plan.qualifier !== 'min') || f.unit !== plan.unit || plan.low !== undefined || f.low !== undefined) return false;
  const digits = f.text.match(/\d+(?:\.(\d+))?/);
  const written = digits ? Number(digits[0]) : NaN;
  if (!(written > 0)) return false;
  const step = (f.value / written) * 10 ** -(digits![1]?.length ?? 0);
  return plan.value > f.value && plan.value < f.value + step;
}

/** Words saying a figure is an increase (新增, 新建) or a total (达到, 总量, 累计达): the last of them before it. 增加值 (value added) is a measure, not an increase. */
const ADDED = /新增|新建|增加(?!值)|新引进|净增|\b(?:add(?:s|ed|ing)?|new|additional)\b/gi;
const TOTAL = /达到|总量|总数|总计|累计达|共有|数量|规模|\b(?:total|reach(?:es|ing)?|in all)\b/gi;

function addedOrTotal(before: string): { kind: 'added' | 'total'; said: string } | null {
  const found: { kind: 'added' | 'total'; said: string; at: number }[] = [
    ...[...before.matchAll(ADDED)].map((m) => ({ kind: 'added' as const, said: m[0], at: m.index })),
    ...[...before.matchAll(TOTAL)].map((m) => ({ kind: 'total' as const, said: m[0], at: m.index })),
  ];
  const last = found.sort((a, b) => b.at - a.at)[0];
  return last ? { kind: last.kind, said: last.said } : null;
}

/**
 * The claim's words before a figure that may name its measure: up to 16 characters, not past the figure
 * before it; a target after its base (托位数从1.2个提到3.6个) has the base's measure.
 */
export function stretchBefore(claim: string, f: Amount): string {
  const prev = amountsIn(claim).filter((a) => a.end <= f.start).at(-1);
  const from = Math.max(0, f.start - 16, prev?.end ?? 0);
  const between = claim.slice(from, f.start);
  if (prev && from === prev.end && between.replace(LEADS_TO_FIGURE, '').trim() === '') {
    return claim.slice(Math.max(0, prev.start - 16), prev.start).replace(/(?:从|由)\s*$/, '');
  }
  return between;
}

/** What leads up to a figure at the end of a stretch: 要达到, 还是稳在, 控制在. */
export const LEADS_TO_FIGURE = /(?:每年|年均|一年)?(?:均|都)?(?:还是|仍然|仍|要|将|需|能|会)?(?:涨|增长|稳定在|稳在|保持在|维持在|达到|达|为|增至|提高到|提到|提升到|升至|升到|增加到|扩大到|降至|降到|下降到|减少到|降低到|突破|超过|控制在|搞到|新增|增加|建成|建设|打造|培育|到|破|过)?\s*$/;

/** A change's verb right before its figure (比重要再提高3个百分点): the measure is named before it too. */
const CHANGE_AT_END = /(?:要|将|需)?(?:再|继续|进一步|累计)?(?:提高|提升|增长|增加|降低|下降|减少)\s*$/;

/** One piece of framing at the end, between a measure and its figure: the year, 目标, 计划 (电子信息产业2025年目标突破6000亿). */
const FRAMING_AT_END = /(?:(?:到|至)?\s*20\d\d\s*年(?:底|末)?|目标(?:是)?|计划|规划|预计|力争|争取|要|将|的)\s*$/;

/**
 * The text without the framing pieces at its end (and the spaces between them), taken off one at a
 * time: one pattern repeating its pieces with spaces on both sides was exponential on user text.
 */
function withoutFraming(text: string): string {
  for (let rest = text; ;) {
    const m = rest.match(FRAMING_AT_END);
    if (!m) return rest;
    rest = rest.slice(0, m.index).trimEnd();
  }
}

/** When a target is for, said inside the words before its figure (2025年, “十四五”末, 五年后): no part of its measure's name. */
const WHEN_SAID = /(?:到|至)?\s*20\d\d\s*年(?:底|末)?|“?十[三四五]五”?(?:期末|末|期间|时期)?|[一二三四五六七八九十]年(?:后|内)/g;

/** The words naming the measure a figure is of: the last six characters before it, without what only leads up to it or says when. */
export const measureStretch = (before: string): string =>
  withoutFraming(before.replace(WHEN_SAID, '').replace(MODAL_BEFORE_VERB, '').replace(LEADS_TO_FIGURE, '')).replace(LEADS_TO_FIGURE, '').slice(-6);

/** A modal between a measure and the verb of its figure (能源消耗要累计下降): no part of either, so no bigram spans it (耗要). */
const MODAL_BEFORE_VERB = /(?:要|将|需)(?=累计|年均|每年|下降|降低|减少|提高|提升|增长|增加|达到|突破|超过|控制|冲刺)/g;

/** The clause of a figure, with the one before when it only leads up to the figure (…劳动者总量翻一番，达到 100 万人). */
function clauseOfFigure(text: string, at: number): string {
  const own = clauseAt(text, at);
  const start = text.indexOf(own);
  const lead = text.slice(start, at);
  return start > 0 && lead.replace(LEADS_TO_FIGURE, '').trim() === '' ? clauseAt(text, start - 2) + own : own;
}

/** Bigrams that only lead up to a figure (要达到, 突破, 控制在, 全市…), not the measure it is of. */
export const FIGURE_WORDS: ReadonlySet<string> = new Set(['达到', '到达', '要达', '将达', '突破', '超过', '提高', '高到', '增长', '新增', '控制', '制在', '以上', '以内', '累计',
  '下降', '年均', '实现', '确保', '力争', '全市', '吉安', '安到', '安市', '市到', '年要', '年将', '年全', '年吉', '年达', '要到', '要突', '将突', '到年', '每年', '每个', '一年']);

/** The clause (between ，；。) of a text around an offset. */
function clauseAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('；', at), text.lastIndexOf('。', at - 1)) + 1;
  const ends = ['，', '；', '。'].map((m) => text.indexOf(m, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

