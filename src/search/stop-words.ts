// Stop words, in one place: words that carry no topic. Each list has its own use:
//   isStopWord        function words (Chinese and English) dropped from query tokens (tokenize.ts) and
//                     from a question's concepts (src/understand/question.ts);
//   isQuestionWord    words that frame a question (how it asks, who asks) rather than name its topic
//                     (什么, 有没有, 介绍…; src/understand/question.ts, src/targets/lookup.ts);
//   isEnglishStopWord English words left out of CC-CEDICT glosses and English questions (src/understand/english.ts);
//   isEnglishQuestionWord English words that frame a question, beyond those (src/understand/question.ts);
//   isTargetWord      words that ask for targets rather than name a topic (目标, 指标…; src/targets/lookup.ts).

const STOP = new Set([
  '的', '了', '是', '在', '和', '与', '及', '或', '有', '要', '吗', '呢', '吧', '啊', '哪', '些', '什么', '多少', '几',
  '哪些', '哪个', '怎么', '怎样', '如何', '为什么', '是否', '有没有', '规划', '里', '中', '对', '把', '被', '让', '会',
  '还', '都', '也', '就', '这', '那', '这个', '那个', '一个', '我', '我们', '你', '他', '它', '其', '之', '等',
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'what', 'which', 'how', 'does', 'do',
  'by', 'with', 'plan', 'city', 'ji', 'an', "ji'an", 'will', 'be', 'it', 'its', 'that', 'this', 'as', 'at', 'much', 'many',
]);

const QUESTION_WORDS = new Set([
  '哪些', '哪个', '哪几', '哪里', '哪儿', '什么', '什么样', '怎么', '怎样', '怎么样', '如何', '为什么', '为何', '是否',
  '会不会', '是不是', '能不能', '有没有', '要不要', '可不可以', '多少', '多少个', '几个', '几年', '多大', '多长', '多久',
  '多高', '到底', '具体', '分别', '打算', '准备', '请问', '想问', '知道', '告诉', '介绍', '一下', '这些', '那些', '这样',
  '那样', '这里', '那里', '那边', '这边', '他们', '她们', '人家', '大家', '自己', '咱们', '我家', '我们', '你们', '以后',
  '现在', '今年', '去年', '明年', '听说', '说要', '还有', '可以', '能够', '应该', '已经', '还是', '就是', '一些', '一个',
  '这种', '那种', '这个', '那个', '时候', '情况', '方面', '问题', '东西', '事情', '规定', '规划', '计划', '政府', '吉安',
  '吉安市', '里面', '没有', '真的', '一定', '大概', '主要', '一直', '将来', '未来', '目前', '不要', '不让', '不能', '不会',
  '能不', '会不', '是不', '有没', '全市', '市里', '我市', '了解', '大数', '时间表', '一共', '总共', '加起来', '起来',
  '哪些地方', '哪几个地方', '什么地方',
]);

const ENGLISH_STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'be', 'by', 'with', 'as', 'at', 'from',
  'sb', 'sth', 'one', "one's", 'etc', 'used', 'esp', 'also', 'abbr', 'variant', 'see', 'old', 'what', 'which', 'how',
  'does', 'do', 'will', 'must', 'plan', 'city', 'ji', "ji'an", 'aim', 'reach', 'share', 'keep', 'that', 'this', 'its',
]);

const ENGLISH_QUESTION_WORDS = new Set([
  'jian', 'say', 'says', 'want', 'wants', 'there', 'any', 'anything', 'about', 'can', 'could', 'would', 'should', 'has', 'have',
  'our', 'we', 'you', 'your', 'they', 'their', 'these', 'those', 'under', 'much', 'many', 'aims', 'target', 'planned', 'planning',
  'expected', 'expect', 'new', 'more', 'like', 'such', 'than', 'into', 'get', 'make', 'made', 'year', 'years', 'every', 'each',
  'per', 'not', 'did', 'was', 'were', 'been', 'when', 'who', 'why', 'where', 'whether', 'there', 'some', 'all',
  'i', 'me', 'my', 'it', 'he', 'she', 'his', 'her', 'them', 'us', 'if', 'so', 'but', 'then', 'than', 'just', 'only', 'very',
  'say', 'said', 'tell', 'told', 'know', 'think', 'want', 'need', 'needs', 'help', 'hope', 'see', 'look', 'going', 'go', 'come',
  'become', 'take', 'give', 'put', 'set', 'start', 'play', 'role', 'kind', 'sort', 'way', 'ways', 'thing', 'things', 'other',
  'others', 'another', 'same', 'different', 'large', 'big', 'small', 'size', 'among', 'between', 'over', 'out', 'up', 'down',
  'during', 'before', 'after', 'since', 'until', 'supposed', 'intend', 'intends', 'aim', 'aiming', 'goal', 'story', 'piece',
  'report', 'article', 'reader', 'readers', 'client', 'clients', 'company', 'advise', 'question', 'questions', 'also', 'still',
  'really', 'actually', 'currently', 'now', 'today', 'future', 'next', 'last', 'first', 'second', 'again', 'here', 'include',
  'includes', 'including', 'mention', 'mentions', 'mentioned', 'plans', 'city\'s', 'government', 'officials', 'local',
  'deadline', 'timeline', 'timetable', 'timeframe',
  // asking politely, hearsay and hedges: how a question is put, not what it is about
  'please', 'kindly', 'thanks', 'thank', 'hello', 'hi', 'hey', 'curious', 'wondering', 'wonder', 'heard', 'hear',
  'whats', 'gonna', 'anyone', 'someone', 'somebody', 'anybody', 'everyone', 'maybe', 'perhaps', 'probably', 'roughly',
  'approximately', 'exactly', 'precisely', 'specifically', 'basically', 'chance', 'anywhere', 'elsewhere', 'somewhere',
  'besides', 'while', 'onto', 'within', 'across', 'throughout', 'toward', 'towards', 'around', 'via', 'upon',
  'regarding', 'concerning', 'plus', 'ones', 'goes', 'got', 'came', 'saw', 'meant', 'mean', 'happen', 'happens', 'happening',
  'end', 'fiveyearplan', // a five-year plan as one word (english.ts): this plan, unless an ordinal names another
  // units a figure is asked in (how many kilometers): what kind of answer, as 公里 and 亿元 are in Chinese, not a topic
  'kilometer', 'kilometers', 'km', 'meter', 'meters', 'square', 'hectare', 'hectares', 'ton', 'tons', 'yuan', 'rmb',
  'billion', 'million', 'thousand', 'hundred', 'percent', 'percentage', 'points', 'mu',
]);

/** An English ordinal (13th, 2nd): it qualifies a topic (the 13th Five-Year Plan) without naming one. */
const ORDINAL = /^[0-9]+(?:st|nd|rd|th)$/;

const TARGET_WORDS = new Set([
  '目标', '指标', '量化', '数字', '数据', '任务', '计划', '要求', '达到', '实现', '情况', '完成', '吉安', '吉安市', '全市',
  '十四五', '十三五', '2025', '2025年', 'target', 'targets', 'goal', 'goals', 'indicator', 'indicators',
]);

export const isStopWord = (word: string): boolean => STOP.has(word);
export const isQuestionWord = (word: string): boolean => QUESTION_WORDS.has(word);
export const isEnglishStopWord = (word: string): boolean => ENGLISH_STOP.has(word);
export const isEnglishQuestionWord = (word: string): boolean => ENGLISH_QUESTION_WORDS.has(word) || ORDINAL.test(word);
export const isTargetWord = (word: string): boolean => TARGET_WORDS.has(word);
