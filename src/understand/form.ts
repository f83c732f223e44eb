// The form of what was typed: a question to answer ("吉安GDP目标是多少？") or a claim to check against the
// plan (a statement, a headline, "听说…是真的吗", "网上说…", "Is it true that…", a pasted news paragraph).
// Pure: decided from the wording alone, before anything is searched.
//
//   1. Said to be heard or read somewhere, or asked to be confirmed (听说, 网传, 是真的吗, Is it true that,
//      I heard, reportedly): a claim, whatever mark ends it.
//      When words that ask remain besides the confirming ones (听说…真的假的？那边以后主要发展啥？), a question.
//   2. A request for information (请问, 想知道, 介绍一下, tell me): a question.
//   3. A question word (also as spoken here: 咋, 几多, 好多钱, 管不管, …打鱼不), an English question opener,
//      a bare topic (…占比目标), or a closing question mark (in English, any): a question.
//   4. Otherwise a statement that asserts (a verb of planning or doing, any verb, a figure in a unit; in
//      English a finite verb) is a claim; a bare topic ("吉安GDP目标", "十四五 高铁") stays a question.

import { taggedWords } from '../search/tokenize.js';

export type Form = 'question' | 'claim';

/** Heard or read somewhere: what follows is passed on, not asked. */
const HEARD_ZH = /听说|听人说|听别人说|网传|网上(?:说|传|都在说|有人说)|据说|有人说|有消息(?:说|称)|传言|传闻|新闻(?:上)?说|报道(?:说|称)|据报道|媒体(?:报道|称)|朋友圈(?:里)?(?:说|传)|群里(?:说|传)/;
/** Asked to be confirmed: 是真的吗, 对吗, 靠谱吗. */
const CONFIRM_ZH = /真的吗|真的假的|是真的不|对吗|对不对|属实吗|靠谱吗|有这回事吗?|有这事吗?|是这样吗|没错吧|是不是真的|可信吗|准确吗/;
const HEARD_EN = /\bis it (?:true|correct|right|accurate)\b|\bis (?:this|that) (?:true|correct|right|accurate)\b|\bi (?:heard|read|saw)\b|\breportedly\b|\brumou?rs?\b|\b(?:news|media|reports?) (?:say|said|claim)|\baccording to (?:a |the |some )?(?:news|reports?|media|article)|\b(?:true|correct|right),? (?:isn't it|right)\s*\??$|\bfact[- ]check\b/i;

/** Asking for information: a question even without a question word. */
const REQUEST = /请问|想知道|想了解|想问|问一下|问下|告诉我|介绍一下|讲一讲|说说|查一下|帮我查|^\s*(?:tell me|explain|describe|show me|i (?:want|would like|'d like) to know)\b/i;

/** Words that ask (the same as focus.ts reads, plus English question openers anywhere a clause starts). */
const ASKS_ZH = /吗|呢|什么|多少|哪|怎么|怎样|如何|是否|有没有|会不会|能不能|要不要|是不是|可不可以|啥|几(?![乎十百千万])|咋|么子|几多|几时|多大|多久|多远|多长|多高|多宽|谁|为何|干嘛|有冇|好多(?=钱|亩|人|个|家|座|所|年|天|公里|万|亿|分|$)|好(?:大|长|远|久)(?!的变化)|么(?:样|意思|子|事)|(?:能|到|有|涨|降|要|达|住)几[十百千万亿]|能有多|会有多|到底|(?:大?涨|升|增|多|好|快)还是(?:大?跌|贬|降|减|少|坏|慢)/;
/**
 * A question asked by "X不X" (管不管, 支不支持, 卡不卡) or ending in 不/没/冇/么 (还能打鱼不, 达到了没,
 * 有冇, 就行么), as people speak in Ji'an; or a bare topic (空气好的天数占比目标, 四尘三烟三气分别是).
 */
const A_NOT_A = /(\p{Script=Han})[不没冇]\1|\p{Script=Han}[不冇](?=[\s，,？?])|(?:有|了|过|到)\S{0,12}没有\s*$|到没有\s*$/u;
const ENDS_ASKING = /(?:[不没冇么]|了没有|过没有|分别是|指的是|是指|包括哪些)\s*$/;
const BARE_TOPIC = /(?:目标|指标|标准|上限|下限|政策|情况|进展|安排|时间表|率|比重|占比|比例|投资|规模|收入|寿命|吞吐量|数量|总量|面积|产值|增速|覆盖面)\s*$/;
/** A year or period closing a bare topic (…普及率到2025年, …比重十四五末). */
const CLOSING_YEAR = /(?:到|至)?(?:20\d\d|二〇[二三][〇一二三四五六七八九])年?(?:底|末)?$|十[三四]五(?:末|期间|时期)?$/;
const VALUE_SAID = /将|要|(?<!社)会|已|达到|达|突破|超过|提出|实现|建成|确定|控制在|不低于|不少于|为\s*\d|是\s*\d/;
const ASKS_EN = /(?:^|[.?!;:,]\s*)(?:what|which|how|when|who|where|why|whether|is|are|does|do|did|will|would|can|could|should|has|have|any)\b/i;

/** What a statement asserts with: planning, doing, reaching, or being (将, 要, 建成, 突破, 提出…). */
const ASSERTS_ZH = /将|要|会|已|计划|提出|规划|实现|建成|建设|打造|开工|获批|获评|达到|达|突破|超过|新增|推进|推动|加快|培育|支持|争取|力争|争创|确定|列入|完成|形成|提高|提升|下降|降低|增长|翻番|翻一番|控制在|不低于|不少于|设立|组建|开通|是|有|成为|迈入|跨入/;
const ASSERTS_EN = /\b(?:will|would|is|are|was|were|has|have|had|wants?|expects?|intends?|seeks?|promises?|pledges?|commits?|lines? up|builds?|becomes?|reach(?:es)?|double[sd]?|raises?|offers?|hosts?|gets?|includes?|lists?|backs?|supports?|names?|says?|states?|recalls?|mentions?|gives?|makes?|hosted|named|listed|approved|launched|completed|achieved|ranked|won|became|reached|built)\b|\b(?:aims?|plans?|targets?|sets?|cuts?)\s+(?:a|an|the|its|to|at|by|over|about|around|more|\d|rmb|us\$|\$)\b|\baims? for\b/i;

const isLatin = (text: string) => (text.match(/[A-Za-z]/g)?.length ?? 0) > (text.match(/\p{Script=Han}/gu)?.length ?? 0);

/** Whether any clause of the text asks (a question word, or an English question opener). */
function asks(text: string): boolean {
  // 几 after a numeral or 这/前 says "some"; 呢 before a comma marks a topic (吉安高新区呢，就是要…).
  const said = text.replace(/(?<=[0-9十百千万两这那前近头好过没])几/g, '余').replace(/呢(?=\s*[，,])/g, '');
  if (isLatin(said)) return ASKS_EN.test(said);
  const bare = said.replace(/[\s，,。.！!…~～]+$/u, '');
  return ASKS_ZH.test(said) || ASKS_EN.test(said) || A_NOT_A.test(said) || ENDS_ASKING.test(bare) || (BARE_TOPIC.test(bare.replace(CLOSING_YEAR, '')) && !VALUE_SAID.test(bare));
}

/** A figure in a unit: 4000亿元, 100万亩, 95%, 3.5%以内. */
const FIGURE = /\d\s*(?:%|％|万|亿|个|家|所|座|条|名|人|亩|公里|千米|吨|元|美元|项|倍|年)/;

/**
 * Whether the text asserts something: a verb of planning, doing or being (see ASSERTS_*), any verb the
 * segmenter tags (承担, 摘帽, 迎来), or a figure in a unit; a bare topic ("吉安GDP目标") has none.
 */
function asserts(text: string): boolean {
  if (isLatin(text)) return ASSERTS_EN.test(text);
  return ASSERTS_ZH.test(text) || FIGURE.test(text) || taggedWords(text).some((w) => /^v[dgi]?$/.test(w.tag));
}

export function formOf(raw: string): Form {
  const text = raw.trim();
  if (!text) return 'question';
  const passedOn = [HEARD_ZH, CONFIRM_ZH, HEARD_EN].some((re) => re.test(text));
  // 听说遂川要搞充电宝生产，真的假的？那边以后主要发展啥？ asks besides what it passes on.
  const rest = text.replace(new RegExp(CONFIRM_ZH, 'g'), '').replace(new RegExp(HEARD_EN, 'gi'), '');
  if (passedOn) return asks(rest) ? 'question' : 'claim';
  if (REQUEST.test(text)) return 'question';
  if (asks(text)) return 'question';
  if (/[?？]\s*$/.test(text) || (isLatin(text) && /[?？]/.test(text))) return 'question';
  return asserts(text) ? 'claim' : 'question';
}
