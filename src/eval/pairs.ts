// Paraphrase pairs: two questions with the same meaning in different words (JSON Lines with `id`, `a`,
// `b`; optional `lang`, `change`, `answerable`, `note`), which must get the same outcome. Reading the
// lines and scoring the outcomes are pure; answering them is the caller's.
import type { Outcome } from '../answer/answer.js';

export interface ParaphrasePair {
  id: string;
  a: string;
  b: string;
  lang?: string;
  /** What differs between the two: synonym, noise, place-alias, politeness, script, order, … */
  change?: string;
  answerable?: boolean;
  note?: string;
}

export interface PairOutcome {
  pair: ParaphrasePair;
  a: Outcome;
  b: Outcome;
}

/** The pairs of a JSON Lines text; throws on a line that is not one, naming it. */
export function parsePairs(text: string, file = 'pairs'): ParaphrasePair[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const p = JSON.parse(line) as ParaphrasePair;
    if (typeof p.id !== 'string' || typeof p.a !== 'string' || typeof p.b !== 'string') {
      throw new Error(`${file}:${i + 1}: a paraphrase pair needs "id", "a" and "b"`);
    }
    return [p];
  });
}

/** Whether a JSON Lines text holds paraphrase pairs (its first line has `a` and `b`, no `question`). */
export function holdsPairs(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim());
  if (!first) return false;
  try {
    const o = JSON.parse(first) as Record<string, unknown>;
    return typeof o.a === 'string' && typeof o.b === 'string' && !('question' in o);
  } catch {
    return false;
  }
}

export interface PairAgreement {
  pairs: number;
  same: number;
  /** same / pairs (0 for no pairs). */
  rate: number;
  /** The pairs whose two sides got different outcomes. */
  differing: PairOutcome[];
  /** Per kind of change: same of pairs. */
  byChange: Record<string, { pairs: number; same: number }>;
}

export function pairAgreement(results: readonly PairOutcome[]): PairAgreement {
  const differing = results.filter((r) => r.a !== r.b);
  const byChange: PairAgreement['byChange'] = {};
  for (const r of results) {
    const c = (byChange[r.pair.change ?? '-'] ??= { pairs: 0, same: 0 });
    c.pairs++;
    if (r.a === r.b) c.same++;
  }
  const same = results.length - differing.length;
  return { pairs: results.length, same, rate: results.length ? same / results.length : 0, differing, byChange };
}

/** One line per differing pair, for a test's message or the eval's --verbose. */
export const describeDiffering = (d: PairOutcome): string => `${d.pair.id} [${d.pair.change ?? '-'}] ${d.a} «${d.pair.a}» vs ${d.b} «${d.pair.b}»`;
