// The one JSON shape of an answer (ask --json, ask --batch, eval, GET /api/ask): how answer quality is
// checked. With links, every quote's citation carries the url that opens it in the web reader.
import type { Answer, AnswerItem } from './answer.js';
import type { Citation } from './citation.js';

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
