// Comparing what a claim asserts with the plan sentence that states its subject, part by part:
//   figures — the plan's figure of the same measure next to the same words (4000亿元 against 突破5000亿元: figures.ts),
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
import { compareFigure } from './figures.js';

export type { Differ, PartName, PlanSentence } from './types.js';

export interface Comparison {
  differs: Differ[];
  /** Parts the sentence says nothing of (a figure of a unit it does not give, a place it does not name). */
  absent: PartName[];
  holds: PartName[];
  /** The claim's figures neither the sentence nor its paragraph gives one of their measure for (another sentence may: figureOfMeasure). */
  unseenFigures: Amount[];
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
