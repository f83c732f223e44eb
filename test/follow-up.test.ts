// Follow-ups in a thread carry the previous question's topic; questions of their own are left alone.
import { describe, expect, it } from 'vitest';
import { askBack, combineFollowUp } from '../src/understand/follow-up.js';
import { askBackAnswer } from '../src/answer/ask-back.js';
import { renderAnswerText } from '../src/answer/render-text.js';
import { isQuestion } from '../src/understand/is-question.js';

describe('combineFollowUp', () => {
  it('"那2025年呢？" replaces the year of the previous question', () => {
    expect(combineFollowUp('研发经费支出2020年是多少？', '那2025年呢？')).toEqual({ question: '研发经费支出2025年是多少？', combined: true });
  });

  it('a year follow-up to a question without a year adds the year', () => {
    expect(combineFollowUp('森林覆盖率的目标是多少？', '到2035年呢？').question).toBe('森林覆盖率的目标是多少？ 2035');
  });

  it('"具体有哪些项目？" is asked about the previous question\'s topic', () => {
    expect(combineFollowUp('井冈蜜柚种植规模要达到多少？', '具体有哪些项目？'))
      .toEqual({ question: '井冈蜜柚种植规模要达到多少？ 具体有哪些项目？', combined: true });
  });

  it('"有哪些项目？" names no topic of its own, so it is combined too', () => {
    expect(combineFollowUp('井冈蜜柚种植规模要达到多少？', '有哪些项目？').combined).toBe(true);
  });

  it('"what about tourism?" keeps what was asked (years, targets) and drops the old topic', () => {
    const { question, combined } = combineFollowUp('What are the forest coverage targets for 2025?', 'what about tourism?');
    expect(combined).toBe(true);
    expect(question).toBe('tourism 2025 targets');
  });

  it('"那旅游呢？" after a Chinese question keeps its years and aspect words', () => {
    expect(combineFollowUp('到2025年森林覆盖率目标是多少？', '那旅游呢？').question).toBe('旅游 2025年 目标 多少');
  });

  it('an English topic switch after a Chinese question keeps only the years', () => {
    expect(combineFollowUp('到2025年森林覆盖率目标是多少？', 'what about tourism?').question).toBe('tourism 2025');
  });

  it('"and in 2030?" replaces the year of an English question', () => {
    expect(combineFollowUp('What is the R&D spending target for 2025?', 'and in 2030?').question).toBe('What is the R&D spending target for 2030?');
  });

  it('a short English question with a pronoun refers back', () => {
    expect(combineFollowUp('What is the forest coverage target?', 'Why is it so high?').question).toBe('What is the forest coverage target? Why is it so high?');
  });

  it.each([
    ['研发经费支出2020年是多少？', '有哪些重大交通项目？'],
    ['研发经费支出2020年是多少？', '森林覆盖率目标是多少呢？'],
    ['研发经费支出2020年是多少？', '吉安市的交通建设有哪些重点呢？'],
    ['What is the R&D target?', 'What are the plans for high-speed rail in Ji\'an?'],
  ])('after "%s", "%s" is a question of its own', (previous, message) => {
    expect(combineFollowUp(previous, message)).toEqual({ question: message, combined: false });
  });

  it('with no previous question, the message is asked as typed', () => {
    expect(combineFollowUp(null, '那2025年呢？')).toEqual({ question: '那2025年呢？', combined: false });
  });
});

describe('isQuestion (ask channels and bot threads)', () => {
  it.each(['研发经费支出2025年目标是多少？', '井冈蜜柚', 'forest coverage target', '谢谢，那旅游的目标是多少？', 'hi, what are the targets for tourism?', 'highway plans'])(
    '"%s" is a question', (m) => expect(isQuestion(m)).toBe(true));

  it.each(['你好', '谢谢！', 'thanks a lot', 'ok', '👍', 'https://example.com/plan.pdf', '<@123456789012345678>', '<:pepe:123456789012345678> !!', '好的，收到'])(
    '"%s" is not a question', (m) => expect(isQuestion(m)).toBe(false));
});

describe('askBack: a follow-up with nothing to follow is asked back, not guessed', () => {
  it.each(['那2025年呢？', '2030年呢', '那2025年的目标呢？', '具体有哪些项目？', '还有哪些', '多少？', 'what about 2030?', 'and in 2030?', 'tell me more', 'What is its target?'])('%s', (m) => {
    expect(askBack(m)).not.toBeNull();
  });

  it('names the year asked, in the message\'s language', () => {
    expect(askBack('那2025年呢？')).toMatch(/^你想问哪一项的2025年数字？/);
    expect(askBack('what about 2030?')).toMatch(/^Which target's 2030 figure do you mean\?/);
  });

  it.each(['那旅游呢？', 'what about tourism?', '为什么要建设长赣高铁？', '如何实现碳达峰？', 'GDP？', '吉安GDP目标是多少？', 'How will it affect farmers?', '专栏19是什么内容？'])(
    '%s names a topic: answered on its own', (m) => {
      expect(askBack(m)).toBeNull();
    });

  it('as an answer: a problem shown instead of quotes, refused, nothing searched', () => {
    const a = askBackAnswer('那2025年呢？')!;
    expect(a).toMatchObject({ outcome: 'not_covered', refused: true, answers: [], problem: { code: 'needs_context' } });
    expect(renderAnswerText(a)).toBe(askBack('那2025年呢？'));
    expect(askBackAnswer('研发经费支出2025年是多少？')).toBeNull();
  });
});
