// Questions about somewhere other than Ji'an: city, province and county names from CC-CEDICT, split
// into Ji'an's own (吉安, its counties, districts and county-level cities) and everywhere else.
import { segments } from '../search/tokenize.js';
import type { DictionaryEntry } from './english.js';

/** The name occurs with word boundaries on both sides (not 昌都市 inside 南昌都市圈). */
function mentions(question: string, name: string): boolean {
  if (!question.includes(name)) return false;
  const bounds = new Set([question.length]);
  for (const s of segments(question)) bounds.add(s.index);
  for (let i = question.indexOf(name); i >= 0; i = question.indexOf(name, i + 1)) {
    if (bounds.has(i) && bounds.has(i + name.length)) return true;
  }
  return false;
}

export interface PlaceNames {
  /** Cities, provinces and counties outside Ji'an in their 市/省/县 forms, longest first. */
  elsewhere: string[];
  /** Ji'an and its counties, districts and county-level cities (with and without 市/县/区). */
  own: string[];
}

/** A sense that names a place: a proper name, then what kind of place it is. */
const PLACE_SENSE = /^[A-Z][\w'’ -]*,? .*\b(city|county|province|municipality|district)\b/i;
const CITY = /prefecture-level city|sub-?provincial city|municipality/i;
const PROVINCE = /^[A-Z][a-z]+ [Pp]rovince/;
/** Ji'an's own: "Taihe, a county in Ji'an City 吉安市…" (not 集安市 in Jilin, also "Ji'an"). */
const IN_JIAN = /吉安市/;
/** Shorter names (和县, 新县) are substrings of ordinary text (城市和县城). */
const MIN_NAME_CHARS = 3;

export function placeNames(entries: Iterable<DictionaryEntry>): PlaceNames {
  const elsewhere = new Set<string>();
  const own = new Set<string>(['吉安', '吉安市']);
  for (const { simplified, english } of entries) {
    if (!/^\p{Script=Han}{2,6}$/u.test(simplified)) continue;
    const sense = english.split('/').find((s) => /^[A-Z]/.test(s) && PLACE_SENSE.test(s));
    if (!sense) continue;
    if (IN_JIAN.test(sense) && /[市县区]$/.test(simplified)) {
      own.add(simplified);
      if (simplified.length > 2) own.add(simplified.slice(0, -1));
      continue;
    }
    if (/[市省县]$/.test(simplified)) elsewhere.add(simplified);
    if (CITY.test(sense) && !simplified.endsWith('市')) elsewhere.add(`${simplified}市`);
    if (PROVINCE.test(sense) && !simplified.endsWith('省')) elsewhere.add(`${simplified}省`);
  }
  for (const name of [...elsewhere]) if (own.has(name) || name.length < MIN_NAME_CHARS) elsewhere.delete(name);
  return { elsewhere: [...elsewhere].sort((a, b) => b.length - a.length), own: [...own] };
}

/**
 * The place outside Ji'an a question is about, when the plan cannot answer for it: a place the plan
 * never names, or one it names (深圳市, 江西省) in a question that does not mention Ji'an at all —
 * the plan speaks of those places only in relation to Ji'an.
 */
export function placeOutsidePlan(question: string, places: PlaceNames, inPlan: (text: string) => boolean): string | null {
  const place = places.elsewhere.find((p) => mentions(question, p));
  if (!place) return null;
  const aboutJian = places.own.some((o) => question.includes(o));
  return !inPlan(place) || !aboutJian ? place : null;
}
