// Every citation's page lies within the pages its deepest 篇/章/节 covers in the table of contents,
// over answers to the dev set, the everyday questions and this project's own question sets (lexical
// answers: no model needed).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import type { Citation } from '../src/answer/citation.js';
import { parseHeading } from '../src/plan/headings.js';
import { enterHeading, OUTSIDE_ANY_HEADING, pageWithin, scopeKey } from '../src/plan/toc.js';
import type { TocEntry } from '../src/plan/types.js';
import { lexicalAnswerPorts, plan, settings } from './helpers.js';

const questionsIn = (url: URL) =>
  readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; question: string });

const SHARED = {
  dev: new URL('../../shared/eval/dev.jsonl', import.meta.url),
  everyday: new URL('../../shared/eval/everyday.jsonl', import.meta.url),
};
// The shared sets sit beside the checkout (../shared) in CI; a clone without them checks the
// project's own sets only — except with CI=true, where a missing set fails loudly.
const sharedHere = existsSync(SHARED.dev) || process.env.CI === 'true';
if (!sharedHere) console.warn('citations test: ../shared/eval not found, checking the project\'s own question sets only');
const FILES = {
  ...(sharedHere ? SHARED : {}),
  written: new URL('./fixtures/written-questions.jsonl', import.meta.url),
  own: new URL('./fixtures/everyday-own.jsonl', import.meta.url),
  own2: new URL('./fixtures/everyday-own-2.jsonl', import.meta.url),
  own3: new URL('./fixtures/everyday-own-3.jsonl', import.meta.url),
  own4: new URL('./fixtures/everyday-own-4.jsonl', import.meta.url),
  own5: new URL('./fixtures/everyday-own-5.jsonl', import.meta.url),
  own6: new URL('./fixtures/everyday-own-6.jsonl', import.meta.url),
  own7: new URL('./fixtures/everyday-own-7.jsonl', import.meta.url),
  own8: new URL('./fixtures/everyday-own-8.jsonl', import.meta.url),
  own9: new URL('./fixtures/everyday-own-9.jsonl', import.meta.url),
  own10: new URL('./fixtures/everyday-own-10.jsonl', import.meta.url),
  own11: new URL('./fixtures/everyday-own-11.jsonl', import.meta.url),
  own12: new URL('./fixtures/everyday-own-12.jsonl', import.meta.url),
  own13: new URL('./fixtures/everyday-own-13.jsonl', import.meta.url),
  own14: new URL('./fixtures/everyday-own-14.jsonl', import.meta.url),
  own15: new URL('./fixtures/everyday-own-15.jsonl', import.meta.url),
  own16: new URL('./fixtures/everyday-own-16.jsonl', import.meta.url),
  own17: new URL('./fixtures/everyday-own-17.jsonl', import.meta.url),
  own18: new URL('./fixtures/everyday-own-18.jsonl', import.meta.url),
  own19: new URL('./fixtures/everyday-own-19.jsonl', import.meta.url),
  own20: new URL('./fixtures/everyday-own-20.jsonl', import.meta.url),
  own21: new URL('./fixtures/everyday-own-21.jsonl', import.meta.url),
  own22: new URL('./fixtures/everyday-own-22.jsonl', import.meta.url),
  own23: new URL('./fixtures/everyday-own-23.jsonl', import.meta.url),
  own24: new URL('./fixtures/everyday-own-24.jsonl', import.meta.url),
  own25: new URL('./fixtures/everyday-own-25.jsonl', import.meta.url),
  own26: new URL('./fixtures/everyday-own-26.jsonl', import.meta.url),
  own27: new URL('./fixtures/everyday-own-27.jsonl', import.meta.url),
  own28: new URL('./fixtures/everyday-own-28.jsonl', import.meta.url),
};

const byKey = new Map(plan.toc.map((e) => [e.key, e]));

/** The TOC entry of a citation's deepest 篇/章/节, read from its labels alone; null for the preface. */
function deepestEntry(citation: Citation): TocEntry | null {
  let scope = OUTSIDE_ANY_HEADING;
  for (const label of citation.path) {
    const h = parseHeading(label);
    if (h) scope = enterHeading(scope, h);
  }
  return byKey.get(scopeKey(scope)) ?? null;
}

describe.each(Object.entries(FILES))('citations in answers to %s', (_name, file) => {
  const questions = questionsIn(file);
  const ports = lexicalAnswerPorts();

  it(`every citation's page lies within its deepest heading's pages (${questions.length} questions)`, async () => {
    const checked: string[] = [];
    for (const q of questions) {
      const a = await answerQuestion(q.question, ports, settings);
      for (const c of [...a.answers.map((x) => x.citation), ...a.suggestions]) {
        const entry = deepestEntry(c);
        const where = `${q.id}: ${c.label}`;
        if (entry) expect(c.page !== null && pageWithin(c.page, entry), `${where} — TOC ${entry.page}–${entry.endPage}`).toBe(true);
        else expect(c.path, where).toEqual(['序言']);
        expect(c.label, where).toContain(`（第${c.page}页起）`);
        checked.push(where);
      }
    }
    expect(checked.length).toBeGreaterThan(questions.length);
  });
});
