// Questions about somewhere other than Ji'an: city, province and county names from CC-CEDICT, split
// into Ji'an's own (吉安, its counties, districts and county-level cities) and everywhere else, and the
// names elsewhere that sound exactly like Ji'an's own (集安, 太和), which speech input writes for them.
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
  /** English names of cities and provinces outside Ji'an (lower case) → their Chinese names. */
  english: Record<string, string>;
  /**
   * Places elsewhere whose names sound exactly like one of Ji'an's own (same pinyin, same tones) →
   * that own name: 集安 → 吉安, 太和县 → 泰和县. Speech input writes them for Ji'an's; they are not in
   * `elsewhere`.
   */
  soundAlike: Record<string, string>;
  /**
   * Bare names of places elsewhere (without 市/县/省) that are also ordinary words: 树林 (woods; Shulin),
   * 资源, 和平, 东方, 江山. Such a name alone names the place only where it opens a question that does
   * not mention Ji'an (see bareNameOutsidePlan). Absent in older indexes: none.
   */
  ordinary?: string[];
}

/** A sense that names a place: a proper name, then what kind of place it is. */
const PLACE_SENSE = /^[A-Z][\w'’ -]*,? .*\b(city|county|province|municipality|district)\b/i;
const CITY = /prefecture-level city|sub-?provincial city|municipality/i;
const PROVINCE = /^[A-Z][a-z]+ [Pp]rovince/;
/** Ji'an's own: "Taihe, a county in Ji'an City 吉安市…" (not 集安市 in Jilin, also "Ji'an"). */
const IN_JIAN = /吉安市/;
/** Shorter names (和县, 新县) are substrings of ordinary text (城市和县城). */
const MIN_NAME_CHARS = 3;

/** The English name a place sense starts with: "Ganzhou, prefecture-level city…" → ganzhou ("Jiangxi Province, …" → jiangxi province). */
const ENGLISH_NAME = /^([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?),? /;

/** Pinyin as compared: lower case, syllables apart ("Ji2 an1 Shi4" → "ji2 an1 shi4"). */
const sound = (pinyin: string) => pinyin.toLowerCase().trim().split(/\s+/);

export function placeNames(entries: Iterable<DictionaryEntry>): PlaceNames {
  const elsewhere = new Set<string>();
  const own = new Set<string>(['吉安', '吉安市']);
  const english: Record<string, string> = {};
  /** Ji'an's own names by their sound, with and without the 市/县/区 ending. */
  const ownBySound = new Map<string, string>([['ji2 an1', '吉安']]);
  const elsewhereSounds: { name: string; syllables: string[] }[] = [];
  for (const { simplified, english: glosses, pinyin } of entries) {
    if (!/^\p{Script=Han}{2,6}$/u.test(simplified)) continue;
    const sense = glosses.split('/').find((s) => /^[A-Z]/.test(s) && PLACE_SENSE.test(s));
    if (!sense) continue;
    const syllables = pinyin ? sound(pinyin) : [];
    if (IN_JIAN.test(sense) && /[市县区]$/.test(simplified)) {
      own.add(simplified);
      if (simplified.length > 2) own.add(simplified.slice(0, -1));
      if (syllables.length === simplified.length) {
        ownBySound.set(syllables.join(' '), simplified);
        if (simplified.length > 2) ownBySound.set(syllables.slice(0, -1).join(' '), simplified.slice(0, -1));
      }
      continue;
    }
    if (syllables.length === simplified.length) elsewhereSounds.push({ name: simplified, syllables });
    const full = CITY.test(sense) && !simplified.endsWith('市') ? `${simplified}市`
      : PROVINCE.test(sense) && !simplified.endsWith('省') ? `${simplified}省` : simplified;
    if (/[市省县]$/.test(simplified)) elsewhere.add(simplified);
    if (full !== simplified) elsewhere.add(full);
    const name = sense.match(ENGLISH_NAME)?.[1]?.toLowerCase();
    if (name && (CITY.test(sense) || PROVINCE.test(sense)) && !(name in english)) english[name] = full;
  }
  const soundAlike: Record<string, string> = {};
  for (const { name, syllables } of elsewhereSounds) {
    const whole = ownBySound.get(syllables.join(' '));
    // 太和县 sounds like 泰和县; its bare name 太和 like 泰和 (and 集安市's 集安 like 吉安).
    const bare = name.length > 2 && /[市县区]$/.test(name) ? ownBySound.get(syllables.slice(0, -1).join(' ')) : undefined;
    if (whole && whole !== name) soundAlike[name] = whole;
    if (bare && bare !== name.slice(0, -1)) {
      soundAlike[name.slice(0, -1)] = bare;
      if (!whole) soundAlike[name] = bare + name.slice(-1);
    }
  }
  for (const name of [...elsewhere]) {
    if (own.has(name) || name.length < MIN_NAME_CHARS || name in soundAlike || bareName(name) in soundAlike) elsewhere.delete(name);
  }
  for (const [name, zh] of Object.entries(english)) if (!elsewhere.has(zh) || name === "ji'an") delete english[name];
  const bare = new Set([...elsewhere].map(bareName));
  const ordinary = [...new Set(commonWords(entries, bare))].sort();
  return { elsewhere: [...elsewhere].sort((a, b) => b.length - a.length), own: [...own], english, soundAlike, ordinary };
}

/** A dictionary sense that only points elsewhere or names a family: no ordinary word of its own. */
const NO_WORD = /^(?:surname|variant of|old variant|see |used in|abbr\. for|\(old\) name)/i;

/**
 * Which of the names CC-CEDICT also lists as a common word: an entry with lower-case pinyin (proper
 * names are capitalised, 树林 Shu4 lin2 the town, shu4 lin2 woods) with a sense of its own.
 */
function* commonWords(entries: Iterable<DictionaryEntry>, names: ReadonlySet<string>): Generator<string> {
  for (const { simplified, english, pinyin } of entries) {
    if (names.has(simplified) && pinyin && /^[a-z]/.test(pinyin) && english.split('/').some((s) => s && !NO_WORD.test(s))) yield simplified;
  }
}

/**
 * The question with sound-alike names of Ji'an's places written as Ji'an's (我们集安 → 我们吉安, 太和 →
 * 泰和), each only as a word of its own, and what was replaced.
 */
export function withOwnNames(question: string, places: PlaceNames): { text: string; replaced: [string, string][] } {
  const replaced: [string, string][] = [];
  let text = question;
  for (const [alike, name] of Object.entries(places.soundAlike).sort((a, b) => b[0].length - a[0].length)) {
    if (!mentions(text, alike)) continue;
    text = text.split(alike).join(name);
    replaced.push([alike, name]);
  }
  return { text, replaced };
}

/**
 * The ways a resident names the city itself — 吉安市, 本市, 我市, 我们市, 咱们市, 咱们吉安, 俺们吉安, Ji'an
 * City — all say 吉安 (Ji'an): which one a question uses is a habit of speech, not what it asks, so the
 * embedding, the concepts and the question priors read one name. Not 吉安市区 (the urban area), nor
 * 我们市民 or 本市场, where 市 begins another word.
 */
const OWN_CITY_ZH = /(?:(?:我们|咱们|俺们|咱|俺|我)(?:大)?吉安市?|吉安市|本市|我市|我们市|咱们市|咱市|俺们市)(?![民场区长委政])/gu;
const OWN_CITY_EN = /\bji'?an city\b|\bthe city of ji'?an\b/gi;

export const withOwnCityNamedOnce = (question: string): string =>
  question.replace(OWN_CITY_ZH, '吉安').replace(OWN_CITY_EN, "Ji'an");

/** A name without its 市/省/县 ending (长沙市 → 长沙); two characters at least. */
const bareName = (name: string) => (name.length > 2 ? name.replace(/[市省县]$/, '') : name);

/** The question is about the other place's own affairs: 长沙的…, 宜春“十四五”…, 江西全省…, Ganzhou's…, Jiangxi province… */
const ABOUT_ITSELF = /^(的|市|省|全省|全市|“?十四五|规划|到\s*(?:19|20)\d\d年|\s*['’]s\b|\s+(?:province|city)\b)/i;

/**
 * An English place that closes the question after "of" or "in" owns what is asked, as a city named
 * first does in Chinese (赣州有多少人口 ~ the population of Ganzhou, house prices in Nanchang).
 */
const OWNER_BEFORE = /\b(?:of|in)\s+$/i;
/**
 * An English place right after an auxiliary is the subject of the question, as a city named first is in
 * Chinese (厦门十四五期间要建几条地铁 ~ how many metro lines will Xiamen build; does Nanchang plan…).
 */
const SUBJECT_BEFORE = /\b(?:will|would|does|did|do|is|was|has|have|can|could|should|must|shall)\s+$/i;
const CLOSES = /^[\s?？.。!！]*$/;

/** What may stand before a city named first: 隔壁赣州…, 省会南昌…, 邻市宜春…. */
const LEADING = /^\s*(?:省会|隔壁的?|邻市|邻近的?|旁边的?|周边的?)?\s*$/;

/** The country's own targets: 全国“十四五”…, 国家层面的目标, China's national target. */
const NATIONAL = /(?:全国|国家)的?[“"]?十四五|(?:全国|国家)(?:层面|的)(?:目标|指标)|\bnational (?:targets?|goals?)\b|\bchina['’]?s (?:national )?(?:targets?|goals?)\b/i;

/**
 * The place outside Ji'an a question is about, when the plan cannot answer for it: a place the plan
 * never names, or one it names (深圳市, 江西省, the country) in a question that does not mention Ji'an
 * at all — the plan speaks of those places only in relation to Ji'an.
 */
export function placeOutsidePlan(question: string, places: PlaceNames, inPlan: (text: string) => boolean): string | null {
  const aboutJian = places.own.some((o) => question.includes(o)) || /\bji'?an\b/i.test(question);
  if (!aboutJian && NATIONAL.test(question)) return '全国';
  const place = places.elsewhere.find((p) => mentions(question, p) && !onRoute(question, p));
  if (place) return !inPlan(place) || !aboutJian ? place : null;
  if (places.elsewhere.some((p) => mentions(question, p))) return null;
  return bareNameOutsidePlan(question, places, inPlan, aboutJian);
}

/** Words before a place that make it the end of a route from here: 去长沙的高铁, 到南昌, 吉安至井冈山, rail to Changsha. */
const ROUTE_TO = /(?:到|至|往|去|通往|通到|开往|直达|直飞|飞|从|连接|连通|对接)\s*$|\b(?:to|from|towards?|and)\s+$|[-–—~～]\s*$/i;
/** Words after a place that make it the start of a route: 长沙到吉安, 长沙至赣州 (not 长沙到2025年: by a year). */
const ROUTE_ON = /^\s*(?:到|至|往|[-–—~～]|\s+to\b)\s*(?![0-9０-９]|明年|今年|年底|\s*(?:19|20)\d\d)/i;

/**
 * The place is an end of a route or link from Ji'an (去长沙的高铁, 吉安到南昌, high-speed rail to
 * Changsha, 长沙至赣州): Ji'an's business, not the other place's own affairs.
 */
function onRoute(question: string, name: string, start = question.indexOf(name), end = start + name.length): boolean {
  return ROUTE_TO.test(question.slice(0, start)) || ROUTE_ON.test(question.slice(end));
}

/**
 * A place named without its 市/省 ending (长沙, 宜春) or in English (Ganzhou): when the plan never
 * names it, or the question asks about that place's own affairs without mentioning Ji'an — it names
 * the city first (南昌地铁会修到哪, Ganzhou GDP target) or its own things (长沙的…, Ganzhou's…).
 */
function bareNameOutsidePlan(question: string, places: PlaceNames, inPlan: (text: string) => boolean, aboutJian: boolean): string | null {
  const found = placesNamed(question, places);
  // A city named first (南昌地铁…, 省会南昌地铁…) is what the question is about; a province named first
  // is mostly a title the plan gives Ji'an's things (江西老字号).
  const opens = (f: { before: string; full: string }) => f.full.endsWith('市') && LEADING.test(f.before);
  const owns = (f: { before: string; after: string }) => (OWNER_BEFORE.test(f.before) && CLOSES.test(f.after)) || SUBJECT_BEFORE.test(f.before);
  // A bare name that is also an ordinary word (山上的树林, 资源) names the place only where it opens a
  // question that does not mention Ji'an (树林的房价, 江山旅游怎么样).
  const { ordinary } = lookupsOf(places);
  const word = (f: PlaceNamed) => f.name !== f.full && ordinary.has(f.name) && (aboutJian || !LEADING.test(f.before));
  const hit = found.find((f) => !onRoute(question, f.name, f.start, f.start + f.name.length) && !word(f)
    && (!inPlan(bareName(f.full)) || (!aboutJian && (ABOUT_ITSELF.test(f.after) || opens(f) || owns(f)))));
  return hit ? hit.full : null;
}

/** Where a place is named: the name as written, its full form, and the text before and after it. */
interface PlaceNamed {
  name: string;
  full: string;
  start: number;
  before: string;
  after: string;
}

/** What a list of places is looked up by, made once per list: each bare name → its full name, and the ordinary words among them. */
interface PlaceLookups { bare: Map<string, string>; ordinary: Set<string> }
const LOOKUPS = new WeakMap<PlaceNames, PlaceLookups>();
function lookupsOf(places: PlaceNames): PlaceLookups {
  const made = LOOKUPS.get(places);
  if (made) return made;
  // One bare name may stand for several places (南昌: 南昌市, 南昌县): the city or province is meant.
  const rank = (p: string) => (p.endsWith('市') ? 2 : p.endsWith('省') ? 1 : 0);
  const bare = new Map<string, string>();
  for (const p of places.elsewhere) {
    const known = bare.get(bareName(p));
    if (!known || rank(p) > rank(known)) bare.set(bareName(p), p);
  }
  const lookups = { bare, ordinary: new Set(places.ordinary ?? []) };
  LOOKUPS.set(places, lookups);
  return lookups;
}

/**
 * Places outside Ji'an a question names: in full (深圳市), as words of their own; without their 市/省
 * ending (长沙, 宜春); in English (Ganzhou). (placeOutsidePlan asks about the bare and English names only
 * once no full name is found.)
 */
function placesNamed(question: string, places: PlaceNames): PlaceNamed[] {
  const found: PlaceNamed[] = places.elsewhere.filter((p) => mentions(question, p)).map((p) => {
    const start = question.indexOf(p);
    return { name: p, full: p, start, before: question.slice(0, start), after: question.slice(start + p.length) };
  });
  const { bare } = lookupsOf(places);
  for (const s of segments(question)) {
    const full = bare.get(s.segment);
    if (full && s.segment.length >= 2) found.push({ name: s.segment, full, start: s.index, before: question.slice(0, s.index), after: question.slice(s.index + s.segment.length) });
  }
  // One word (ganzhou's) or two (jiangxi province): each English name as its words in the question.
  // A name joined to another by a dash names a route, not a place: the Changsha–Ganzhou railway.
  const words = [...question.matchAll(/(?<![-–—])[A-Za-z][A-Za-z'’]*(?![A-Za-z'’]*[-–—][A-Za-z])/g)].map((m) => {
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    return { word, start: m.index ?? 0, end: (m.index ?? 0) + word.length };
  });
  words.forEach(({ word, start, end }, k) => {
    const next = words[k + 1];
    const pair = next ? `${word} ${next.word}` : '';
    // What follows is read from the first word's end: "Jiangxi province set…" is about the province itself.
    const named = pair && Object.hasOwn(places.english, pair) ? pair : word;
    const full = Object.hasOwn(places.english, named) ? places.english[named] : undefined;
    if (full) found.push({ name: full, full, start, before: question.slice(0, start), after: question.slice(end) });
  });
  return found;
}

/** Words that join a place to Ji'an as a destination or partner: 吉安到南昌的…, 和深圳的合作, to Xiamen's port ("compare with Shenzhen's" does not). */
const JOINED = /(?:到|至|往|去|飞|直飞|通|连|和|与|跟|同|对接|融入|\bto|\bfrom)\s*$/i;

/**
 * Another place named with its own affairs (赣州十四五定的GDP, 湖南株洲的养老院, Shenzhen's 2025 target), for
 * a question placeOutsidePlan lets through (it names Ji'an too, or the place only in passing): the plan
 * gives no other place's targets or prices, so it is a signal for the judge, not a rule (深圳的企业来吉安
 * 投资 may be answerable). Null when there is none.
 */
export function placeAlongside(question: string, places: PlaceNames): string | null {
  return placesNamed(question, places).find((f) => ABOUT_ITSELF.test(f.after) && !JOINED.test(f.before))?.full ?? null;
}
