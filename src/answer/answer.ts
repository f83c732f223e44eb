// answerQuestion: question → retrieved passages → verbatim quotes with citations, or a refusal that
// names the closest sections instead of quoting weak matches.
import type { Chunk } from '../chunk/chunk.js';
import type { BlockKind, TableCell } from '../plan/types.js';
import type { Hit, RetrieveOptions, SearchPorts } from '../search/retrieve.js';
import { DEFAULT_RETRIEVE_OPTIONS, retrieve } from '../search/retrieve.js';
import { tokenize } from '../search/tokenize.js';
import { PROBLEM_MESSAGES, type QuestionProblem } from '../understand/clean.js';
import { understand, type ParsedQuestion, type QuestionVocabulary } from '../understand/question.js';
import { cite, type Citation } from './citation.js';
import { coverage, quotePassage } from './quote.js';
import { isVerbatim } from './verbatim.js';

export interface AnswerItem {
  text: string;
  citation: Citation;
  score: number;
  kind: BlockKind;
  chunkId: string;
  /** Table rows: every column labelled. */
  columns?: TableCell[];
  group?: string | null;
}

/**
 * answered: quotes that answer; related: the plan touches the topic but does not answer (the closest
 * passages are shown under that heading); not_covered: nothing relevant (sections suggested instead).
 */
export type Outcome = 'answered' | 'related' | 'not_covered';

/** Why a question was not answered, as a code; messages live in REASON_MESSAGES. */
export type ReasonCode = 'place_elsewhere' | 'topic_absent' | 'low_evidence';

export interface Answer {
  question: string;
  outcome: Outcome;
  /** outcome !== 'answered'. */
  refused: boolean;
  /** Why the outcome is not 'answered'. */
  reason?: { code: ReasonCode; message: string };
  /** One line leading with the figure asked for, composed only from quoted text; null otherwise. */
  direct: string | null;
  /** Why nothing was searched (empty input…), shown instead of answers. */
  problem?: { code: QuestionProblem; message: string };
  notices: string[];
  answers: AnswerItem[];
  /** On refusal: the nearest sections, to browse instead. */
  suggestions: Citation[];
  confidence: number;
}

export const REASON_MESSAGES: Record<ReasonCode, string> = {
  place_elsewhere: '本规划是吉安市的规划，不涉及其他地方的安排。',
  topic_absent: '规划中没有涉及这个话题。',
  low_evidence: '规划中没有直接回答这个问题的内容。',
};

export interface AnswerSettings {
  retrieve: RetrieveOptions;
  /** Below this confidence the question is refused. */
  refuseBelow: number;
  maxAnswers: number;
}

export const DEFAULT_ANSWER_SETTINGS: AnswerSettings = {
  retrieve: DEFAULT_RETRIEVE_OPTIONS,
  refuseBelow: 0.25,
  maxAnswers: 10,
};

export interface AnswerPorts extends SearchPorts {
  /** What understanding a question reads: thesaurus, glossary, dictionary, places, the plan's words. */
  vocabulary: QuestionVocabulary;
  planText: string;
  /** Where each plan block lies in planText: quotes are chosen from a chunk's whole block. */
  blockSpans: readonly (readonly [number, number])[];
  /** Inverse document frequency of a token over the chunks. */
  idf: (token: string) => number;
}

/** Query token → weight (idf × the token's weight in the question). */
export function queryWeights(q: ParsedQuestion, idf: (t: string) => number): Map<string, number> {
  return new Map([...q.weights].map(([t, w]) => [t, idf(t) * w]));
}

/**
 * Weights for choosing the quote within a passage: what the headings above it already say (the
 * citation carries them) counts for less than what only the passage's sentences can say.
 */
export function quoteWeights(weights: ReadonlyMap<string, number>, chunk: Chunk): Map<string, number> {
  const headings = new Set(tokenize(chunk.path.map((h) => h.title).join(' ')));
  return new Map([...weights].map(([t, w]) => [t, headings.has(t) ? w * 0.3 : w]));
}

function toItem(hit: Hit, weights: Map<string, number>, ports: AnswerPorts): AnswerItem | null {
  const c: Chunk = hit.passage;
  const span = ports.blockSpans[c.block];
  if (!span) throw new Error(`chunk ${c.id} names block ${c.block}, which the plan does not have`);
  const [blockStart, blockEnd] = span;
  const block = ports.planText.slice(blockStart, blockEnd);
  const matched = hit.bestSentence === null ? c.span : ports.sentences[hit.bestSentence]?.span ?? c.span;
  const focus = { start: matched[0] - blockStart, end: matched[1] - blockStart };
  const quote = c.kind === 'table_row' ? { text: c.text } : quotePassage(block, quoteWeights(weights, c), undefined, focus);
  if (!isVerbatim(quote.text, ports.planText)) return null;
  return {
    text: quote.text,
    citation: cite(c.path, c.page, c.footnote?.marker),
    score: Number(hit.score.toFixed(4)),
    kind: c.kind,
    chunkId: c.id,
    ...(c.table ? { columns: c.table.cells, group: c.table.group } : {}),
  };
}

/** Confidence in [0, 1]: how much of the question the best passage covers, and how close it is. */
export function confidenceOf(hits: Hit[], weights: Map<string, number>): number {
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  let best = 0;
  for (const h of hits.slice(0, 3)) {
    const lexical = coverage(`${h.passage.context} ${h.passage.text}`, weights) / total;
    const dense = h.passageSimilarity ?? lexical;
    best = Math.max(best, 0.5 * lexical + 0.5 * dense);
  }
  return Number(best.toFixed(4));
}

function suggestionsOf(hits: Hit[]): Citation[] {
  const seen = new Set<string>();
  return hits
    .map((h) => cite(h.passage.path, h.passage.page))
    .filter((c) => !seen.has(c.label) && seen.add(c.label))
    .slice(0, 3);
}

const notAnswered = (code: ReasonCode) => ({ outcome: 'not_covered' as const, refused: true, reason: { code, message: REASON_MESSAGES[code] } });

/** understand → retrieve → judge → quote. */
export async function answerQuestion(
  raw: string,
  ports: AnswerPorts,
  settings: AnswerSettings = DEFAULT_ANSWER_SETTINGS,
): Promise<Answer> {
  const q = understand(raw, ports.vocabulary);
  const base = { question: q.text, notices: q.notices, answers: [], suggestions: [], confidence: 0, direct: null };
  if (q.problem) {
    return { ...base, outcome: 'not_covered', refused: true, problem: { code: q.problem, message: PROBLEM_MESSAGES[q.problem] } };
  }
  const hits = await retrieve(q, ports, { ...settings.retrieve, k: settings.maxAnswers });
  const weights = queryWeights(q, ports.idf);
  const confidence = q.placeElsewhere ? 0 : confidenceOf(hits, weights);
  if (q.placeElsewhere) {
    const { name, inPlan } = q.placeElsewhere;
    base.notices.push(inPlan
      ? `本规划是吉安市的规划，只在谈到吉安时提及“${name}”，没有它自己的目标和安排。`
      : `本规划是吉安市的规划，没有关于“${name}”的内容。`);
  }
  if (!hits.length || confidence < settings.refuseBelow) {
    return { ...base, ...notAnswered(q.placeElsewhere ? 'place_elsewhere' : 'low_evidence'), suggestions: suggestionsOf(hits), confidence };
  }
  const answers = hits.map((h) => toItem(h, weights, ports)).filter((a): a is AnswerItem => a !== null);
  if (!answers.length) return { ...base, ...notAnswered('low_evidence'), confidence };
  return { ...base, outcome: 'answered', refused: false, answers, confidence };
}
