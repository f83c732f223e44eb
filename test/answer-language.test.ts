// An answer carries the language it is presented in, decided once from the understood question; the
// renderers read it. Answers stored before it was carried take their row's lang.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/answer.js';
import { languageOf } from '../src/answer/outcome-labels.js';
import { toAnswer } from '../src/adapters/store-rows.js';
import { craftAnswer, lexicalAnswerPorts, settings } from './helpers.js';

describe('Answer.language', () => {
  const ports = lexicalAnswerPorts();

  it('is English for a question in Latin letters, Chinese otherwise (mixed and acronyms with Chinese punctuation too)', async () => {
    for (const [q, lang] of [['What is the GDP target for 2025?', 'en'], ['吉安GDP目标？', 'zh'], ['GDP？', 'zh'], ['吉安的 high-speed rail 什么时候通车？', 'zh']] as const) {
      const a = await answerQuestion(q, ports, settings);
      expect(a.language).toBe(lang);
      expect(a.language).toBe(languageOf(a.question));
    }
  });

  it('an answer stored without it takes the row\'s lang', () => {
    const { language: _, ...old } = craftAnswer({ question: 'How will poverty alleviation results be consolidated?' });
    const row = { id: 1, at: '2026-12-01T00:00:00.000Z', source: 'slash', question: old.question, outcome: old.outcome, lang: 'en', chunk_ids: '[]', answer: JSON.stringify(old) };
    expect(toAnswer(row).answer.language).toBe('en');
    expect(toAnswer({ ...row, answer: JSON.stringify({ ...old, language: 'zh' }) }).answer.language).toBe('zh');
  });
});
