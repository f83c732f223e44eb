// Qualifiers a figure's measure must keep when the question names them: a ratio to a population
// (每千人口, per 1,000 people) and a part of the city (中心城区, 高铁新区, a county) whose figure is not the
// city's. Pure.
import { COUNTIES, countyEnglish, countyForm } from '../plan/counties.js';

/** A ratio to a population asked (每千人口, 每万人, per 1,000 people): its scale, as the plan writes it (千, 万, 百). */
const RATIO_ASKED: [RegExp, string][] = [
  [/每\s*(?:一)?千|\bper\s+(?:1,?000|one thousand|thousand)\b|‰/i, '千'],
  [/每\s*(?:一)?万|\bper\s+(?:10,?000|ten thousand)\b/i, '万'],
  [/每\s*(?:一)?百(?!分)|\bper\s+(?:100|one hundred|hundred)\b(?!\s*(?:million|billion|yuan))/i, '百'],
];

/** Whether a measure is the ratio asked: a question per 1,000 people is answered by a figure per 1,000 (每千人口…), not by a count. */
export function keepsRatio(measureText: string, asked: string): boolean {
  const text = measureText.replace(/\s+/g, '');
  return RATIO_ASKED.every(([re, scale]) => !re.test(asked) || new RegExp(`每(?:一)?${scale}|${scale}人`).test(text));
}

/** Ji'an's counties and county-level cities, in either language: a figure for the whole city is not one for them. */
export const COUNTY = new RegExp(COUNTIES.flatMap((c) => [countyForm(c), countyEnglish(c)]).join('|'), 'i');

/** A part of the city a figure may be for (the central city, a new district, a zone or park, a county town, a county), or the whole city, as a clause's subject. */
const PARTS = `(?:市)?中心城区|主城区|城区|农村|乡村|高铁新区|新区|经开区|高新区|开发区|工业园区?|园区|县城|${COUNTIES.map((c) => c.name).join('|')}|全市|全省|全国`;
const PART_OR_WHOLE = new RegExp(`^(?:吉安市?)?(${PARTS})`, 'u');
const EVERY_PART = new RegExp(`(${PARTS})`, 'gu');
const WHOLE = /^(?:全市|全省|全国)$/;

/** How a question names each part in English as well as in Chinese. */
const PART_ASKED: [RegExp, RegExp][] = [
  [/城区/, /城区|市区|城里|\bcentral\b|\bdowntown\b|\burban area|\bcity (?:centre|center|proper)\b|\bbuilt-up\b/i],
  [/农村|乡村/, /农村|乡村|\brural\b|\bvillages?\b|\bcountryside\b|\bfarmers?\b/i],
  [/新区/, /新区|\bnew (?:district|area|zone|town)\b/i],
  [/经开区|高新区|开发区|园区/, /经开区|高新区|开发区|园区|\bzones?\b|\bparks?\b|\bdevelopment areas?\b|\bhi-?tech\b/i],
  [/县城/, /县城|\bcounty (?:towns?|seats?)\b/i],
];

/**
 * Whether a figure is a part of the city's that the question does not ask, told by the subjects of the
 * clauses of its sentence before it (its list item's title first) and its own clause's words before the
 * figure: the last clause opening with a part or the whole city says whose figure it is (到2025年，中心城区
 * 建成区面积达到110平方公里，人口规模达到110万人左右: 110万 is the central city's people, not Ji'an's;
 * 市中心城区规划建设4个较大养老服务机构，新增床位2000张: the central city's beds; 全市… is the city's).
 */
export function forAnotherPart(before: readonly string[], own: string, asked: string): boolean {
  // A figure opening its clause (570个贫困村全部退出) counts a subject of its own.
  if (!/\p{Script=Han}/u.test(own.replace(/^\s*(?:力争)?(?:到|至)?\s*/u, ''))) return false;
  // (A clause's own time, 到2025年城区一类视频监控前端点位…, comes before its subject.)
  const squeezed = [...before, own].map((c) => c.replace(/[\s，、；：:（()）“”]+/gu, '').replace(/^(?:力争)?(?:(?:到|至)?20\d{2}年(?:底|前|末)?|到|至)/u, ''));
  const deciding = squeezed.findLast((c) => PART_OR_WHOLE.test(c));
  if (!deciding || WHOLE.test(deciding.match(PART_OR_WHOLE)![1]!)) return false;
  // Every part its subject names counts (市中心城区和县城…分别达到90%和80%: 县城 is asked).
  const parts = [...deciding.matchAll(EVERY_PART)].map((m) => m[1]!);
  // (A county asked, in either language, is for the county rules of measureMatch to tell.)
  return !parts.some((named) => asked.includes(named.replace(/^市|[县区]$/g, '')) || (COUNTY.test(named) && COUNTY.test(asked))
    || PART_ASKED.some(([part, ask]) => part.test(named) && ask.test(asked)));
}
