// Reading labelled question files (JSON Lines in the format of ../shared/eval/dev.jsonl), each
// question tagged with its half of the fixed split (split.ts; own files: their listing, listing.ts).
import { readFileSync } from 'node:fs';
import type { Outcome } from '../answer/answer.js';
import type { EvalQuestion } from './score.js';
import { halfOf, type Half } from './split.js';
import { halfRuleFor } from './listing.js';

export type LabelledQuestion = EvalQuestion & { half: Half; file: string };

/** Every labelled question set the project tunes and reports on. */
export const LABELLED_FILES = [
  '../shared/eval/dev.jsonl',
  '../shared/eval/everyday.jsonl',
  'test/fixtures/everyday-own.jsonl',
  'test/fixtures/everyday-own-2.jsonl',
  'test/fixtures/everyday-own-3.jsonl',
  'test/fixtures/everyday-own-4.jsonl',
  'test/fixtures/everyday-own-5.jsonl',
  'test/fixtures/everyday-own-6.jsonl',
  'test/fixtures/everyday-own-7.jsonl',
  'test/fixtures/everyday-own-8.jsonl',
  'test/fixtures/everyday-own-9.jsonl',
  'test/fixtures/everyday-own-10.jsonl',
  'test/fixtures/everyday-own-11.jsonl',
  'test/fixtures/everyday-own-12.jsonl',
  'test/fixtures/everyday-own-13.jsonl',
  'test/fixtures/everyday-own-14.jsonl',
  'test/fixtures/everyday-own-15.jsonl',
  'test/fixtures/everyday-own-16.jsonl',
  'test/fixtures/everyday-own-17.jsonl',
  'test/fixtures/everyday-own-18.jsonl',
  'test/fixtures/everyday-own-19.jsonl',
  'test/fixtures/everyday-own-20.jsonl',
  'test/fixtures/everyday-own-21.jsonl',
  'test/fixtures/everyday-own-22.jsonl',
  'test/fixtures/everyday-own-23.jsonl',
  'test/fixtures/everyday-own-24.jsonl',
  'test/fixtures/everyday-own-25.jsonl',
  'test/fixtures/everyday-own-26.jsonl',
  'test/fixtures/everyday-own-27.jsonl',
  'test/fixtures/everyday-own-28.jsonl',
  'test/fixtures/written-questions.jsonl',
];

export function readQuestions(file: string): LabelledQuestion[] {
  const rule = halfRuleFor(file);
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    let q: EvalQuestion;
    try {
      q = JSON.parse(line) as EvalQuestion;
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not a JSON question (${(err as Error).message})`);
    }
    if (typeof q.id !== 'string' || typeof q.question !== 'string' || !Array.isArray(q.evidence)) {
      throw new Error(`${file}:${i + 1}: a question needs "id", "question" and "evidence" (see ../shared/README.md)`);
    }
    return [{ ...q, half: halfOf(q.id, rule), file }];
  });
}

/**
 * The outcome a good answer has: the question's own `expect` when it has one; answered when it has
 * evidence; otherwise not covered when its reference answer says the plan does not touch the topic
 * ("没有涉及", another city's plan, or no answer text) and related when it says what the plan does say.
 */
export function expectedOutcome(q: EvalQuestion & { answer?: string }): Outcome {
  if (q.expect) return q.expect;
  if (q.evidence.length) return 'answered';
  const said = q.answer ?? '';
  return !said || /没有涉及|本规划是吉安市的规划/.test(said) ? 'not_covered' : 'related';
}
