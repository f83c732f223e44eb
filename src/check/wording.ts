// Parts of a claim said in words rather than figures, compared with the stretch of the plan's sentence
// that states the claim's subject: the level it names (国家级 against 省级, national against
// provincial) and the direction of a change (提高 against 下降). Each holds, differs with both
// wordings, or is not said; and a name or slogan the claim quotes (“东进、西控”), which the plan must
// write word for word. Pure.
import type { Differ } from './types.js';

/** Levels from the highest; a plan stretch saying "及以上" after one covers the higher levels too. */
const LEVELS: [string, RegExp][] = [
  ['国家', /国家级|全国|国家(?=[\p{Script=Han}]{2,8}(?:示范|试点|基地|公园|园区|中心|平台|名录|标准))|\bnational(?:-level)?\b|\bstate-level\b/iu],
  ['省', /省级|全省|\bprovincial(?:-level)?\b/i],
  ['市', /市级|\bcity-level\b|\bmunicipal\b/i],
];

const levelsIn = (text: string): number[] => {
  const found = LEVELS.flatMap(([, re], i) => (re.test(text) ? [i] : []));
  const andAbove = LEVELS.flatMap(([, re], i) => (new RegExp(`(?:${re.source})及以上`, re.flags).test(text) ? [i] : []));
  return [...new Set([...found, ...andAbove.flatMap((i) => LEVELS.slice(0, i + 1).map((_, j) => j))])];
};

const saidOf = (text: string, level: number) => text.match(LEVELS[level]![1])?.[0] ?? LEVELS[level]![0];

/** Whether a text names a level (国家级, 省级, 市级, national…). */
export const namesLevel = (text: string): boolean => levelsIn(text).length > 0;

/**
 * The claim's level against the plan stretch's: another level and not the claim's differs. With
 * `shown` (the sentence and its headings), a level the claim names that the stretch does not and
 * nothing shown names either is absent: the plan does not say it.
 */
export function compareLevel(claim: string, plan: string, shown?: string): Differ | 'holds' | 'absent' | null {
  const claimed = levelsIn(claim);
  const planned = levelsIn(plan);
  if (!claimed.length) return null;
  if (!planned.length) return shown !== undefined && !levelsIn(shown).some((l) => claimed.includes(l)) ? 'absent' : null;
  if (claimed.some((l) => planned.includes(l))) return 'holds';
  return { what: 'level', claim: saidOf(claim, claimed[0]!), plan: saidOf(plan, planned[0]!) };
}

/** A grade the plan ranks places by (5A级景区, 4A级及以上, 三级公路): the digit or numeral and A or 级. */
const GRADE = /(?<![\d.,])([1-5１-５])A(?![a-z])/g;

const gradesIn = (text: string): string[] => [...text.matchAll(GRADE)].map((m) => `${m[1]}A`);

/**
 * The grade a claim names (4A级景区) against the plan clause's: another grade and not the claim's
 * differs; with `shown`, a grade nothing shown names is absent.
 */
export function compareGrade(claim: string, plan: string, shown?: string): Differ | 'holds' | 'absent' | null {
  const claimed = gradesIn(claim);
  if (!claimed.length) return null;
  const planned = gradesIn(plan);
  if (!planned.length) return shown !== undefined && !gradesIn(shown).some((g) => claimed.includes(g)) ? 'absent' : null;
  if (claimed.some((g) => planned.includes(g))) return 'holds';
  return { what: 'level', claim: `${claimed[0]}级`, plan: `${planned[0]}级` };
}

export const namesGrade = (text: string): boolean => gradesIn(text).length > 0;

const UP = /增长|提高|增加|上升|扩大|提升|升至|增至|\b(?:rises?|increases?|grows?|raises?|lifts?)\b/i;
const DOWN = /下降|降低|减少|压减|缩小|降至|下调|\b(?:cuts?|reduces?|falls?|lowers?|declines?|drops?)\b/i;

/** The direction of a change the claim says against the plan stretch's, when each says only one. */
export function compareDirection(claim: string, plan: string): Differ | 'holds' | null {
  const dir = (t: string) => (UP.test(t) && !DOWN.test(t) ? 'up' : DOWN.test(t) && !UP.test(t) ? 'down' : null);
  const [c, p] = [dir(claim), dir(plan)];
  if (!c || !p) return null;
  if (c === p) return 'holds';
  return { what: 'direction', claim: claim.match(c === 'up' ? UP : DOWN)![0], plan: plan.match(p === 'up' ? UP : DOWN)![0] };
}

/** A Chinese phrase a claim quotes (“东进、西控”, 「双百计划」): at least two Han characters between quotation marks. */
const QUOTED = /[“「『"]([^“”「」『』"]{2,30})[”」』"]/g;
const hanOf = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/** The Chinese phrases a text quotes. */
export const quotedIn = (text: string): string[] => [...text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((q) => hanOf(q).length >= 2);

/**
 * The phrases a claim quotes against the plan: a quote is a claim about the wording itself, so one the
 * plan never writes (without spaces: `planHas`) cannot be supported. Where the stating sentence quotes a
 * phrase of the same characters in another arrangement (“西进、东控…” for “东进、西控”), the claim's
 * wording differs from it; otherwise the plan does not say it (absent). Null when the claim quotes nothing.
 */
export function compareQuoted(claim: string, planHas: (phrase: string) => boolean, sentence: string): Differ | 'holds' | 'absent' | null {
  const quoted = quotedIn(claim);
  if (!quoted.length) return null;
  const missing = quoted.find((q) => !planHas(q.replace(/\s+/g, '')));
  if (!missing) return 'holds';
  const chars = [...new Set(hanOf(missing))];
  const rearranged = quotedIn(sentence).find((p) => chars.every((c) => p.includes(c)));
  return rearranged ? { what: 'wording', claim: missing, plan: rearranged } : 'absent';
}
