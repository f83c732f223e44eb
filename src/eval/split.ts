// The fixed rule that splits labelled questions into a tuning half and a held-out half: the first
// byte of sha256(id) — even → tuning, odd → held-out. Everything tuned (thesaurus weights, fusion
// weights, the judge) is chosen on the tuning half only; figures are reported for both halves.
// Questions written for this project (test/fixtures/*.jsonl) all belong to the tuning half.
import { createHash } from 'node:crypto';

export type Half = 'tuning' | 'heldout';

/** Files whose questions were written for this project: always tuning. */
export const OWN_QUESTION_FILES = /test\/fixtures\/[^/]+\.jsonl$/;

export function halfOf(id: string, file = ''): Half {
  if (OWN_QUESTION_FILES.test(file.replace(/\\/g, '/'))) return 'tuning';
  return (createHash('sha256').update(id).digest()[0]! & 1) === 0 ? 'tuning' : 'heldout';
}
