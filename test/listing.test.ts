// The own question files' listing (test/fixtures/questions.json) in place of a path rule: every file
// there listed, the shared sets still split by id, and the split of every labelled file unchanged.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { halfRuleFor, LISTING_FILE, type Listing } from '../src/eval/listing.js';
import { LABELLED_FILES, readQuestions } from '../src/eval/questions.js';
import { readClaims } from '../src/eval/claims.js';
import { halfOf } from '../src/eval/split.js';
import { readFileSync } from 'node:fs';

const listing = JSON.parse(readFileSync(LISTING_FILE, 'utf8')) as Listing;

describe('test/fixtures/questions.json', () => {
  it('lists every question and claim file in test/fixtures, each with what it is, its half and why', () => {
    const here = readdirSync('test/fixtures').filter((f) => f.endsWith('.jsonl'));
    expect(here.filter((f) => !listing.files.some((l) => l.file === f)), 'list these in test/fixtures/questions.json').toEqual([]);
    for (const l of listing.files) {
      expect(['tuning', 'by-id', 'heldout']).toContain(l.half);
      expect(l.what.length && l.why.length).toBeTruthy();
    }
  });

  it('says each file\'s half: the own everyday sets tuning, the figure sets and the claim sets by id (a blind set once it was measured whole)', () => {
    expect(halfRuleFor('test/fixtures/everyday-own-7.jsonl')).toBe('tuning');
    expect(halfRuleFor('test/fixtures/figures-own-1.jsonl')).toBe('by-id');
    expect(halfRuleFor('test/fixtures/claims-own-1.jsonl')).toBe('by-id');
    expect(halfRuleFor('test/fixtures/claims-own-2.jsonl')).toBe('by-id');
    expect(halfRuleFor('test/fixtures/claims-own-3.jsonl')).toBe('by-id');
    expect(halfRuleFor('test/fixtures/figures-own-2.jsonl')).toBe('by-id');
    expect(halfRuleFor('../shared/eval/everyday.jsonl')).toBe('by-id');
    expect(() => halfRuleFor('test/fixtures/unlisted.jsonl')).toThrow(/test\/fixtures\/unlisted\.jsonl is not in fixtures\/questions\.json: list it there first/);
  });

  it('splits every labelled file as the path rule did (own files tuning, the shared sets by id), and the first claims by id', () => {
    for (const file of LABELLED_FILES) {
      const own = file.startsWith('test/fixtures/');
      for (const q of readQuestions(file)) expect(q.half, `${file} ${q.id}`).toBe(own ? 'tuning' : halfOf(q.id));
    }
    expect(readClaims('test/fixtures/claims-own-1.jsonl').every((c) => c.half === halfOf(c.id))).toBe(true);
  });
});
