// Near in meaning (src/check/near.ts): a Chinese content word of a claim the stating sentence does not
// show counts as shown by a sentence word the embedding model puts close to it; never a word the plan
// has only a broader thing for, nor figures or rankings. The model is a fixed table here.
import { describe, expect, it } from 'vitest';
import { hanWordsOf, nearMeaning, siblings, type WordCloseness } from '../src/check/near.js';
import { understand } from '../src/understand/question.js';
import { lexicalAnswerPorts } from './helpers.js';

const ports = lexicalAnswerPorts();
const CLOSE: Record<string, number> = { '孩子|儿童': 0.83, '核电站|电站': 0.9, '地铁|铁路': 0.69, '医院|卫生院': 0.76 };
const table: WordCloseness = async (word, others) => others.map((o) => CLOSE[`${word}|${o}`] ?? 0.2);

describe('nearMeaning', () => {
  const sentence = '到2025年，全市儿童保健服务覆盖率达到95%。';

  it('cuts the sentences into their Han words', () => {
    expect(hanWordsOf([sentence])).toContain('儿童');
    expect(hanWordsOf([sentence]).some((w) => /\d/.test(w))).toBe(false);
  });

  it('shows an everyday word by a sentence word close to it, and not below the threshold', async () => {
    const asked = understand('吉安孩子保健服务覆盖率达到95%', ports.vocabulary);
    expect(await nearMeaning(['孩子'], asked, [sentence], table, 0.75)).toEqual([]);
    expect(await nearMeaning(['孩子'], asked, [sentence], table, 0.9)).toEqual(['孩子']);
  });

  it('keeps what is not a concept word of the claim (a number, a ranking) and a word near only to a far word', async () => {
    const asked = understand('吉安孩子保健服务全国第一', ports.vocabulary);
    expect(await nearMeaning(['第一', '3000'], asked, [sentence], async (_, o) => o.map(() => 1), 0.75)).toEqual(['第一', '3000']);
    const subway = understand('吉安要建地铁', ports.vocabulary);
    expect(await nearMeaning(['地铁'], subway, ['加快铁路建设。'], table, 0.75)).toEqual(['地铁']);
  });

  it('never shows a word the plan has only a broader thing for', async () => {
    const asked = understand('吉安要建核电站', ports.vocabulary);
    expect(asked.concepts.find((c) => c.word === '核电站')?.broader).toBe(true);
    expect(await nearMeaning(['核电站'], asked, ['建设抽水蓄能电站。'], table, 0.75)).toEqual(['核电站']);
  });
});

describe('sibling kinds', () => {
  it('never shows a word by another kind under the same head (医院 by 卫生院), close as the model puts them', async () => {
    expect(siblings('医院', '卫生院')).toBe(true);
    expect(siblings('省级', '市级')).toBe(true);
    expect(siblings('孩子', '儿童')).toBe(false);
    expect(siblings('电站', '核电站')).toBe(false);
    const asked = understand('吉安每个乡镇新建一所医院', ports.vocabulary);
    expect(await nearMeaning(['医院'], asked, ['每个乡镇建设1所标准化卫生院。'], table, 0.75)).toEqual(['医院']);
  });
});
