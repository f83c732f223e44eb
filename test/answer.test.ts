import { describe, expect, it } from 'vitest';
import { answerQuestion, queryWeights } from '../src/answer/answer.js';
import { understand } from '../src/understand/question.js';
import { cite } from '../src/answer/citation.js';
import { byKind, scoreAnswer, summarise } from '../src/eval/score.js';
import { cleanQuestion, MAX_QUESTION_CHARS } from '../src/understand/clean.js';
import { MAX_QUOTE_CHARS, quotePassage } from '../src/answer/quote.js';
import { isVerbatim } from '../src/answer/verbatim.js';
import { answerJson } from '../src/answer/json.js';
import { weightedFusion } from '../src/search/fusion.js';
import { indicatorMatch } from '../src/search/indicators.js';
import { coverageOf, definedTerm, minMax, peakOf, rankCandidates } from '../src/search/retrieve.js';
import { buildLexicon, stem, translateEnglish } from '../src/understand/english.js';
import { placeAlongside, placeNames, placeOutsidePlan, withOwnNames } from '../src/understand/places.js';
import { chunks, lexicalAnswerPorts, plan, squash, settings } from './helpers.js';

const base = lexicalAnswerPorts();
const ports = lexicalAnswerPorts({
  vocabulary: { ...base.vocabulary, lexicon: buildLexicon([{ simplified: '森林覆盖率', english: 'forest coverage rate' }], plan.text) },
});
const ask = (q: string) => answerQuestion(q, ports, settings);

describe('ranking retrieval candidates', () => {
  const chunkAt = (block: number) => ({ ...chunks[0]!, block });
  const signals = (lexical: number, passage: number, sentence: number, figure = 0, indicator = 0, covered = 0) =>
    ({ lexical, passage, sentence, figure, indicator, year: 0, covered, defines: 0 });
  const candidate = (chunk: number, s: ReturnType<typeof signals>) =>
    ({ chunk, signals: s, passageSimilarity: null, sentenceSimilarity: null, bestSentence: null });
  const weights = { lexical: 1, passage: 1, sentence: 1, figure: 1, indicator: 1, year: 1, covered: 1, defines: 1 };

  it("scales each list to [0, 1], so a list's clear winner counts fully however close its raw scores are", () => {
    expect([...minMax(new Map([[1, 0.59], [2, 0.55], [3, 0.5]]))]).toEqual([[1, 1], [2, expect.closeTo(5 / 9)], [3, 0]]);
    expect([...minMax(new Map([[7, 3]]))]).toEqual([[7, 0]]);
  });

  it('ranks by the weighted sum of signals and keeps one passage per block', () => {
    const pool = [chunkAt(0), chunkAt(0), chunkAt(1)];
    const ranked = rankCandidates([
      candidate(0, signals(1, 0, 0)), candidate(1, signals(0.5, 0.9, 0.9)), candidate(2, signals(0, 0, 0, 1, 0.5)),
    ], pool, weights, 10);
    expect(ranked.map((h) => h.chunk)).toEqual([1, 2]);
    expect(rankCandidates([candidate(0, signals(1, 0, 0)), candidate(2, signals(0, 0, 0, 1, 0.5))], pool, { ...weights, figure: 0, indicator: 0 }, 10)
      .map((h) => h.chunk)).toEqual([0, 2]);
  });

  it('scores coverage as the idf-weighted share of the asking clause\'s concepts a passage names, in any form', () => {
    const idf = (t: string) => (t === '雾霾' ? 3 : 1);
    const concept = (word: string, forms: string[], inFocus = true, inPlan = true) => ({ word, weight: 1, forms, inFocus, inPlan });
    const covered = coverageOf([concept('雾霾', ['细颗粒物', '蓝天保卫战']), concept('治理', ['治理']), concept('孩子', ['孩子'], false)], idf);
    expect(covered('打好蓝天保卫战')).toBeCloseTo(3 / 4);
    expect(covered('加强社会治理')).toBeCloseTo(1 / 4);
    expect(covered('孩子')).toBe(0); // context, not the asking clause
    // A word the plan never uses cannot be covered, and nothing coverable scores 0.
    expect(coverageOf([concept('动物园', [], true, false)], idf)('动物园')).toBe(0);
  });

  it('measures how far the closest sentence stands out from the nearest ones', () => {
    expect(peakOf([0.8, 0.5, 0.5, 0.4])).toBeCloseTo(0.8 - 2.2 / 4);
    expect(peakOf([0.6, 0.6, 0.6])).toBe(0);
    expect(peakOf([])).toBe(0);
  });

  it('brings first the footnote defining a term the question names', async () => {
    expect(definedTerm('旅游“三区两网”')).toBe('三区两网');
    expect(definedTerm('双创')).toBe('双创');
    const a = await ask('常听村干部讲“遇困即扶”，到底指哪些情况？');
    expect(a.answers[0]).toMatchObject({ kind: 'footnote' });
    expect(a.answers[0]?.text).toMatch(/^“遇困即扶”：/);
  });

  it('weighted fusion (target lookup) normalises each list by its best score', () => {
    const fused = weightedFusion([{ hits: [{ chunk: 1, score: 9 }, { chunk: 2, score: 3 }], weight: 1 }, { hits: [{ chunk: 2, score: 0.9 }, { chunk: 3, score: 0.8 }], weight: 1 }]);
    expect(fused.map((h) => h.chunk)).toEqual([2, 1, 3]);
    expect(fused[0]!.score).toBeCloseTo(3 / 9 + 1);
  });

  it("matches an indicator row by the share of the indicator's name the question names", () => {
    const row = chunks.find((c) => c.table?.cells[0]?.value.startsWith('地区生产总值'))!;
    expect(indicatorMatch(row, ['地区生产总值'])).toBe(1);
    expect(indicatorMatch(row, ['生产'])).toBeCloseTo(2 / 6);
    expect(indicatorMatch(row, ['收入'])).toBe(0);
    expect(indicatorMatch(chunks.find((c) => !c.table)!, ['地区生产总值'])).toBe(0);
  });
});

describe('quote weights', () => {
  it('lets a bridged term\'s tokens share its weight and leaves out words the plan never uses', () => {
    const q = understand('到2035年吉安人均GDP大概要到什么档次', ports.vocabulary);
    const w = queryWeights(q, ports.idf);
    expect(w.has('档次')).toBe(false); // never in the plan: it only dilutes every run's share
    const bridged = [...w].filter(([t]) => /[〇远景]/.test(t)).reduce((s, [, v]) => s + v, 0);
    expect(bridged).toBeGreaterThan(0);
    expect(bridged).toBeLessThan(w.get('人均') ?? 0); // the eight bigrams of 二〇三五年远景目标 together weigh less than 人均
  });
});

describe('quotePassage', () => {
  const passage = '第一句讲别的事情。' + '研发经费支出达到72亿元，年均增长15.7%。' + '第三句也讲别的。'.repeat(20);
  it('picks the sentences that answer, within the length limit, verbatim', () => {
    const q = quotePassage(passage, new Map([['研发', 2], ['经费', 2]]));
    expect(q.text).toContain('研发经费支出达到72亿元');
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(passage.slice(q.start, q.end)).toBe(q.text);
  });
  it('prefers the retrieved part of a passage when coverage ties', () => {
    const block = '甲'.repeat(80) + '。' + '乙'.repeat(80) + '。' + '丙'.repeat(80) + '。';
    const q = quotePassage(block, new Map([['研发', 1]]), MAX_QUOTE_CHARS, { span: { start: 162, end: 243 } });
    expect(q.text.startsWith('丙')).toBe(true);
  });
  it("quotes the sentence the embedding model puts closest to the question when the question's words are not there", () => {
    const block = '甲'.repeat(80) + '。' + '乙'.repeat(80) + '。' + '丙'.repeat(80) + '。';
    const sentences = [{ start: 0, end: 81, relevance: 0 }, { start: 81, end: 162, relevance: 1 }, { start: 162, end: 243, relevance: 0.2 }];
    const q = quotePassage(block, new Map([['研发', 1]]), MAX_QUOTE_CHARS, { span: { start: 162, end: 243 }, sentences });
    expect(q.text).toContain('乙');
    const words = quotePassage('研发经费。' + block, new Map([['研发', 1]]), MAX_QUOTE_CHARS, { sentences: sentences.map((x) => ({ ...x, start: x.start + 5, end: x.end + 5 })) });
    expect(words.text).toContain('研发经费');
  });
  it('cuts an over-long sentence at clause boundaries', () => {
    const long = '甲'.repeat(100) + '，研发经费支出达到72亿元，' + '乙'.repeat(100) + '。';
    const q = quotePassage(long, new Map([['研发', 1]]));
    expect(q.text).toContain('研发经费支出');
    expect(long).toContain(q.text);
  });
});

describe('verbatim check and citations', () => {
  it('refuses a doctored quote', () => {
    expect(isVerbatim('全市电子信息产业主营业务收入突破5000亿元', plan.text)).toBe(true);
    expect(isVerbatim('全市电子信息产业主营业务收入突破6000亿元', plan.text)).toBe(false);
    expect(isVerbatim('', plan.text)).toBe(false);
  });
  it('formats the heading trail and printed page', () => {
    const b = plan.blocks.find((x) => x.text.includes('生物医药大健康产业主营业务收入突破2000亿元'))!;
    expect(cite(b.path, b.page).label).toBe(
      '第三篇 构建提升现代产业体系 › 第二章 形成主导产业特色优势 › 第一节 做大做强生物医药大健康产业（第31页起）',
    );
  });
});

describe('answerQuestion (lexical ports)', () => {
  it('answers an indicator question with the labelled table row and its citation', async () => {
    const a = await ask('研发经费支出2025年目标是多少？');
    expect(a.refused).toBe(false);
    const top = a.answers[0]!;
    expect(top.text).toContain('研发经费支出(亿元)');
    expect(top.columns!.map((c) => c.label)).toContain('2025年目标值');
    expect(top.citation.path.at(-1)).toBe('市“十四五”规划《纲要》主要指标表');
    expect(top.citation.page).toBe(14);
  });

  it('returns only verbatim quotes', async () => {
    for (const q of ['井冈蜜柚种植规模', '“1461”现代产业体系指什么', '老旧小区改造']) {
      const a = await ask(q);
      expect(a.answers.length, q).toBeGreaterThan(0);
      for (const x of a.answers) expect(plan.text.includes(x.text)).toBe(true);
    }
  });

  it('refuses a question about another city and suggests sections', async () => {
    const a = await ask('南昌市“十四五”规划的GDP目标是多少？');
    expect(a.refused).toBe(true);
    expect(a.answers).toEqual([]);
    expect(a.notices.join()).toContain('南昌市');
  });

  it('stems English so glosses and questions meet', () => {
    expect(['buildings', 'running'].map(stem)).toEqual(['build', 'run']);
    expect(stem('routes')).toBe(stem('route'));
    expect(stem('games')).toBe(stem('game'));
    expect(stem('route')).not.toBe(stem('running'));
  });

  it('quotes the answering sentence even when it lies in another window of the block', async () => {
    const a = await ask('到2025年，吉安中心城区的建成区面积和人口规模目标是多少？');
    expect(a.answers.slice(0, 5).some((x) => squash(x.text).includes('中心城区建成区面积达到110平方公里'))).toBe(true);
  });

  it('translates English terms for the lexical side', async () => {
    expect(translateEnglish('What is the forest coverage rate target?', ports.vocabulary.lexicon).flatMap((m) => m.terms)).toContain('森林覆盖率');
    const a = await ask('What is the forest coverage rate target?');
    expect(a.answers.some((x) => x.text.includes('森林覆盖率'))).toBe(true);
  });

  it.each([
    ['', 'empty'], ['   \n\t ', 'empty'], ['😀😀🎉', 'no_words'], ['？？！！。。', 'no_words'],
  ])('explains unusable input %j', async (q, code) => {
    const a = await ask(q);
    expect(a.refused).toBe(true);
    expect(a.problem?.code).toBe(code);
  });

  it('cuts a 10,000-character question with a notice and still answers', async () => {
    const a = await ask('井冈蜜柚'.repeat(2500));
    expect(a.notices.join()).toContain(String(MAX_QUESTION_CHARS));
    expect(a.answers.length).toBeGreaterThan(0);
  });

  it('strips control characters and handles mixed scripts', async () => {
    expect(cleanQuestion('森林\u0000覆盖率\u0007').text).toBe('森林 覆盖率');
    const a = await ask('GDP 2025年 target 地区生产总值');
    expect(a.answers[0]!.text).toContain('地区生产总值');
  });
});

describe('batch JSON and evaluation', () => {
  it('has the documented shape', async () => {
    const json = answerJson(await ask('井冈蜜柚种植规模'), 'q1');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['id', 'question', 'refused', 'answers']));
    const first = json.answers[0]!;
    expect(typeof first.text).toBe('string');
    expect(first.citation).toEqual({ label: expect.any(String), path: expect.any(Array), page: expect.any(Number) });
    expect(typeof first.score).toBe('number');
  });

  it('scores hit rank, refusals and verbatim share', async () => {
    const a = await ask('井冈蜜柚种植规模要达到多少万亩');
    const row = scoreAnswer({ id: 'x', question: '', kind: 'box', evidence: ['井冈蜜柚种植规模达到60万亩'] }, a, plan.text);
    expect(row.rank).not.toBeNull();
    const none = scoreAnswer({ id: 'y', question: '', kind: 'unanswerable', evidence: [] }, { ...a, refused: true, answers: [] }, plan.text);
    const m = summarise([row, none]);
    expect(m.refusedUnanswerable).toBe('1/1');
    expect(m.verbatimPct).toBe(100);
    expect(Object.keys(byKind([row, none]))).toEqual(['box', 'unanswerable']);
    expect(squash(a.answers[row.rank! - 1]!.text)).toContain('井冈蜜柚种植规模达到60万亩');
  });
});

describe('place names', () => {
  const places = placeNames([
    { simplified: '南昌', english: 'Nanchang prefecture-level city and capital of Jiangxi province' },
    { simplified: '吉安市', english: "Ji'an, prefecture-level city in Jiangxi Province 江西省[Jiang1 xi1 Sheng3]" },
    { simplified: '泰和县', english: "Taihe, a county in Ji'an City 吉安市[Ji2 an1 Shi4], Jiangxi" },
    { simplified: '深圳市', english: 'Shenzhen, sub-provincial city in Guangdong Province 廣東省|广东省[Guang3 dong1 Sheng3]' },
    { simplified: '城市', english: 'city/town/CL:座[zuo4]' },
    { simplified: '上市', english: 'to hit the market (of a new product)/to float (a company on the stock market)' },
  ]);
  const inPlan = (t: string) => squash(plan.text).includes(t);

  it("splits Ji'an's own names from everywhere else, ignoring words that only end like a place", () => {
    expect(places.elsewhere).toEqual(expect.arrayContaining(['南昌市', '深圳市']));
    expect(places.elsewhere).not.toContain('吉安市');
    expect(places.elsewhere).not.toContain('城市');
    expect(places.elsewhere).not.toContain('上市');
    expect(places.own).toEqual(expect.arrayContaining(['吉安', '泰和县', '泰和']));
  });

  it('refuses a place the plan never names, and a named one only when Ji\'an is not in the question', () => {
    expect(inPlan('深圳市')).toBe(true);
    expect(placeOutsidePlan('南昌市2025年GDP目标是多少？', places, inPlan)).toBe('南昌市');
    expect(placeOutsidePlan('南昌市和吉安市怎么合作？', places, inPlan)).toBe('南昌市');
    expect(placeOutsidePlan('深圳市的研发投入目标是多少？', places, inPlan)).toBe('深圳市');
    expect(placeOutsidePlan('吉安到深圳市的铁海联运怎么安排？', places, inPlan)).toBeNull();
    expect(placeOutsidePlan('泰和县要建什么产业园？', places, inPlan)).toBeNull();
    const tibet = placeNames([{ simplified: '昌都市', english: 'Qamdo, prefecture-level city in Tibet' }]);
    expect(placeOutsidePlan('昌都市的GDP目标是多少？', tibet, inPlan)).toBe('昌都市');
    expect(placeOutsidePlan('怎么融入南昌都市圈？', tibet, inPlan)).toBeNull();
  });

  it('finds a city named without 市 or in English, when the plan never names it or the question is about its own affairs', () => {
    const cities = placeNames([
      { simplified: '长沙', english: 'Changsha prefecture-level city and capital of Hunan province' },
      { simplified: '宜春', english: 'Yichun, prefecture-level city in Jiangxi' },
      { simplified: '赣州', english: 'Ganzhou, prefecture-level city in Jiangxi' },
      { simplified: '南昌', english: 'Nanchang prefecture-level city and capital of Jiangxi province' },
      { simplified: '江西省', english: 'Jiangxi Province, capital Nanchang 南昌市[Nan2 chang1 Shi4] (abbr. to 灨|赣[Gan4])' },
    ]);
    expect(cities.english).toMatchObject({ changsha: '长沙市', ganzhou: '赣州市', 'jiangxi province': '江西省' });
    expect(placeOutsidePlan('What GDP growth target has Jiangxi province set?', cities, inPlan)).toBe('江西省');
    expect(placeOutsidePlan('How does Ji\'an rank in Jiangxi province?', cities, inPlan)).toBeNull();
    const central = placeNames([{ simplified: '中央省', english: 'Central Province, Papua New Guinea' }]);
    expect(placeOutsidePlan('How many elderly care beds are planned in the central city?', central, inPlan)).toBeNull();
    expect(placeOutsidePlan('长沙到2025年地铁要开通几条线？', cities, inPlan)).toBe('长沙市');
    expect(placeOutsidePlan('宜春的锂电产业“十四五”产值目标是多少？', cities, inPlan)).toBe('宜春市');
    expect(placeOutsidePlan("What does Ganzhou's 14th Five-Year Plan say about rare earths?", cities, inPlan)).toBe('赣州市');
    expect(placeOutsidePlan('怎么融入南昌都市圈？', cities, inPlan)).toBeNull();
    expect(placeOutsidePlan('吉安到赣州的高铁什么时候通？', cities, inPlan)).toBeNull();
    expect(placeOutsidePlan('How will Ji\'an link up with Ganzhou?', cities, inPlan)).toBeNull();
    // A city closing an English question after "of" or "in" owns what is asked, as one named first in Chinese.
    expect(placeOutsidePlan("What's the population of Ganzhou?", cities, inPlan)).toBe('赣州市');
    expect(placeOutsidePlan('How expensive are flats in Nanchang?', cities, inPlan)).toBe('南昌市');
    expect(placeOutsidePlan('What is the high-speed rail to Ganzhou?', cities, inPlan)).toBeNull();
    expect(placeOutsidePlan("What is the population of Ji'an compared with Ganzhou?", cities, inPlan)).toBeNull();
  });

  it("reads a place elsewhere that sounds exactly like one of Ji'an's (speech input) as Ji'an's", () => {
    const heard = placeNames([
      { simplified: '泰和县', english: "Taihe, a county in Ji'an City 吉安市[Ji2 an1 Shi4], Jiangxi", pinyin: 'Tai4 he2 Xian4' },
      { simplified: '太和县', english: 'Taihe county in Fuyang 阜陽|阜阳[Fu4 yang2], Anhui', pinyin: 'Tai4 he2 Xian4' },
      { simplified: '集安市', english: "Ji'an, county-level city in Tonghua 通化, Jilin", pinyin: 'Ji2 an1 Shi4' },
      { simplified: '和县', english: "He county in Ma'anshan, Anhui", pinyin: 'He2 xian4' },
      { simplified: '长沙', english: 'Changsha prefecture-level city and capital of Hunan province', pinyin: 'Chang2 sha1' },
    ]);
    expect(heard.soundAlike).toEqual({ 太和县: '泰和县', 太和: '泰和', 集安市: '吉安市', 集安: '吉安' });
    expect(heard.elsewhere).not.toContain('太和县');
    expect(placeOutsidePlan('从市区到太和那些地方以后开车半个钟头能到不', heard, inPlan)).toBeNull();
    expect(withOwnNames('我们集安到二五年gdp要搞到好多亿', heard)).toEqual({ text: '我们吉安到二五年gdp要搞到好多亿', replaced: [['集安', '吉安']] });
    // Only as a word of its own: 集安置 (集中安置) is not 集安.
    expect(withOwnNames('移民集中安置点', heard).replaced).toEqual([]);
  });

  it('says which sound-alike name it read as Ji\'an\'s', async () => {
    const a = await ask('太和县要建什么产业园？');
    expect(a.notices).toContain('“太和县”按同音的“泰和县”理解。');
  });

  it("finds another place's own affairs asked beside Ji'an's, not a route or a partner", () => {
    const cities = placeNames([
      { simplified: '株洲', english: 'Zhuzhou prefecture-level city in Hunan' },
      { simplified: '深圳市', english: 'Shenzhen, sub-provincial city in Guangdong Province' },
      { simplified: '南昌', english: 'Nanchang prefecture-level city and capital of Jiangxi province' },
    ]);
    expect(placeAlongside('湖南株洲的养老院是不是比吉安便宜', cities)).toBe('株洲市');
    expect(placeAlongside("How does Ji'an's GDP target compare with Shenzhen's 2025 target?", cities)).toBe('深圳市');
    expect(placeAlongside('吉安到南昌的大巴几点有车', cities)).toBeNull();
    expect(placeAlongside('吉安到深圳市的铁海联运怎么安排？', cities)).toBeNull();
    expect(placeAlongside('吉安和南昌的高铁什么时候通', cities)).toBeNull();
  });

  it('says a named place appears only in relation to Ji\'an', async () => {
    const a = await ask('深圳市的研发投入目标是多少？');
    expect(a.refused).toBe(true);
    expect(a.notices.join()).toContain('只在谈到吉安时提及“深圳市”');
  });
});
