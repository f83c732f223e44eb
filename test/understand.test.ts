// Understanding a question: script, language, bridges to the plan's words, places, figures asked.
import { describe, expect, it } from 'vitest';
import { buildLexicon, translateQuery, unspokenEnglishWords } from '../src/understand/english.js';
import { plan } from './helpers.js';

describe('English words the plan never speaks of', () => {
  const lexicon = buildLexicon([
    { simplified: '奥运会', english: 'Olympic Games' },
    { simplified: '森林覆盖率', english: 'forest coverage rate' },
  ], plan.text);

  it('are words the dictionary knows whose translations are all absent', () => {
    expect(lexicon.olymp).toEqual([]);
    expect(unspokenEnglishWords('Will Ji\'an host the Olympic Games?', lexicon)).toEqual(['olympic', 'games']);
    expect(unspokenEnglishWords('What is the forest coverage rate target?', lexicon)).toEqual([]);
  });

  it('do not look keys up on Object.prototype', () => {
    expect(unspokenEnglishWords('constructor toString', lexicon)).toEqual([]);
    expect(translateQuery('constructor toString', lexicon)).toEqual([]);
  });
});
