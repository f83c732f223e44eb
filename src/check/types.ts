// The types the claim check's files share (compare.ts re-exports them): the parts of a claim compared
// with the plan, and a part that differs, with both wordings.

export type PartName = 'figure' | 'year' | 'place' | 'commitment' | 'level' | 'direction';

export interface Differ {
  what: PartName;
  claim: string;
  plan: string;
}
