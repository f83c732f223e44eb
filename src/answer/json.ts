// The one JSON shape of an answer (ask --json, ask --batch, eval, GET /api/ask), and of a pasted claim's check: how answer quality is
// checked. With links, every quote's citation carries the url that opens it in the web reader.
import type { Answer, AnswerItem } from './answer.js';
import type { Citation } from './citation.js';
import type { PastedCheck } from '../check/paragraph.js';
import { pastedJson } from '../check/render.js';

export function answerJson(a: Answer, id?: string, links?: (item: AnswerItem) => string | null) {
  return {
    ...(id !== undefined ? { id } : {}),
    question: a.question,
    outcome: a.outcome,
    refused: a.refused,
    direct: a.direct,
    ...(a.reason ? { reason: a.reason.code } : {}),
    answers: a.answers.slice(0, 10).map((x) => ({
      text: x.text,
      citation: (links ? { ...x.citation, url: links(x) } : x.citation) as Citation & { url?: string | null },
      score: x.score,
      kind: x.kind,
      ...(x.columns ? { columns: x.columns } : {}),
    })),
    ...(a.refused ? { suggestions: a.suggestions } : {}),
    ...(a.problem ? { problem: a.problem.message } : {}),
    notices: a.notices,
    confidence: a.confidence,
  };
}

/**
 * A pasted claim in the same shape (ask --json, ask --batch): `form: "claim"`, the check in `claim`
 * ({verdict: supported | contradicted | partly | not_in_plan, line, differs: [{what, claim, plan}]…}),
 * its quotes as `answers` (for a paragraph, each sentence's leading quote).
 */
export function checkAnswerJson(p: PastedCheck, id?: string, links?: (item: AnswerItem) => string | null) {
  const quotes = p.checks.length === 1 ? p.checks[0]!.quotes : p.checks.flatMap((c) => c.quotes.slice(0, 1));
  return {
    ...(id !== undefined ? { id } : {}),
    question: p.text,
    form: 'claim' as const,
    claim: pastedJson(p),
    answers: quotes.slice(0, 10).map((x) => ({
      text: x.text,
      citation: (links ? { ...x.citation, url: links(x) } : x.citation) as Citation & { url?: string | null },
      score: x.score,
      kind: x.kind,
      ...(x.columns ? { columns: x.columns } : {}),
    })),
  };
}
