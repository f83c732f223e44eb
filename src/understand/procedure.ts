// Questions a five-year plan never answers, which sets the city's targets and policies for 2021–2025:
// one person's own affairs (which papers to bring, how to apply, where to complain, a fine or a fee,
// an exam's pass mark, a divorce or an inheritance, which shop is best: what a service counter, a
// lawyer or a shop answers), and what is going on now (tomorrow's weather, today's bus times: what the
// news or a timetable answers). Pure.

/** One person's own affairs, in Chinese, by theme (judged on the asking clause). */
const ZH_PROCEDURE = new RegExp([
  // papers and counters
  '什么材料|哪些材料|啥材料|带啥|要带什么|什么证件|哪些证件|办证|办哪些证|办什么证|要办什么|怎么办理|如何办理|去哪办|哪里办|在哪办',
  // which licences or papers to get (办哪些许可证, 要办什么营业执照)
  '办(?:哪些|什么|啥|哪几[个种样])[\\u4e00-\\u9fff]{0,4}(?:证|执照|手续)',
  // looking up one's own account: a card's balance, how to check it (医保卡余额怎么查; not the city's
  // 债务余额, nor 查处 or 查办, which a city does)
  '(?:卡|账户|账号)里?的?余额|(?:怎么|怎样|如何|咋|去哪|在哪)查(?:询|看|到)?(?![处办禁验])',
  // what one pays oneself (个人要缴多少, 自己要出多少钱; not 我们市, the city, nor 一个人 as a measure's unit)
  '(?:自己|(?<![一每几两])个人|我(?![们市县区]))[^，。？?！!]{0,6}(?:交|缴|出|付|掏)(?:了)?多少',
  // applying, signing up, registering a car or a house
  '怎么申请|如何申请|咋个?申请|申请条件|要什么条件|需要什么条件|报名|上牌|过户',
  // complaints, fines, fees, disputes
  '找哪个部门|哪个部门(?:管|投诉)|怎么投诉|去哪投诉|罚款|罚多少|怎么罚|怎么收费|收费标准|起诉|找谁|打什么电话|热线电话',
  // exams' pass marks, named or asked as the score one needs (要考多少分, 多少分才能上)
  '分数线|录取线|一本线|考(?:到|个)?多少分|多少分(?:才)?(?:能|可以)(?:上|进|考上|录取)',
  // one's own papers and fees: visas, driving licences, a school's tuition
  '签证|驾照|驾驶证|学车|驾校|学费',
  // which shop or place is best, opening hours; which shops there are (哪些好吃的小吃店: a guide's
  // question, as "restaurants near" is in English)
  '推荐一下|推荐几|哪几?个.{0,8}最好|哪几?家.{0,6}(?:好|便宜|靠谱|划算|正宗)|营业时间',
  '(?:哪些|哪几?家|哪里有)[^，。？?！!]{0,8}(?:(?<![酒])店|馆子|餐馆|餐厅|饭店)',
  // what a service charges one, asked as its charge or as what one pays for a month, a day or a visit
  // (每月收费多少, 收多少钱, 住一个月要交多少钱: as 收费标准 and 学费 above; not what a city pays in a year)
  '收费(?:是|大概|一般|要)?多少|收(?:多少|几多)钱|(?:一个月|每个?月|一学期|每学期|一天|每天|一晚|每晚|一次|每次)(?:要|得|大概|最少|至少)*(?:交|缴|付|掏)(?:多少|几多)钱?',
  // the way from one place to another, as "how do I get from … to …" (从吉安西站到井冈山机场怎么走;
  // not 到底怎么走, nor 发展之路怎么走, which a plan answers)
  '从[^，。？?！!]{1,15}(?:到|去)[^，。？?！!]{1,15}(?:怎么|怎样|如何|咋)(?:走|去|坐|乘)(?![向势出])',
  '(?:去|到)(?![底\\d〇一二三四五六七八九十])[^，。？?！!]{1,12}(?:怎么|怎样|如何|咋)(?:走|坐车|乘车)(?![向势出])',
  // doing it on a phone or online, step by step
  '(?:网上|手机上|线上|app上)(?:怎么|能不能|可不可以|能|可以)?(?:弄|操作|退)|(?:网上|手机上|线上|app上)怎么|怎么(?:激活|注册|登录)|手把手|一步步教',
].join('|'), 'i');
const EN_PROCEDURE = new RegExp([
  String.raw`\bapply for\b|\bcomplain\b|\brecommend\b|\bhow (?:do|can|should) i (?:get|apply|register|renew|obtain|book|pay)\b|\bwhere can i\b`,
  String.raw`\bwhat documents\b|\bwhich documents\b|\bregister (?:my|a)\b|\bfined?\b|\bphone number\b|\bopening hours\b`,
  // one's own papers and fees, and the best place or time for a visit
  String.raw`\bvisas?\b|\bdriving licen[cs]e|\btuition\b|\bdo i need\b|\bcan i (?:swap|exchange|convert)\b`,
  String.raw`\bbest (?:month|time|season|place|restaurant|hotel)s?\b|\brestaurants? near\b`,
  // as the Chinese above: one's own account and payments, signing up, a pass mark, whom to ask
  String.raw`\bbalance\b|\bhow (?:do|can) i (?:check|look up|find out)\b|\bhow much (?:do|will|would|must|should) i (?:have to )?(?:pay|contribute)\b`,
  String.raw`\bsign up\b|\bcut-?off (?:score|mark)|\bpass mark\b|\bwhat (?:score|marks?|grades?) (?:do|does|would|will|must) (?:i|you|one|my \w+|a \w+|students?|pupils?) (?:need|have to get|get)\b|\bwhich (?:department|office) (?:should|do|can) i\b|\bhotline\b`,
  // which one is best, as 哪个…最好 (Which compound has the best school places?; not which the plan counts as best)
  String.raw`\bwhich\b[^.?!]{0,40}\b(?:has|have|is|are)\s+the\s+best\b`,
].join('|'), 'i');

/** A family's legal affairs: wherever the question names them, they are what it is about. */
const FAMILY_LAW = /离婚|遗嘱|遗产|\bdivorce\b|\binheritance\b/i;

/**
 * Whether a (Simplified) question asks about a personal procedure, fee, fine or shop, judged on the
 * clause that asks, or about a family's legal affairs anywhere in it (see above).
 */
export const asksProcedure = (asking: string, question: string): boolean =>
  ZH_PROCEDURE.test(asking) || EN_PROCEDURE.test(asking) || FAMILY_LAW.test(question);

const ZH_NOW = /几点|明天|今天|昨天|后天|今晚|这周|下周|本周|这个周末|这个月|下个月|天气|下雨|下雪|气温/;
const EN_NOW = /\btomorrow\b|\btoday\b|\btonight\b|\bthis (?:week|weekend|month)\b|\bnext (?:week|weekend|month)\b|\bweather\b|\bright now\b/i;

/** Whether a (Simplified) question asks about what is going on now: weather, today, this week (see above). */
export const asksNow = (question: string): boolean => ZH_NOW.test(question) || EN_NOW.test(question);

/** Words of the present, and names of a price (均价, 房价, 啥价, 多少钱; not 价值, 评价, a price index). */
const NOW_WORD = /现在|目前|当前|如今|眼下|时下|\bnow\b|\bcurrent(?:ly)?\b|\bthese days\b|\bat the moment\b/i;
const PRICE_WORD = /价(?!值|格指数|格改革)|多少钱|\bprices?\b|\bcosts?\b/i;

/**
 * Whether a question asks what something costs now (二手房现在啥价, 目前油价多少, how much does a flat
 * cost now): a market's price today, which the news answers, as it does the weather; a plan sets
 * targets and policies, never today's prices. Only where money is asked (see figure.ts), so 现在价格
 * 改革进展如何 is not one.
 */
export const asksPriceNow = (asking: string, figure: { kinds: readonly string[] } | null): boolean =>
  !!figure?.kinds.includes('money') && NOW_WORD.test(asking) && PRICE_WORD.test(asking);
