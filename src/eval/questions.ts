// Reading labelled question files (JSON Lines in the format of ../shared/eval/dev.jsonl), each
// question tagged with its half of the fixed split (split.ts).
import { readFileSync } from 'node:fs';
import type { EvalQuestion } from './score.js';
import { halfOf, type Half } from './split.js';

export type LabelledQuestion = EvalQuestion & { half: Half; file: string };

/** Every labelled question set the project tunes and reports on. */
export const LABELLED_FILES = [
  '../shared/eval/dev.jsonl',
  '../shared/eval/everyday.jsonl',
  'test/fixtures/everyday-own.jsonl',
  'test/fixtures/written-questions.jsonl',
];

export function readQuestions(file: string): LabelledQuestion[] {
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
    return [{ ...q, half: halfOf(q.id, file), file }];
  });
}
