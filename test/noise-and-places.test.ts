// Noise removed before understanding (Discord mentions, @everyone/@here, links, emoji, zero-width
// characters), the labels' language by the question's script, and places on a route from Ji'an.
import { describe, expect, it } from 'vitest';
import { languageOf } from '../src/answer/outcome-labels.js';
import { cleanQuestion, withoutChatNoise } from '../src/understand/clean.js';
import { placeNames, placeOutsidePlan } from '../src/understand/places.js';
import { understand, withoutClosingTone } from '../src/understand/question.js';
import { withOwnCityNamedOnce } from '../src/understand/places.js';
import { buildGlossary } from '../src/understand/english.js';
import { lexicalAnswerPorts } from './helpers.js';

const vocabulary = lexicalAnswerPorts().vocabulary;
const parse = (q: string) => understand(q, vocabulary);
const place = (q: string) => placeOutsidePlan(q, vocabulary.places, vocabulary.inPlan);

describe('chat noise', () => {
  const plain = '吉安GDP目标是多少？';
  it.each([
    '@everyone 吉安GDP目标是多少？', '吉安GDP目标是多少？ @here', '<@123456789012345678> 吉安GDP目标是多少？', '<@!123456789012345678>吉安GDP目标是多少？',
    '吉安GDP<#123456789012345678>目标是多少？', '<@&123456789012345678> 吉安GDP目标是多少？', '吉安GDP目标是多少？https://discord.com/channels/1/2/3',
    '吉安GDP目标是多少？ www.jian.gov.cn/a?b=1', '吉安GDP目标是多少？😀👍🏽🇨🇳', '吉\u200b安GDP目标\u2060是多少？<:pepe:123456789012>', '吉安GDP目标是多少？ <t:1700000000:R>',
  ])('%j is understood as the question without it', (noisy) => {
    expect(cleanQuestion(noisy).text).toBe(plain);
    const q = parse(noisy);
    expect([q.text, q.language, q.figure, q.concepts.map((c) => c.forms[0])]).toEqual([plain, 'zh', parse(plain).figure, parse(plain).concepts.map((c) => c.forms[0])]);
  });

  it('keeps a space only where words would run together, and what is not noise', () => {
    expect(withoutChatNoise('GDP<@123456789012345678>2025')).toBe('GDP 2025');
    expect(cleanQuestion('吉安 @here 经济 目标').text).toBe('吉安 经济 目标');
    expect(cleanQuestion('mail@here.com 的 PM2.5 目标').text).toBe('mail@here.com 的 PM2.5 目标');
    // A mention typed as text is no word of the question.
    expect(cleanQuestion('@规划小助手 每千人口执业（助理）医师数，2025年目标是几个人？').text).toBe('每千人口执业（助理）医师数，2025年目标是几个人？');
    expect(cleanQuestion('@planbot what is the GDP target?').text).toBe('what is the GDP target?');
    expect(cleanQuestion('问一下 @小王: 吉安GDP目标').text).toBe('问一下 : 吉安GDP目标');
    expect(cleanQuestion('5G基站2025年目标').text).toBe('5G基站2025年目标');
  });

  it('reads a year typed against a word apart from it', () => {
    expect(cleanQuestion('吉安gdp2025多少').text).toBe('吉安gdp 2025多少');
    expect(parse('吉安gdp2025多少')).toMatchObject({ language: 'zh', year: 2025 });
  });

  it('tells a message of only noise that it has no words', () => {
    expect(cleanQuestion('😀😀🎉').problem).toBe('no_words');
    expect(cleanQuestion('<@123456789012345678> @everyone').problem).toBe('no_words');
    expect(cleanQuestion('  ').problem).toBe('empty');
  });
});

describe('the language of the labels', () => {
  it('is Chinese for Latin acronyms with Chinese punctuation, English for English', () => {
    expect(languageOf('GDP？')).toBe('zh');
    expect(languageOf('GDP、PM2.5？')).toBe('zh');
    expect(parse('GDP？').language).toBe('zh');
    expect(languageOf('GDP?')).toBe('en');
    expect(languageOf('What is the GDP target？')).toBe('en');
    expect(languageOf('吉安GDP目标？')).toBe('zh');
  });
});

describe('places on a route from Ji\'an', () => {
  it.each(['吉安啥时候通高铁去长沙啊？', '去长沙的高铁什么时候通', '吉安到长沙的高铁', '长沙到吉安的高铁', '吉安至长沙铁路', 'When will Ji\'an get high-speed rail to Changsha?', 'Is there high-speed rail to Changsha?'])(
    '%j is Ji\'an\'s business', (q) => expect(place(q)).toBeNull());

  it.each([['长沙的GDP目标是多少', '长沙市'], ['长沙到2025年地铁修多少公里', '长沙市'], ['深圳市十四五GDP目标', '深圳市'], ['Changsha\'s GDP target', '长沙市']])(
    '%j is the other place\'s own affairs', (q, name) => expect(place(q)).toBe(name));

  it('is not fooled by a qualifier or a year after the name', () => {
    expect(place('省会南昌地铁十四五期间修几条')).toBe('南昌市');
  });
});

describe('English concepts named by the glossary (issue 21, round 4)', () => {
  const withGlossary = { ...vocabulary, glossary: buildGlossary(vocabulary.thesaurus.english), lexicon: { statist: ['统计'] } };
  const parse = (q: string) => understand(q, withGlossary);
  it('marks a phrase the glossary names as curated, a dictionary gloss not', () => {
    const concepts = parse("What was Ji'an's urbanisation rate in 2020 by the statistics?").concepts;
    expect(concepts.find((c) => c.word === 'urbanization rate')?.curated).toBe(true);
    expect(concepts.find((c) => c.word === 'statistics')?.forms).toEqual(['统计']);
    expect(concepts.find((c) => c.word === 'statistics')?.curated).toBeUndefined();
    // The glossary names each of these plan measures alone (not a neighbouring one).
    expect(parse('How many digital workshops by 2025?').concepts.find((c) => c.word === 'digital workshops')?.forms).toEqual(['数字车间']);
    expect(parse('How many schools will be upgraded by 2025?').concepts.find((c) => c.word === 'upgraded')?.forms).toContain('提升改造');
    expect(parse('Cap on total energy consumption?').concepts.find((c) => c.word === 'total energy consumption')?.forms).toEqual(['能源消费总量']);
    expect(parse('Target gross enrollment rate for senior-secondary education, 2025?').concepts.some((c) => c.curated && c.forms.includes('高中阶段教育毛入学率'))).toBe(true);
  });
});

describe('the city and the end of a question, each read one way', () => {
  it('names the city itself one way (吉安市, 本市, 我们市, 咱们吉安, Ji\'an City), not its urban area or 市民', () => {
    for (const q of ['吉安市的PM2.5目标', '本市的PM2.5目标', '我们市的PM2.5目标', '咱们吉安的PM2.5目标', '我市的PM2.5目标']) {
      expect(withOwnCityNamedOnce(q), q).toBe('吉安的PM2.5目标');
    }
    expect(withOwnCityNamedOnce("What is Ji'an City's PM2.5 target?")).toBe("What is Ji'an's PM2.5 target?");
    for (const q of ['吉安市区的公园', '我们市民能去哪里', '吉安县的人口', '全市的人口']) expect(withOwnCityNamedOnce(q)).toBe(q);
    const concepts = (q: string) => parse(q).concepts.map((c) => c.word);
    expect(concepts('本市要建几个5G基站')).toEqual(concepts('吉安要建几个5G基站'));
  });

  it('reads a question without the tone particle that closes it (…呢？ as …？), its marks and 吗 kept', () => {
    for (const [q, plain] of <[string, string][]>[['新机场什么时候建好呢？', '新机场什么时候建好？'], ['新机场什么时候建好啊', '新机场什么时候建好'], ['新机场什么时候建好呀~', '新机场什么时候建好~'], ['机场会扩建吗？', '机场会扩建吗？'], ['城区有多少家网吧', '城区有多少家网吧'], ['呢？', '呢？']]) {
      expect(withoutClosingTone(q), q).toBe(plain);
    }
    // jieba had read 建好 as a word only before 呢: the concepts are now those of the bare question.
    const concepts = (q: string) => parse(q).concepts.map((c) => c.word);
    expect(concepts('新的高铁站什么时候建好呢？')).toEqual(concepts('新的高铁站什么时候建好？'));
  });
});

describe('a place whose bare name is also an ordinary word (issue 21, round 7)', () => {
  const places = placeNames([
    { simplified: '树林市', english: 'Shulin city in New Taipei City 新北市, Taiwan', pinyin: 'Shu4 lin2 shi4' },
    { simplified: '树林', english: 'woods/grove/forest', pinyin: 'shu4 lin2' },
    { simplified: '长沙市', english: 'Changsha, prefecture-level city and capital of Hunan Province', pinyin: 'Chang2 sha1 shi4' },
  ]);
  const outside = (q: string) => placeOutsidePlan(q, places, () => false);

  it('knows which bare names are ordinary words from the dictionary', () => {
    expect(places.ordinary).toEqual(['树林']);
  });

  it.each(['吉安山上的树林覆盖比例要保持多少？', '山上的树林覆盖比例要保持多少？'])('%j names no place', (q) => expect(outside(q)).toBeNull());

  it('still names the place where it opens a question without Ji\'an, in full, and a name that is no word', () => {
    expect(outside('树林的房价是多少')).toBe('树林市');
    expect(outside('树林市十四五GDP目标')).toBe('树林市');
    expect(outside('吉安山上的树林比长沙多吗')).toBe('长沙市');
  });

  it('reads an English place right after an auxiliary as the subject, the place\'s own affairs, as a city named first in Chinese', () => {
    const named = (q: string) => placeOutsidePlan(q, places, () => true);
    expect(named('How many metro lines will Changsha build during the 14th Five-Year Plan?')).toBe('长沙市');
    expect(named('长沙十四五期间要建几条地铁？')).toBe('长沙市');
    expect(named("Will Ji'an's trains reach Changsha?")).toBeNull();
    expect(named('How will the rail link to Changsha be built?')).toBeNull();
  });
});
