// The verbatim check every quote passes before it is returned.

/** True when the quote is a non-empty substring of the normalised plan. */
export function isVerbatim(quote: string, planText: string): boolean {
  return quote.trim().length > 0 && planText.includes(quote);
}
