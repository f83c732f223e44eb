// The question files a fit reads, as the fitted manifest records them: each file's sha256, how many
// questions it holds and how many of them are on the tuning half (the half every fit reads).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { QuestionFileRecord } from '../adapters/fitted-files.js';
import { LABELLED_FILES, readQuestions } from '../eval/questions.js';

export function questionFileRecords(files: readonly string[] = LABELLED_FILES): QuestionFileRecord[] {
  return files.map((file) => {
    const questions = readQuestions(file);
    return {
      file,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      questions: questions.length,
      tuning: questions.filter((q) => q.half === 'tuning').length,
    };
  });
}
