// Follow-up questions in a conversation: an elliptical message ("那2025年呢？", "具体有哪些项目？",
// "what about tourism?") is combined with the previous question so it can be answered on its own.
// Pure: three forms, each a rule a reader can check.
//   year      "那2025年呢？" / "and in 2030?"      → the previous question with its years replaced
//   topic     "那旅游呢？" / "what about tourism?"  → the new topic + what the previous one asked about
//                                                   (its years and aspect words: 目标, 项目, targets…)
//   more      "具体有哪些项目？" / "why?" / short   → the previous question followed by the message
// Anything else is a question of its own and is left as typed.
// With no previous question, a follow-up that names no topic of its own ("那2025年呢？", "具体有哪些？",
// "what about 2030?") is asked back (askBack) instead of being answered with a guess.

export interface FollowUp {
  question: string;
  /** Whether the previous question was carried into it. */
  combined: boolean;
}

const YEAR = /(?:19|20)\d{2}/g;
const ZH_YEAR = /^(?:在|到|至)?((?:19|20)\d{2})年?(?:的|时|底)?$/;
const EN_YEAR = /^(?:in|by|for|until)?\s*((?:19|20)\d{2})$/i;

/** What a question asks about, apart from its topic: kept when a follow-up switches topic. */
const ZH_ASPECTS = ['目标', '指标', '项目', '工程', '措施', '任务', '政策', '重点', '规模', '投资', '比重', '增长', '布局', '多少', '哪些'];
const EN_ASPECTS = ['targets', 'target', 'goals', 'goal', 'projects', 'project', 'measures', 'policies', 'policy', 'investment', 'growth', 'share', 'how many', 'how much'];

/** Opening words that point back at the previous question. */
const ZH_ANAPHORA = /^(具体|其中|这些|那些|上述|它们?|该|此外还|还有哪些|都有哪些|包括哪些|为什么|为何|怎么做|如何做|如何实现|怎样实现|详细)/;
const EN_MORE = /^(which ones|what are they|why|how so|how\b.*\b(it|they|that|this)\b|tell me more|more details?|details?|in detail|and\??$)/i;
const EN_PRONOUN = /\b(it|its|they|them|their|those|these|that one)\b/i;

/** Words that carry no topic: what is left of a message without them shows whether it names one. */
const ZH_FUNCTION_WORDS = /那么|那|还有|另外|此外|具体|分别|都|有|是|要|会|将|能|的|了|呢|吗|吧|啊|什么|多少|哪些|哪个|哪里|如何|怎么|怎样|是否|几|为什么|包括|达到|方面|情况/g;

const isLatin = (s: string) => /[a-z]/i.test(s) && !/[\u4e00-\u9fff]/.test(s);
const strip = (s: string) => s.replace(/[\s?？!！。，,.、:：;；“”"'‘’()（）]+/g, '');

function replaceYears(previous: string, year: string): string {
  return previous.match(YEAR) ? previous.replace(YEAR, year) : `${previous} ${year}`;
}

/** The previous question's years and aspect words; only its years when the languages differ. */
function aspectsOf(previous: string, topic: string): string[] {
  const latin = isLatin(previous);
  const years = (previous.match(YEAR) ?? []).map((y) => (latin || isLatin(topic) ? y : `${y}年`));
  if (latin !== isLatin(topic)) return [...new Set(years)];
  const words = latin
    ? EN_ASPECTS.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(previous)).filter((w, _, all) => !all.some((o) => o !== w && o.startsWith(w)))
    : ZH_ASPECTS.filter((w) => previous.includes(w));
  return [...new Set([...years, ...words])];
}

/** `text` without a trailing `ending` (and the spaces before it); null when it does not end so. */
const cutEnd = (text: string, endings: readonly string[]): string | null => {
  const ending = endings.find((e) => text.endsWith(e));
  return ending === undefined ? null : text.slice(0, text.length - ending.length).trimEnd();
};

// Endings and openings of "那X呢？", longest first so that X keeps as little as it can.
const ZH_ASKS_ABOUT = ['怎么样', '又如何', '如何', '呢'];
const ZH_ASPECT_END = ['的情况', '方面', '情况'];
const ZH_OPENING = /^(?:那么|那|还有|另外)?\s*/;

/** The X of "那X呢？": read by cutting the ends off, not by one pattern (which backtracks cubically). */
function zhSubstituted(message: string): string | null {
  const unmarked = message.trimEnd().replace(/[?？]$/, '').trimEnd();
  const asked = cutEnd(unmarked, ZH_ASKS_ABOUT);
  if (asked === null) return null;
  const x = (cutEnd(asked, ZH_ASPECT_END) || asked).replace(ZH_OPENING, '');
  return x && !/什么|多少|哪些|哪个|是否|吗/.test(x) ? x.trim() : null;
}

/**
 * The "X" of "那X呢？" / "what about X?" / "and X?", or null when the message has another form. Each
 * pattern is linear in the message: "and X?" takes one to four words separated by spaces.
 */
function substituted(message: string): string | null {
  const en = /^(?:(?:and|so|but)\s*)?(?:what|how)\s+about\s+(\S.*)$/is.exec(message) ?? /^and\s+(\S+(?:\s+\S+){0,3}?)\s*\?$/i.exec(message);
  if (en) return en[1]!.replace(/\?$/, '').trim() || null;
  return zhSubstituted(message);
}

function elliptical(message: string): boolean {
  if (isLatin(message)) {
    const words = message.split(/\s+/).filter(Boolean);
    return EN_MORE.test(message.trim()) || (words.length <= 8 && EN_PRONOUN.test(message));
  }
  if (ZH_ANAPHORA.test(message)) return true;
  const rest = strip(message).replace(ZH_FUNCTION_WORDS, '');
  const topicless = ZH_ASPECTS.reduce((s, w) => s.replaceAll(w, ''), rest);
  return [...topicless].length < 2;
}

/** Combines a follow-up with the previous question of the conversation (null: none yet). */
export function combineFollowUp(previous: string | null, message: string): FollowUp {
  const text = message.trim();
  if (!previous?.trim() || !text) return { question: text, combined: false };
  const x = substituted(text);
  if (x !== null) {
    const year = ZH_YEAR.exec(strip(x)) ?? EN_YEAR.exec(x);
    if (year) return { question: replaceYears(previous, year[1]!), combined: true };
    return { question: [x, ...aspectsOf(previous, x)].join(' '), combined: true };
  }
  if (elliptical(text)) return { question: `${previous} ${text}`, combined: true };
  return { question: text, combined: false };
}

/** English words that name no topic: what is left of a message without them shows whether it names one. */
const EN_FUNCTION_WORDS = /\b(?:and|so|but|what|whats|about|how|which|why|is|are|was|were|be|will|would|do|does|did|it|its|they|them|their|those|these|that|this|one|ones|the|a|an|of|in|on|to|for|by|until|tell|me|more|details?|there|then|please|year|years)\b/gi;

/** Whether a message, without its years, function and aspect words, names nothing at all. */
function namesNoTopic(message: string): boolean {
  const years = message.replace(YEAR, ' ').replace(/年/g, ' ');
  if (isLatin(message)) {
    const aspects = EN_ASPECTS.reduce((t, w) => t.replace(new RegExp(`\\b${w}\\b`, 'gi'), ' '), years);
    return !aspects.replace(EN_FUNCTION_WORDS, ' ').replace(/[^a-z0-9]+/gi, '');
  }
  const rest = strip(years).replace(ZH_FUNCTION_WORDS, '').replace(ZH_ANAPHORA, '');
  return [...ZH_ASPECTS.reduce((t, w) => t.replaceAll(w, ''), rest)].length < 2;
}

/**
 * What to ask back when a message can only be read with a previous question and there is none: a year
 * alone ("那2025年呢？" → 你想问哪一项的2025年数字？) or a follow-up naming no topic ("具体有哪些？").
 * Null when the message can be answered on its own.
 */
export function askBack(message: string): string | null {
  const text = message.trim();
  if (!text || !namesNoTopic(text)) return null;
  const x = substituted(text);
  if (x === null && !elliptical(text)) return null;
  const year = text.match(YEAR)?.[0];
  if (isLatin(text)) {
    return `Which ${year ? `target's ${year} figure` : 'topic'} do you mean? There is no earlier question here to follow on from: please name the topic, e.g. "What is the R&D spending target for ${year ?? 2025}?"`;
  }
  return `你想问哪一项${year ? `的${year}年数字` : ''}？这里没有上一个问题可以接着问，请把指标或话题写上，例如“研发经费支出${year ?? 2025}年目标是多少？”`;
}
