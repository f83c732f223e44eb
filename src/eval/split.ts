// The fixed rule that splits labelled questions into a tuning half and a held-out half: the first
// byte of sha256(id) — even → tuning, odd → held-out. Everything tuned (thesaurus weights, fusion
// weights, the judge) is chosen on the tuning half only; figures are reported for both halves.
// The project's own files (test/fixtures/) say in their listing, test/fixtures/questions.json, which
// half they belong to and why (listing.ts): all tuning, split by id like the shared sets, or all held out.
import { createHash } from 'node:crypto';

export type Half = 'tuning' | 'heldout';

/** How a file's questions are split: all tuning, by id (the shared sets' rule), or all held out. */
export type HalfRule = 'tuning' | 'by-id' | 'heldout';

export function halfOf(id: string, rule: HalfRule = 'by-id'): Half {
  if (rule !== 'by-id') return rule;
  return (createHash('sha256').update(id).digest()[0]! & 1) === 0 ? 'tuning' : 'heldout';
}
