// Answering one question wherever it was asked (/ask, a mention, an ask channel, a thread): ask the
// engine, keep the answer for its buttons and votes, write the question log if it is on, and build the
// reply with its buttons. The answer's id is the id of the interaction or message that asked. A pasted
// claim (understanding reads the form: src/understand/form.ts) is checked against the plan instead, or
// when /check asks for it: the verdict line above the quotes, with the reader's links (no paging or
// votes: a check is not kept).
import type { Answer } from '../answer/answer.js';
import type { QuestionSource, StoredAnswer } from '../state/store.js';
import { answerRows, planLinkRow } from './buttons.js';
import type { BotServices, Reply } from './context.js';
import { languageOf } from '../answer/outcome-labels.js';
import { pageCount, PER_PAGE, renderAnswer } from './render-answer.js';
import { renderCheck, shownQuotes } from './render-check.js';
import type { PlanLinks } from '../web/plan-links.js';

export interface Asked {
  /** The interaction or message id: the answer's id. */
  id: string;
  /** The question to answer (a follow-up already combined). */
  question: string;
  /** What the user typed, when it differs. */
  typed?: string;
  source: QuestionSource;
  guildId: string | null;
}

function stored(asked: Asked, answer: Answer, at: Date): StoredAnswer {
  return {
    id: asked.id, at: at.toISOString(), source: asked.source, question: answer.question, outcome: answer.outcome,
    lang: answer.language, chunkIds: answer.answers.map((x) => x.chunkId), answer,
  };
}

export async function answerAndRecord(asked: Asked, s: BotServices): Promise<Answer> {
  const started = Date.now();
  const answer = await s.ask(asked.question);
  const at = s.now();
  if (!answer.problem) await s.store.saveAnswer(stored(asked, answer, at));
  if (s.questionLog && !answer.problem) {
    await s.store.logQuestion({
      at: at.toISOString(), source: asked.source, guildId: asked.guildId, question: answer.question,
      typed: asked.typed && asked.typed !== answer.question ? asked.typed : null, outcome: answer.outcome,
      reason: answer.reason?.code ?? null, confidence: answer.confidence,
    });
  }
  s.log.info({ source: asked.source, ms: Date.now() - started, outcome: answer.outcome, quotes: answer.answers.length }, 'question');
  return answer;
}

/** One page of a stored answer, with its buttons (none for a question that could not be searched). */
export function answerReply(answerId: string, answer: Answer, page: number, s: BotServices, typed?: string): Reply {
  const payloads = renderAnswer(answer, { page, footnotes: s.footnotes, typed });
  if (answer.problem) return { payloads };
  const quotes = answer.outcome !== 'not_covered' && answer.answers.length > 0;
  const rows = answerRows(answerId, quotes ? { page, pages: pageCount(answer), firstItem: page * PER_PAGE } : null);
  const links = quotes && s.planLinks ? quoteLinks(answer, page, s.planLinks) : [];
  return { payloads, components: links.length ? [planLinkRow(links, answer.language), ...rows] : rows };
}

/** The reader links of the quotes on this page, numbered as they are shown. */
function quoteLinks(answer: Answer, page: number, links: PlanLinks): { n: number; url: string }[] {
  const first = page * PER_PAGE;
  return answer.answers.slice(first, first + PER_PAGE).flatMap((item, i) => {
    const url = links.quote(item);
    return url ? [{ n: first + i + 1, url }] : [];
  });
}

/** Checks a claim and builds its reply: the verdict line above the quotes, the reader links of the quotes shown. */
export async function checkReply(asked: Asked, s: BotServices): Promise<Reply> {
  const started = Date.now();
  const checked = await s.check(asked.question);
  s.log.info({ source: asked.source, ms: Date.now() - started, verdict: checked.verdict, sentences: checked.checks.length }, 'claim checked');
  const payloads = renderCheck(checked, s.footnotes);
  const links = s.planLinks
    ? shownQuotes(checked).flatMap((q) => {
      const url = s.planLinks!.quote(q.item);
      return url ? [{ n: q.n, url }] : [];
    })
    : [];
  return { payloads, components: links.length ? [planLinkRow(links.slice(0, 5), languageOf(checked.text))] : [] };
}

/** What a question or a pasted claim gets: a claim its check, a question its answer (kept for its buttons). */
export async function respond(asked: Asked, s: BotServices): Promise<{ reply: Reply; answer: Answer | null }> {
  if (s.formOf(asked.question) === 'claim') return { reply: await checkReply(asked, s), answer: null };
  const answer = await answerAndRecord(asked, s);
  return { reply: answerReply(asked.id, answer, 0, s, asked.typed), answer };
}
