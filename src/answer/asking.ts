// Which words of a figure question ask, and what they ask: the sentence that asks (the last of several
// that asks a figure), the kind of figure it asks, and the concepts that name the measure (those in
// focus, a question of keywords' topics, an English measure's glossary name or the topic before a
// colon). Read by the direct line (direct.ts). Pure.
import type { FigureAsk } from '../plan/facts.js';
import type { Concept } from '../understand/question.js';
import { saidIn } from '../understand/concepts.js';
import { englishWords } from '../understand/english.js';
import { figureAsked } from '../understand/figure.js';
import { measureConcepts } from './measure-words.js';
import { namesAMeasure, type FromContext } from './measure-match.js';

/** What is read of a figure question here. */
export interface AskedQuestion {
  figure: FigureAsk | null;
  concepts: readonly Concept[];
  text?: string;
  language?: string;
}

/** Words that only mark a topic (天网这块, 学校方面): what is left of a clause of topic words. */
const TOPIC_MARKS = /这块|这边|那边|这方面|方面|的话|呢|啊|吧|呀/g;

/**
 * A clause before the one that asks which holds only the question's words (0-3岁托位 每千人 2025年目标多少个,
 * 托位，每千人几个) is its topic, not a story told before it: its words name the measure as much as those in
 * focus do.
 */
function topicsInFocus(concepts: readonly Concept[], asking: string): Concept[] {
  const clauses = asking.split(/[，,、\s]+/).filter(Boolean).slice(0, -1);
  const isTopic = (clause: string) => {
    const said = concepts.filter((c) => clause.includes(c.word));
    const rest = said.reduce((t, c) => t.split(c.word).join(''), clause).replace(TOPIC_MARKS, '');
    return said.length > 0 && !/[\p{Script=Han}A-Za-z]/u.test(rest);
  };
  // Only a question made of such words alone: a clause telling more (名校长工程，…) keeps its words in context.
  if (!clauses.length || !clauses.every(isTopic)) return [...concepts];
  return concepts.map((c) => (!c.inFocus && clauses.some((clause) => clause.includes(c.word)) ? { ...c, inFocus: true } : c));
}

/** A sentence asking for a figure (多少, 几, 百分之几, how many, what). */
const ASKS_FIGURE = /多少|几|百分之|what|how|which/i;

/**
 * The sentence that asks: of several questions, the last that asks for a figure (吉安空气这几年变好了多少？
 * 十三五PM2.5平均浓度累计下降了百分之几; not 十四五目标 in 社零额每年增长多少才算达标？十四五目标).
 */
function askingSentence(text: string): string {
  const last = text.split(/[。！!；;：:]/).map((t) => t.trim()).filter(Boolean).at(-1) ?? '';
  return last.split(/[？?]/).map((t) => t.trim()).filter((t) => ASKS_FIGURE.test(t)).at(-1) ?? last;
}

/**
 * What kind of figure is asked: the asking sentence's, when a question before it asks another kind
 * (农村污水处理率啥时候能上去？2025年目标是多少: an amount, not a date).
 */
export function askedKind(question: AskedQuestion): FigureAsk | null {
  const text = (question.text ?? '').trim();
  const asking = askingSentence(text);
  const own = asking && asking !== text.replace(/[？?。！!\s]+$/u, '') ? figureAsked(asking) : null;
  if (!own || !question.figure) return question.figure;
  return { ...own, ...(question.figure.year ? { year: question.figure.year } : {}) };
}

/**
 * The concepts of the sentence that asks (规划里到2025年每一千个人能摊到几个医生？), not of what is told
 * before it (老家县医院总是排长队。退休老头问一句：): the measure is named where the figure is asked for.
 */
export function askingConcepts(question: AskedQuestion): readonly Concept[] {
  return askingConceptsOf({ ...question, concepts: withoutAskingWords(question.concepts, question.text ?? '') });
}

/** The asking words 多少 and 几, with what they ask of (多少年, 几年). */
const ASKING_WORD = /多少|几/g;

/**
 * The concepts without a word cut across an asking word (少年 of 多少年: the years asked, no youth): one
 * the question says nowhere else names no measure. (A word holding the asking word whole, 活多少岁, is the thesaurus's.)
 */
export function withoutAskingWords(concepts: readonly Concept[], text: string): readonly Concept[] {
  const asking = [...text.matchAll(ASKING_WORD)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const cutAcross = (at: number, end: number) => asking.some(([a, b]) => at < b && end > a && !(at <= a && end >= b));
  return concepts.filter((c) => {
    const at = [...text.matchAll(new RegExp(c.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index!);
    return !at.length || at.some((i) => !cutAcross(i, i + c.word.length));
  });
}

function askingConceptsOf(question: AskedQuestion): readonly Concept[] {
  const asking = askingSentence(question.text ?? '');
  // (Said whatever the marks between the words, "High-tech Zone" says "high tech zone", and in British
  // spelling: an English concept is the dictionary's spelling of the question's words, "urbanisation rate".)
  const askingWords = englishWords(asking).join(' ');
  const inAsking = question.concepts.filter((c) => saidIn(asking, c.word) || saidIn(askingWords, c.word));
  // (An asking sentence naming no measure, 2025年目标是多少, asks the figure of the one named before it.)
  const concepts = topicsInFocus(namesAMeasure(inAsking.map((c) => ({ ...c, inFocus: true }))) ? inAsking : question.concepts, asking);
  // An English question may put its measure as a topic before a colon ("EV charging piles: how many
  // …?"): when the clause that asks names none, the topic's words are the measure's.
  const topic = question.language === 'en' ? (question.text ?? '').match(/^([^:：?]{2,60})[:：]/)?.[1]?.toLowerCase() ?? '' : '';
  if (topic && !namesAMeasure(concepts)) {
    return concepts.map((c): FromContext => (topic.includes(c.word.toLowerCase()) ? { ...c, inFocus: true, fromContext: !c.inFocus } : c));
  }
  // A plan measure's English name (labour productivity) said in the sentence that asks names the measure,
  // where the clause in focus names one only through a dictionary's glosses (per worker … what was it?).
  if (question.language === 'en' && !measureConcepts(concepts).some((c) => c.curated) && concepts.some((c) => c.curated && !c.inFocus && namesAMeasure([{ ...c, inFocus: true }]))) {
    return concepts.map((c): FromContext => (c.curated && !c.inFocus ? { ...c, inFocus: true, fromContext: true } : c));
  }
  // When the words in focus name no measure ("How many doctors per 1,000 people": people only), the
  // measure is among the others: they are matched, each one a quote says required (FromContext).
  const all = concepts.map((c): FromContext => ({ ...c, inFocus: true, fromContext: !c.inFocus }));
  if (!namesAMeasure(concepts) && namesAMeasure(all)) return all;
  return concepts;
}
