// Comparing what a claim asserts with the plan sentence that states its subject, part by part:
//   figures — the plan's figure of the same measure next to the same words (4000亿元 against 突破5000亿元),
//             with its qualifier (突破 against 左右), as an increase or a total (新增 against 达到), a base
//             (从1.2个) held where the plan gives it;
//   years   — the years the sentence names, else those its paragraph opened with (展望二〇三五年，…), else
//             its section's (the review of 十三五: 2020; elsewhere the plan's target year, 2025);
//   places  — the place the plan puts right before the claim's subject (吉水县 against 永丰县农村宅基地);
//             for a claim naming none, whose thing it is (a place's, an urban area's, each county's);
//   commitment — the verb governing the claimed thing (commitment.ts);
//   level, grade, direction — 国家级 against 省级, 5A级 against 4A级, 提高 against 下降 (wording.ts).
// Each part holds, differs (with both wordings) or is absent from the sentence. Pure.
import { amountsIn, chineseNumber, comparable, sameAmount, type Amount } from '../understand/amounts.js';
import { claimYears, commitmentOf, placesIn, type ClaimParts, type PlaceMention } from '../understand/claim.js';
import { PLAN_TARGET_YEAR } from '../plan/facts.js';
import { hanBigrams } from '../search/tokenize.js';
import { anchorIn, subjectText as subjectTextOf } from './match.js';
import { compareDirection, compareGrade, compareLevel, namesGrade, namesLevel } from './wording.js';
import type { Differ, PartName, PlanSentence } from './types.js';
import { compareCommitment, withoutCommitment } from './commitment.js';

export type { Differ, PartName, PlanSentence } from './types.js';

export interface Comparison {
  differs: Differ[];
  /** Parts the sentence says nothing of (a figure of a unit it does not give, a place it does not name). */
  absent: PartName[];
  holds: PartName[];
  /** The claim's figures neither the sentence nor its paragraph gives one of their measure for (another sentence may: figureOfMeasure). */
  unseenFigures: Amount[];
}

/**
 * The plan's figure of the measure a claimed figure is of, in another sentence (农村生活污水处理率达60%以上
 * where the leading sentence gives only 农村卫生厕所普及率): a differ with both figures, 'holds', or 'absent'.
 */
export function figureOfMeasure(f: Amount, claim: string, text: string, measureTerms?: readonly string[]): Differ | 'holds' | 'absent' {
  return compareFigure(f, claim, text, true, measureTerms, true);
}

/** The plan's own name (…二〇三五年远景目标纲要) names no year of anything. */
const SELF_NAME = /二〇三五年远景目标(?:纲要|的建议)/g;

/** The years a plan sentence is about (see the header). */
export function planYears(p: PlanSentence): number[] {
  const own = claimYears(p.text.replace(SELF_NAME, ''));
  if (own.length) return own;
  const opened = claimYears(p.before.replace(SELF_NAME, '').split(/[。；]/)[0] ?? '');
  if (opened.length) return opened;
  const headed = claimYears(p.context.replace(SELF_NAME, ''));
  if (headed.length) return headed;
  return [p.past ? 2020 : PLAN_TARGET_YEAR];
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
function compareFigure(f: Amount, claim: string, plan: string, positive: boolean, measureTerms?: readonly string[], strict = false): Differ | 'holds' | 'absent' {
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

/** Bigrams naming a level (国家级, 省级): left out when finding the clause that states a leveled thing. */
const LEVEL_WORDS = /国家级?|全国|省级|全省|市级|及以上|[1-5１-５]\s*A级?/g;

/** The clause of the plan sentence sharing the most of the claim's words (a level left aside); null when the claim names no level. */
function levelClause(parts: ClaimParts, text: string): string | null {
  if (!namesLevel(parts.subject) && !namesGrade(parts.subject)) return null;
  const claimed = new Set(hanBigrams(subjectTextOf(parts).replace(LEVEL_WORDS, ' ')));
  const clauses = text.split(/[，；。]/).filter((c) => c.trim());
  const score = (c: string) => new Set(hanBigrams(c.replace(LEVEL_WORDS, ' ')).filter((b) => claimed.has(b))).size;
  const best = clauses.reduce<{ c: string; n: number } | null>((a, c) => { const n = score(c); return !a || n > a.n ? { c, n } : a; }, null);
  return best && best.n > 0 ? best.c : null;
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
const MODAL_BEFORE_VERB = /(?:要|将|需)(?=累计|年均|每年|下降|降低|减少|提高|提升|增长|增加|达到|突破|超过|控制)/g;

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

/** Separators and other places only between two places: they are listed together (安福、遂川、井冈山…通用机场). */
const listedWith = (text: string, a: PlaceMention, b: PlaceMention) => {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  const others = placesIn(between).reduceRight((s, p) => s.slice(0, p.start) + s.slice(p.end), between);
  return /^[、和及与\s]*$/.test(others);
};

/** A claimed place against the sentence: the place right before the claim's subject in it. */
function comparePlace(place: PlaceMention, parts: ClaimParts, plan: string, weights: ReadonlyMap<string, number>): Differ | 'holds' | 'absent' {
  const clause = parts.subject.slice(place.end).split(/[，,；;。]/)[0] || parts.subject;
  const first = anchorIn(plan, clause, weights);
  const named = placesIn(plan);
  // The claim's subject may stand in the sentence more than once (探索农村宅基地改革，推进永丰县农村宅基地全国试点):
  // the place right before any of its occurrences counts.
  const anchors = first < 0 ? [] : [...plan.matchAll(new RegExp(plan.slice(first, first + 2).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index);
  let other: PlaceMention | null = null;
  for (const at of anchors) {
    const clauseStart = Math.max(plan.lastIndexOf('，', at), plan.lastIndexOf('；', at), plan.lastIndexOf('。', at)) + 1;
    const before = named.filter((p) => p.end <= at && p.start >= clauseStart);
    const nearest = before.at(-1);
    if (!nearest) continue;
    const own = before.find((p) => p.name === place.name);
    if (nearest.name === place.name || (own && listedWith(plan, own, nearest))) return 'holds';
    other ??= nearest;
  }
  if (other) return { what: 'place', claim: parts.subject.slice(place.start, place.end), plan: plan.slice(other.start, other.end) };
  return named.some((p) => p.name === place.name) ? 'holds' : 'absent';
}

/** Urban areas a target may be confined to. */
const URBAN_SCOPE = /市中心城区|中心城区|主城区|城区|县城|市区/;

/** A sentence opening with an urban area (after the year it is for): its clauses are that area's until another subject. */
const OPENING_WHEN = /^\s*(?:到|至)?\s*20\d\d\s*年[底末]?\s*[，,]?\s*/;
const URBAN_SCOPE_OPENING = /^(?:市中心城区|中心城区|主城区|城区|县城|市区)/;

/** A target set for each county, township or village rather than the city. */
const EACH_UNIT = /(?:每个|各)(?:县|乡镇|乡|镇|村|行政村|建制村)/;

/** A numbered box item's title naming a place (2. 吉安高新技术产业开发区。): what follows is that place's. */
const ITEM_TITLE = /^\s*(?:\d+|[一二三四五六七八九十]+)[.、．]\s*([^。]{2,24})。/;

/**
 * Whose thing the plan states, for a claim that names no place within Ji'an (the city's, then): a place
 * the plan names right before the thing (吉安县电子信息…, 永丰县农村宅基地), or a box item under a place's
 * title (2. 吉安高新技术产业开发区。…到2025年，跨入千亿园区行列) makes it that place's — not shown for
 * the city. Null where the plan's thing is nobody's in particular.
 */
function compareOwner(parts: ClaimParts, plan: PlanSentence, weights: ReadonlyMap<string, number>): 'absent' | null {
  if (parts.places.length) return null;
  const title = plan.before.match(ITEM_TITLE)?.[1] ?? '';
  if (!placesIn(plan.text).length && placesIn(title).length) return 'absent';
  const at = anchorIn(plan.text, subjectTextOf(parts), weights);
  if (at < 0) return null;
  const right = placesIn(plan.text).filter((p) => p.end <= at && at - p.end <= 2).at(-1);
  if (right) return 'absent';
  // An urban area the plan confines the thing to (城区裸露土地, 县城污水集中处理率), the claim not saying it.
  const clauseStart = Math.max(plan.text.lastIndexOf('，', at), plan.text.lastIndexOf('；', at), plan.text.lastIndexOf('。', at)) + 1;
  const lead = plan.text.slice(clauseStart, at);
  const scope = lead.match(URBAN_SCOPE)?.[0];
  if (scope && !URBAN_SCOPE.test(parts.subject)) return 'absent';
  // …or opens the sentence with it, the thing's clause going on without a subject of its own
  // (到 2025 年，中心城区建成区面积达到 110 平方公里，人口规模达到 110 万人左右).
  const opening = plan.text.replace(OPENING_WHEN, '').match(URBAN_SCOPE_OPENING)?.[0];
  if (opening && !/全市|全域|全省/.test(lead) && !placesIn(lead).length && !URBAN_SCOPE.test(parts.subject)) return 'absent';
  // A figure for each county or township (每个县（市、区）建成1家以上), the claim not saying "each".
  return EACH_UNIT.test(lead) && !/每|各|\b(?:each|every|per)\b/i.test(parts.subject) ? 'absent' : null;
}

/**
 * The claim's years against the sentence's: one of them named by the sentence (or its paragraph, its
 * section) holds; one after 2025 the plan never names is absent. A result of the previous plan naming no year holds for a year up to 2020; for a later
 * year it says nothing (the plan gives no target for it there): absent.
 */
function compareYears(claimed: readonly number[], plan: PlanSentence, planMentions: (year: number) => boolean): Differ | 'holds' | 'absent' | null {
  if (!claimed.length) return null;
  const years = planYears(plan);
  if (claimed.some((y) => years.includes(y))) return 'holds';
  // A year the plan never names beyond its targets (2026, 2060): it sets nothing for it, rather than something else.
  if (claimed.every((y) => y > PLAN_TARGET_YEAR && !planMentions(y))) return 'absent';
  const unnamed = !claimYears(plan.text.replace(SELF_NAME, '')).length;
  if (plan.past && claimed.every((y) => y <= 2020)) return unnamed ? 'holds' : { what: 'year', claim: `${claimed[0]}年`, plan: `${years[0]}年` };
  if (plan.past) return 'absent';
  return { what: 'year', claim: `${claimed[0]}年`, plan: `${years[0]}年` };
}

/** A claim about what is to come (将, 要, 计划, aims, will, a year after 2020): a result of the previous plan does not state it. */
const aimsAhead = (parts: ClaimParts) => !parts.years.some((y) => y <= 2020)
  && (parts.years.some((y) => y > 2020) || /将|要|计划|力争|争取|目标|\b(?:will|aims?|plans?|targets?|expects?|wants?|intends?)\b/i.test(parts.subject));

/** 是 as the copula (X是Y), not inside a word (但是, 还是, 就是, 特别是, 是否) nor a question's 是不是; 都是, 也是 refer back to a subject said before. */
const COPULA = /(?<![但还就总要凡于只即正倒硬别像算都也均全])是(?![否不])/;

/** The clauses of a text (between ，；。！？ and line breaks). */
const clausesOf = (text: string) => text.split(/[，,；;。！!？?\n]/).filter((c) => c.trim());

/**
 * A claim saying what a thing is (吉安的首位产业是电子信息, X是Y) pairs two things: the plan shows the pair
 * only where one clause of a stating sentence names most of both (1个电子信息首位产业), not where each
 * stands in a clause of its own (1个电子信息首位产业，生物医药大健康…4个主导产业: 生物医药 is not the
 * 首位产业). Most: at least half of each side's weight of subject bigrams. 'holds', 'absent', or null
 * where the claim pairs nothing (no copula, or a side naming nothing the subject weighs: a figure, a place).
 */
export function comparePairing(subject: string, sentences: readonly string[], weights: ReadonlyMap<string, number>): 'holds' | 'absent' | null {
  const clause = clausesOf(subject).find((c) => COPULA.test(c));
  if (!clause) return null;
  const at = clause.search(COPULA);
  const side = (text: string) => [...new Set(hanBigrams(text))].filter((b) => (weights.get(b) ?? 0) > 0);
  // What is said to be: the words right before 是, back to a space (…县县通高速 这是…: 这).
  const [left, right] = [side(clause.slice(0, at).split(/\s/).at(-1) ?? ''), side(clause.slice(at + 1))];
  if (!left.length || !right.length) return null;
  const total = (bs: string[]) => bs.reduce((a, b) => a + weights.get(b)!, 0);
  const most = (bs: string[], c: string) => 2 * total(bs.filter((b) => c.includes(b))) >= total(bs);
  return sentences.some((s) => clausesOf(s).some((c) => most(left, c) && most(right, c))) ? 'holds' : 'absent';
}

/** A count in Chinese numerals with its counter (两个, 三家, 十五条): 一 (an article: 一个, 一批) and bare 百/千 (百家) are no count. */
const ZH_COUNT = /(?<![第\d一二两三四五六七八九十百千])([二两三四五六七八九十][一二两三四五六七八九十百千]*|[百千][一二两三四五六七八九十百千]+)[个家条座所项处名位批类种只台套户场次张辆架栋支](?!五年)/gu;
/** A count in English words (three new airports); one is an article as often as a count. */
const EN_COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen)\b(?![-\s]*(?:thousand|million|billion|trillion|percent|per\s*cent|years?)\b)/gi;
const EN_NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, dozen: 12 };

/**
 * The counts a claim says in words that no figure of the claim reads (新增5A级景区两个, three 5A-level
 * scenic spots): each with its value. Not inside quotation marks (a name: “两区一中心”) nor a figure's span.
 */
export function unreadCounts(subject: string, figures: readonly Amount[]): Count[] {
  const quoted = [...subject.matchAll(/“[^”]*”|"[^"]*"|‘[^’]*’/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const free = (at: number) => !figures.some((f) => at >= f.start && at < f.end) && !quoted.some(([a, b]) => at >= a && at < b);
  return [
    ...[...subject.matchAll(ZH_COUNT)].filter((m) => free(m.index)).map((m) => ({ said: m[0], value: chineseNumber(m[1]!), ordinal: false })),
    ...[...subject.matchAll(EN_COUNT)].filter((m) => free(m.index)).map((m) => ({ said: m[0], value: EN_NUMBER[m[1]!.toLowerCase()]!, ordinal: false })),
    ...[...subject.matchAll(ZH_ORDINAL)].filter((m) => free(m.index)).map((m) => ({ said: m[0], value: chineseNumber(m[1] ?? m[2]!), ordinal: true })),
    ...[...subject.matchAll(EN_ORDINAL)].filter((m) => free(m.index)).map((m) => ({ said: m[0], value: m[2] ? Number(m[2]) : EN_ORDINALS.indexOf(m[1]!.toLowerCase()) + 2, ordinal: true })),
  ].filter((n) => n.value > 1);
}

/**
 * An ordinal (第二机场, 四期扩建, the second airport, third-phase): the second of something is no more the
 * plan's thing than two of it. 第一, first are rankings (evidence.ts); the plan's own name (14th Five-Year) is none.
 */
const ZH_ORDINAL = /第([二三四五六七八九十]+)(?![一二三四五六七八九十]|个?五年)|(?<![一二三四五六七八九十])([二三四五六七八九十]+)期(?=工程|项目|扩建|建设|改造)/gu;
const EN_ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const EN_ORDINAL = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|([2-9])(?:nd|rd|th))\b(?![-\s]*five[-\s]*year)/gi;
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface Count { said: string; value: number; ordinal: boolean }

/** Whether a text gives a count (its value in digits standing alone, or the same numeral word), or an ordinal (第三, 三期). */
export const showsCount = (text: string, n: Count): boolean => {
  if (n.ordinal) {
    const zh = n.value <= 10 ? ZH_DIGITS[n.value]! : '';
    // 第三, or the numeral naming a kind: 三期 (phase), 二线 (second-line), 二号, 三代, 五届.
    return text.includes(n.said) || (!!zh && new RegExp(`第${zh}|(?<![一二三四五六七八九十])${zh}(?=[期线号批轮代届])`).test(text))
      || text.includes(`第${n.value}`) || new RegExp(`(?<![\\d.])${n.value}\\s*[期线号批轮代届]`).test(text);
  }
  return new RegExp(`(?<![\\d.])${n.value}(?![\\d.])`).test(text) || (/\p{Script=Han}/u.test(n.said) && text.includes(n.said))
    || (n.value === 2 && /[两二](?=[个家条座所项处名位批类种只台套户场次张辆架栋支])/.test(text));
};

/** A claim saying a thing will not happen, or stops (不再发展, 取消, will no longer); not 未来, nor a question's 是不是. */
const NEGATED = /不再|不会|不能|不用|不必|无需|并不|没有|没(?!收)|并未|尚未|未(?!来)|停止|取消|暂停|放弃|叫停|\b(?:not|no longer|never|won't|isn't|aren't|doesn't|don't|didn't|cancel(?:s|led)?|scrap(?:s|ped)?|halt(?:s|ed)?|abandon(?:s|ed)?)\b/i;

/** Words by which the plan says a thing does not happen or is stopped, limited or done away with. */
const PLAN_NEGATES = /不|未|无|没|禁止|严禁|杜绝|停止|取消|退出|淘汰|关闭|关停|限制|严控|压减|拆除|清理|整治/;

/**
 * A claim that denies or stops a thing (吉安不再发展电子信息产业) against a sentence that says it plainly
 * (发展电子信息装备产业): the denial is not shown — 'absent' — where the sentence says no denial, stop or
 * limit of its own. Null where the claim denies nothing (a firm verb denied, 不会开工, is the commitment's).
 */
export function compareNegation(parts: ClaimParts, plan: string): 'absent' | null {
  if (parts.commitment?.level === 'denied' || !NEGATED.test(parts.subject)) return null;
  return PLAN_NEGATES.test(plan) ? null : 'absent';
}

/** Words of a statistical report: a change against the year before (同比, year on year), or a change in the past tense. */
const YEAR_ON_YEAR = /同比|比上年|上年同期|\byear[- ]on[- ]year\b/i;
const PAST_CHANGE = /\b(?:grew|rose|fell|increased|decreased|declined|dropped|climbed)\b/i;

/**
 * A claim reporting a result for 2021 or later, which a plan written in 2021 cannot give: a change on the
 * year before, or a change in the past tense for a year before the plan's target year (a past tense for
 * 2025 may be a target told as done).
 */
const reportsResult = (parts: ClaimParts) => parts.years.length > 0 && parts.years.every((y) => y > 2020)
  && (YEAR_ON_YEAR.test(parts.subject) || (PAST_CHANGE.test(parts.subject) && parts.years.every((y) => y < PLAN_TARGET_YEAR)));

/** What introduces a base a change starts from: 从, 由, (up) from. */
const BASE_FIGURE = /(?:从|由)(?:\s*20\d\d\s*年\s*的?)?\s*$|\bfrom\s*$/i;

/** What a part must show to hold (the evidence a supported verdict needs), beyond not differing. */
export interface PositiveParts {
  /** A claimed figure holds only where the plan's same figure is of the measure the claim names. */
  figureMeasure: boolean;
  /** A firm verb (建成, 开工) holds only where the plan's clauses say a firm verb of their own. */
  commitment: boolean;
}

export const NO_POSITIVE: PositiveParts = { figureMeasure: false, commitment: false };

/** The plan terms naming the measure of a claim's figure (an English claim's, through its translations); none: read from the claim's own Han words. */
export type MeasureTerms = (f: Amount) => readonly string[];

export function compareParts(parts: ClaimParts, plan: PlanSentence, window: string, weights: ReadonlyMap<string, number>, planMentions: (year: number) => boolean, positive: PositiveParts = NO_POSITIVE, measureTerms?: MeasureTerms): Comparison {
  const out: Comparison = { differs: [], absent: [], holds: [], unseenFigures: [] };
  const add = (what: PartName, r: Differ | 'holds' | 'absent' | null) => {
    if (r === 'holds') out.holds.push(what);
    else if (r === 'absent') out.absent.push(what);
    else if (r) out.differs.push(r);
  };
  // A result of the previous plan gives no figure for a later year: the claim's figures are not compared with it.
  const laterThanResult = plan.past && parts.years.some((y) => y > 2020);
  // A result reported for a year the plan was written in or after (GDP grew 8.1% year on year in 2021, 2022年同比增长):
  // the plan's targets say nothing of it — neither its figures nor its year differ from theirs.
  if (!plan.past && reportsResult(parts)) {
    for (const _ of parts.figures) add('figure', 'absent');
    add('year', 'absent');
  }
  else for (const f of parts.figures) {
    if (laterThanResult) {
      // …but a later sentence among the next few may give the target for that year (达到 1.6% reviewed, 2.3% ahead).
      out.unseenFigures.push(f);
      add('figure', 'absent');
      continue;
    }
    // A base the claim starts from (从1.2个提到3.6个, up from 1.2): the plan's own base, anywhere in the sentence, holds; no other figure differs from it.
    if (BASE_FIGURE.test(parts.subject.slice(Math.max(0, f.start - 12), f.start))) {
      add('figure', [plan.text, plan.paragraph ?? ''].some((t) => amountsIn(t).some((a) => sameAmount(a, f))) ? 'holds' : 'absent');
      continue;
    }
    const terms = measureTerms?.(f);
    const inWindow = compareFigure(f, parts.subject, window, positive.figureMeasure, terms);
    const inSentence = inWindow === 'absent' ? compareFigure(f, parts.subject, plan.text, positive.figureMeasure, terms) : inWindow;
    const found = inSentence === 'absent' && plan.paragraph ? compareFigure(f, parts.subject, plan.paragraph, positive.figureMeasure, terms) : inSentence;
    if (found === 'absent') out.unseenFigures.push(f);
    add('figure', found);
  }
  if (plan.past || !reportsResult(parts)) add('year', plan.past && aimsAhead(parts) ? 'absent' : compareYears(parts.years, plan, planMentions));
  // A place the sentence does not name may be the box item's its title names (2. 吉安高新技术产业开发区。…到2025年，跨入千亿园区行列).
  const titled = placesIn(plan.before.match(ITEM_TITLE)?.[1] ?? '');
  for (const p of parts.places) {
    const r = comparePlace(p, parts, plan.text, weights);
    add('place', r === 'absent' && titled.some((t) => t.name === p.name) ? 'holds' : r);
  }
  add('place', compareOwner(parts, plan, weights));
  // A claim of several clauses saying how firmly each happens (开工建设长赣高铁，建成吉安机场): each clause's own.
  const committed = parts.subject.split(/[，,；;。！!]/).map((c) => ({ c, commitment: commitmentOf(c) })).filter((x) => x.commitment);
  // A clause naming no thing of its own (规划里是开工并建成，不光是开工) speaks of the claim's.
  const namesThing = (c: string) => hanBigrams(withoutCommitment({ ...parts, subject: c, commitment: commitmentOf(c) })).some((b) => (weights.get(b) ?? 0) > 0);
  if (committed.length > 1) {
    for (const x of committed) {
      const own = namesThing(x.c);
      add('commitment', compareCommitment({ ...parts, subject: own ? x.c : parts.subject, commitment: x.commitment }, plan, weights, positive.commitment, own));
    }
  }
  else add('commitment', compareCommitment(parts, plan, weights, positive.commitment));
  if (positive.commitment) add('commitment', compareNegation(parts, plan.text));
  // The level is the one of the plan's clause that states the claim's thing most (新增省级重要湿地4处, not 国家湿地公园 before it).
  add('level', compareLevel(parts.subject, levelClause(parts, plan.text) ?? window, `${plan.text}\n${plan.context}`));
  add('level', compareGrade(parts.subject, levelClause(parts, plan.text) ?? window, `${plan.text}\n${plan.context}`));
  // A change's direction counts where the stretch gives a figure of the claimed change's unit (门票降至100元 is not 提升开放程度).
  const windowAmounts = amountsIn(window);
  if (parts.figures.some((f) => windowAmounts.some((a) => comparable(f, a)))) add('direction', compareDirection(parts.subject, window));
  return out;
}
