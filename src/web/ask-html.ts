// The reader's ask page: a question box whose answers come from GET /api/ask and are shown as the bot
// shows them (outcome, the figure line, quotes with their citation and link). The page itself is
// static; reader.js does the asking, so the Content Security Policy needs no inline script. Pure.
import type { PlanDocument } from '../plan/types.js';
import { documentShell } from './html.js';

/** Longest question the ask page and /api/ask accept (characters). */
export const MAX_QUESTION_CHARS = 200;

export function renderAskPage(plan: PlanDocument): string {
  const body = `<h1>向规划提问 <span lang="en">Ask the plan</span></h1>
<p class="lead">回答只引用规划原文；每条引文都链接到它在规划中的位置。</p>
<form id="ask" class="ask" action="ask.html" method="get" role="search">
<label for="q">问题 / Question</label>
<div class="ask-row"><input id="q" name="q" type="search" maxlength="${MAX_QUESTION_CHARS}" required autocomplete="off" placeholder="例如：研发经费支出2025年目标是多少？"><button type="submit">提问</button></div>
</form>
<div id="answer" class="answer" aria-live="polite"></div>`;
  return documentShell({ title: `提问 — ${plan.title}`, planTitle: plan.title, body });
}
