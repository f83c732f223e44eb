// The types the claim check's files share (compare.ts re-exports them): the parts of a claim compared
// with the plan, a part that differs, with both wordings, and the plan sentence compared with.

export type PartName = 'figure' | 'year' | 'place' | 'commitment' | 'level' | 'direction' | 'wording' | 'pairing';

export interface Differ {
  what: PartName;
  claim: string;
  plan: string;
}

/** The plan side: the sentence, the text of its paragraph before it, and where it stands. */
export interface PlanSentence {
  text: string;
  before: string;
  /** Heading trail and table labels. */
  context: string;
  /** In the review of the previous plan (第一章 发展基础): a result, not a target. */
  past: boolean;
  /** The whole paragraph: where a claimed figure the sentence does not give is looked for last (its next sentence gives the target). */
  paragraph?: string;
}
