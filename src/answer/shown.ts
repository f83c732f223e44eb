// How many quotes an answer shows: as many as answer. The first always; then, of the next four, those
// whose score clears a bar relative to the first's (QUOTE_BAR), so an answer shows one to five quotes
// rather than always five with the last ones off topic. Pure.

/** The most quotes an answer shows. */
export const MAX_QUOTES = 5;

/**
 * A quote is shown when its score is at least this share of the first quote's. Chosen on the tuning
 * half (npx tsx scripts/quote-bar.ts; LABELLED_FILES, 4,218 tuning questions): of the right quotes found
 * at ranks 2–5 there (117), the lowest stood at 0.46 of the first's score; the bar keeps all of them
 * with a tenth to spare (0.46 × 0.9 ≈ 0.4). Tuning: hit@5 97.9 → 97.9 %, quotes shown 5 → 3.37 on
 * average (five in 36.8 % of answers, was 100 %).
 */
export const QUOTE_BAR = 0.4;

/** The quotes shown, in the order given: the first, and each of the next up to MAX_QUOTES clearing the bar. */
export function shownQuotes<T extends { score: number }>(quotes: readonly T[], bar = QUOTE_BAR): T[] {
  const first = quotes[0];
  if (!first) return [];
  return quotes.slice(0, MAX_QUOTES).filter((q, i) => i === 0 || q.score >= bar * first.score);
}
