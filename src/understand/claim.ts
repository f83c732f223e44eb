// What a claim asserts, part by part: its figures (amounts.ts), the years it names, the places within
// Ji'an it names (a county, district or park, not the city as a whole), how firmly it says a thing
// happens (done: 已获批; strong: 开工, 建成, 将有; weak: 争取, 力争, 推进前期工作; denied: 不会开工, 只是做前期工作),
// and its subject — the
// claim without the words that only pass it on (听说, 是真的吗, Is it true that). Pure.
import { COUNTIES, countyEnglish, countyForm } from '../plan/counties.js';
import { amountsIn, type Amount } from './amounts.js';

/** denied: the claim says a thing will not be started or finished (五年内不会开工, 只是做前期工作). */
export type Commitment = 'done' | 'strong' | 'weak' | 'denied';

export interface ClaimParts {
  subject: string;
  figures: Amount[];
  years: number[];
  places: PlaceMention[];
  commitment: { level: Commitment; said: string } | null;
}

export interface PlaceMention {
  /** The place's own name (吉水县 said as 吉水 or Jishui is 吉水县). */
  name: string;
  start: number;
  end: number;
}

/** Places within Ji'an: name, then the other ways it is written (Chinese short forms, English). */
const PLACES: [string, ...RegExp[]][] = [
  ['井冈山经开区', /井冈山经(?:济技术)?开(?:发)?区/, /jinggangshan (?:economic(?: and technological)?(?: development)? zone|etdz)/i],
  ['吉安高新区', /吉安高新(?:技术产业开发)?区/, /ji'?an (?:high-tech|hi-tech)(?: industrial)?(?: development)? zone/i],
  ['吉州工业园区', /吉州工业园区?/], ['庐陵新区', /庐陵新区/], ['高铁新区', /高铁新区/],
  ...COUNTIES.map((c): [string, ...RegExp[]] => [c.name, new RegExp(countyForm(c)), new RegExp(countyEnglish(c), 'i')]),
];

/** PLACES' forms made global once (matchAll copies a pattern, so sharing one is safe), and any of them at all: most texts name none. */
const PLACES_GLOBAL = PLACES.map(([name, ...forms]): [string, ...RegExp[]] => [name, ...forms.map((f) => new RegExp(f.source, `${f.flags}g`))]);
const ANY_PLACE = new RegExp(PLACES.flatMap(([, ...forms]) => forms.map((f) => f.source)).join('|'), 'i');

/** Every place of PLACES named in a text, longest first where two overlap, in order. 吉安县级医院 and 吉安县域 name the city's county-level hospitals and counties, not 吉安县. */
export function placesIn(text: string): PlaceMention[] {
  if (!ANY_PLACE.test(text)) return [];
  const taken: PlaceMention[] = [];
  for (const [name, ...forms] of PLACES_GLOBAL) {
    for (const form of forms) {
      for (const m of text.matchAll(form)) {
        const [start, end] = [m.index, m.index + m[0].length];
        if (!taken.some((t) => start < t.end && end > t.start)) taken.push({ name, start, end });
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

const DONE = /已经|已(?!于|有)|业已|获评|正式(?:获批|开工|开通|启用|落户)|(?<![要将快])(?:获批|建成|开通|落户|开工|投运|通车|启用|入选)了|\b(?:has|have) (?:already )?(?:been|already|won|got|obtained|received|built|opened|completed|launched|set up|established|reached|achieved|become|started|finished|hit|topped|passed|doubled)\b|\balready\b|\bwas (?:approved|named|awarded|listed|upgraded)\b/i;
const WEAK = /争取|力争|争创|前期工作|研究(?!院|所|中心|生)|谋划|探索|列入规划|适时|\b(?:seeks?|strives?|explores?|stud(?:y|ies)|considers?|pushes for|bids?|tries|will try|aims? (?:to|for|at)|aiming (?:to|for|at)|(?:is|are) targeting|wants?|hopes? to)\b/i;
const STRONG = /开工|建成|获批|确定|敲定|定了|将有|开通|落户|投运|通车|投入使用|启动建设|竣工|完工|建好|修好|动工|开建|投用|启用|开业|\bwill (?:build|open|complete|have|get|launch|start|begin)\b|\bis set to\b/i;

/** A firm verb said not to happen, or work said to go no further than preparing it. */
const DENIED = /(?:不会|不能|不再|没有|没|未|暂不|暂时不|无法)(?:在[^，,。；]{0,6})?(?:开工|建成|通车|开通|投运|动工|建设)|(?:只是|仅仅?|只)(?:是|在)?(?:做|开展|推进|搞)?(?:个|些)?前期|\b(?:will not|won't|not) (?:be )?(?:start|begin|build|built|complete|open)\w*|\bonly (?:preparatory|preliminary)\b/i;

/** How firmly the claim says it happens, and the words that say so. */
export function commitmentOf(text: string): ClaimParts['commitment'] {
  const denied = text.match(DENIED)?.[0];
  if (denied) return { level: 'denied', said: denied };
  for (const [level, re] of [['done', DONE], ['weak', WEAK], ['strong', STRONG]] as const) {
    const said = text.match(re)?.[0];
    // 已获评 rather than 已: the verb the claim says was done.
    if (said) return { level, said: level === 'done' ? text.slice(text.search(re)).match(/^(?:已经|业已|已)\p{Script=Han}{0,2}/u)?.[0] ?? said : said };
  }
  return null;
}

/** A year: 2025年, 2018中国…, or (in English) 2025 not followed by a unit or a classifier (2000元 is money; 2000张床 counts beds). */
const YEAR = /(?<![\d.,])(20\d\d)(?![\d.,]*\s*(?:[%元万亿个家人名座条项亩吨张辆台套所间户床位只头株棵件批部架艘处块片栋幢米]|公[里顷斤]|千[米瓦]|平方|立方|yuan|people|km))/g;
/** A year a claim compares against (比2020年, compared with 2020): a base, not when it happens. */
const BASE_YEAR = /(?:比|较|相比|对比|than|compared (?:with|to)|from)\s*$/i;

/** The years the claim says things happen in: digits, 二〇三五, 十四五 (2025), 十三五 (2020). */
export function claimYears(text: string): number[] {
  const years = [...text.matchAll(YEAR)].filter((m) => !BASE_YEAR.test(text.slice(Math.max(0, m.index - 16), m.index))).map((m) => Number(m[1]));
  if (/二〇三五|二零三五/.test(text)) years.push(2035);
  if (/二〇三〇|二零三零/.test(text)) years.push(2030);
  if (/二〇二五|二零二五/.test(text)) years.push(2025);
  if (/十四五|14th five/i.test(text) && !years.length) years.push(2025);
  if (/十三五|13th five/i.test(text) && !years.length) years.push(2020);
  return [...new Set(years)];
}

/** Words that only pass a claim on, ask to confirm it, or say the plan is where it is from (规划上是这么写的, the plan says). */
const PASSING_ON = /^(?:听(?:别人|人|老乡)?说|网传|网上(?:都在)?说|据说|有人说|有消息(?:说|称)|传言|据报道|媒体(?:报道|称))[，,：:\s]*|[，,\s]*(?:是真的吗|真的假的|对吗|对不对|属实吗|靠谱吗|是不是真的|有这回事吗?|是这样吗)[？?！!。\s]*$|^\s*(?:is it true that|i (?:heard|read) that|reportedly,?)\s*|^规[划化](?:里|上|中)?(?:说|写|提到|讲)(?:了|到)?[，,：:\s]*|[，,\s]*规[划化](?:里|上|中)?(?:是|就是)?(?:这么|这样)?(?:写|说|讲|定)(?:的|了)?(?:哦|呢|啊|哈)?[。！!\s]*$|^\s*according to (?:the )?(?:city's |ji'an's )?(?:14th )?(?:five-year )?plan,?\s*|,?\s*(?:the )?(?:city's |ji'an's )?(?:14th )?(?:five-year )?plan (?:says|states|notes|recalls)\.?\s*$/gi;

/** An opening call to the readers (宝妈们注意👶, 开电车的朋友注意了，, 大家看过来！): whom the news is for, not what it says. */
const ADDRESSED = /^[^，,。！!？?；;]{1,12}?(?:请)?(?:注意|看过来|看这里)(?:了|啦|喽)?(?:[\s!！,，:：~～]|\p{Extended_Pictographic})+/u;

/**
 * Topic tags of a social-media post (#四好农村路#, #Jian): they file the post under a topic, they assert
 * nothing. Weibo's between two #, or a # word of Latin letters (Twitter's).
 */
const HASHTAG = /#[^#\n]{1,30}#|(?<![\p{L}\p{N}])#[\p{L}\p{N}_]+/gu;

export function claimParts(text: string): ClaimParts {
  const untagged = text.replace(HASHTAG, ' ').replace(/\s{2,}/g, ' ').trim() || text;
  const subject = untagged.replace(ADDRESSED, '').replace(PASSING_ON, '').replace(PASSING_ON, '').trim() || untagged;
  return { subject, figures: amountsIn(subject), years: claimYears(subject), places: placesIn(subject), commitment: commitmentOf(subject) };
}
