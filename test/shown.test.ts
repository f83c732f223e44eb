import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { answerJson } from '../src/answer/json.js';
import { renderAnswerText } from '../src/answer/render-text.js';
import { MAX_QUOTES, QUOTE_BAR, shownQuotes } from '../src/answer/shown.js';
import { withBar, type QuoteBarRow } from '../src/eval/quote-bar.js';
import { lexicalAnswerPorts, settings } from './helpers.js';

const scored = (...scores: number[]) => scores.map((score) => ({ score }));

describe('shownQuotes: as many quotes as answer', () => {
  it('the first always; the next four while they clear the bar relative to the first; never more than five', () => {
    expect(shownQuotes(scored(1, 0.9, 0.5, 0.85, 0.2, 0.95, 1), 0.8).map((q) => q.score)).toEqual([1, 0.9, 0.85]);
    expect(shownQuotes(scored(1, 0.1), 0.8)).toHaveLength(1);
    expect(shownQuotes(scored(...Array(10).fill(1)), 0.8)).toHaveLength(MAX_QUOTES);
    expect(shownQuotes([], 0.8)).toEqual([]);
  });

  it('the bar in use is the one the settings carry', () => {
    expect(settings.quoteBar).toBe(QUOTE_BAR);
  });

  it('what is shown is what the JSON carries and the terminal prints', async () => {
    const a = await answerQuestion('研发经费支出2025年目标是多少？', lexicalAnswerPorts(), settings);
    expect(a.answers.length).toBeGreaterThanOrEqual(1);
    expect(a.answers.length).toBeLessThanOrEqual(MAX_QUOTES);
    expect(answerJson(a).answers).toHaveLength(a.answers.length);
    expect(renderAnswerText(a).match(/^\d+\. 「/gm)).toHaveLength(a.answers.length);
  });
});

describe('withBar: the figures the bar is chosen by', () => {
  const rows: QuoteBarRow[] = [
    { id: 'a', half: 'tuning', answerable: true, refused: false, scores: [1, 0.9, 0.5], rank: 2 },
    { id: 'b', half: 'tuning', answerable: true, refused: false, scores: [1, 0.4, 0.3], rank: 3 },
    { id: 'c', half: 'tuning', answerable: false, refused: true, scores: [], rank: null },
  ];
  it('a right quote cut by the bar is no hit', () => {
    expect(withBar(rows, 0)).toMatchObject({ hitAt5: 100, meanShown: 3 });
    expect(withBar(rows, 0.8)).toMatchObject({ hitAt5: 50, meanShown: 1.5, fivePct: 0 });
  });
});
