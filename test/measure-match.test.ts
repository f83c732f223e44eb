// Whether a figure belongs to the measure and year asked, and how the figure set is scored. Pure.
import { describe, expect, it } from 'vitest';
import { asksTotal, baseYearAsked, changeNote, countersAsked, countsAsAsked, figuresInPercent, unitAgrees, rowYears, yearOfText } from '../src/answer/figure-asked.js';
import { coverage, withStem } from '../src/answer/measure-words.js';
import { keepsLevel, keepsQualifiers, measureMatch, namesAMeasure, requiredConcepts } from '../src/answer/measure-match.js';
import { composeDirect, answersWithFigure, NO_FIGURE_LINE } from '../src/answer/direct.js';
import { forAnotherPart, keepsRatio } from '../src/answer/measure-qualifiers.js';
import { respectiveFigure } from '../src/answer/figure-lists.js';
import { withoutAskingWords } from '../src/answer/asking.js';
import { figuresIn, givesExpectedFigure, parseFigureSet, summariseFigureSet } from '../src/eval/figure-set.js';
import { halfOf } from '../src/eval/split.js';
import { asksValueInEnglish, figureAsked, namesMeasureOnly } from '../src/understand/figure.js';
import type { FigureKind } from '../src/understand/figure.js';
import { chunks } from './helpers.js';

const concept = (word: string, forms = [word], weight = 1, inPlan = true) => ({ word, weight, forms, inFocus: true, inPlan, broader: false });
const zh = (quoted = '') => ({ quoted, english: false });
const row = (name: string) => chunks.find((c) => c.table?.cells[0]?.value.replace(/\s+/g, '').startsWith(name) && !c.table.table.includes('十三五'))!.table!.cells;

describe('measureMatch', () => {
  it('needs every measure word the quotes say: 户籍人口城镇化率 is not 常住人口城镇化率', () => {
    const asked = [concept('户籍'), concept('人口'), concept('城镇化率'), concept('目标')];
    expect(measureMatch('常住人口城镇化率(%)', asked, zh('深化户籍制度改革'))).toBeNull();
    expect(measureMatch('户籍人口城镇化率(%)', asked, zh('深化户籍制度改革'))).toBe(3);
  });
  it('takes a synonym the thesaurus bridges (医生 → 执业(助理)医师), not a term sharing part of the word (进出口 → 出口总额)', () => {
    expect(measureMatch('每千人口拥有执业(助理)医师数(人)', [concept('每千人'), concept('医生', ['执业(助理)医师'])], zh('执业(助理)医师'))).toBe(2);
    expect(measureMatch('出口总额(亿元)', [concept('进出口', ['进出口', '出口总额'])], zh('进出口贸易'))).toBeNull();
    expect(measureMatch('出口总额(亿元)', [concept('进出口', ['进出口', '出口总额', '进出口总额'])], zh('进出口总额'))).toBeNull();
    // A term shortened from the written-out one (规模工业增加值 of 规模以上工业增加值 for 规上工业) names it.
    const industry = concept('规上工业', ['规模以上工业增加值', '规模工业增加值']);
    expect(measureMatch('战略性新兴产业占规模工业比重分别达 54.4%和 35.2%', [industry, concept('新兴产业')], zh('规模以上工业增加值增速 规模工业'))).toBe(2);
  });
  it('needs a noun naming what a measure counts even when segmented as a verb (旅游收入: 收入)', () => {
    const asked = [concept('旅游'), concept('收入', ['收入'], 0.6)];
    const quoted = '居民人均可支配收入。全市新增5A级景区2个，新增国家级全域旅游示范区2个。';
    expect(measureMatch('新增国家级全域旅游示范区2个', asked, zh(quoted))).toBeNull();
    expect(measureMatch('旅游总收入突破 1000 亿元', asked, zh(quoted))).toBe(2);
  });
  it('needs the measure a word ends in when a term names only its place (城区人口 through 中心城区)', () => {
    const asked = [concept('城区人口', ['城区人口', '中心城区'])];
    const quoted = '到 2025 年，中心城区建成区面积达到 110 平方公里，人口规模达到 110 万人左右。';
    expect(measureMatch('中心城区建成区面积达到 110 平方公里', asked, zh(quoted))).toBeNull();
    expect(measureMatch('中心城区人口规模达到 110 万人左右', asked, zh(quoted))).toBe(1);
  });
  it('needs a noun the plan never says: no figure of the plan is for it (护士)', () => {
    expect(measureMatch('每千人口拥有执业(助理)医师数(人)', [concept('每千人'), concept('护士', [], 1, false)], zh())).toBeNull();
  });
  it('does not need a verb, a word of growth or a word of the figure\'s kind (新增, 年均, 面积)', () => {
    const asked = [concept('有机'), concept('茶叶'), concept('面积'), concept('新增', ['新增'], 0.6)];
    expect(measureMatch('有机茶叶 55 万亩', asked, zh('面积'))).toBe(2);
  });
  it('takes a word by its first two characters (养老院 → 养老服务机构), not by its tail (住院医师 ≠ 执业医师)', () => {
    expect(measureMatch('市中心城区规划建设4个较大养老服务机构', [concept('养老院')], zh())).toBe(1);
    expect(measureMatch('每千人口拥有执业(助理)医师数', [concept('住院医师')], zh())).toBeNull();
  });
  it('needs a county the question names: a city-wide figure is not the county\'s', () => {
    const asked = [concept('万安县'), concept('人均预期寿命')];
    expect(measureMatch('人均预期寿命(岁)', asked, zh())).toBeNull();
  });
  it('keeps the level and size class the question names (省级 is not 国家级; 百亿企业 is not 高新技术企业)', () => {
    expect(keepsQualifiers('2 个以上国家级商旅文融合发展示范区', '省级商旅文融合发展示范区要培育几个？')).toBe(false);
    expect(keepsQualifiers('10个以上省级商旅文融合发展示范区', '省级商旅文融合发展示范区要培育几个？')).toBe(true);
    expect(keepsQualifiers('高新技术企业突破 1200 家', '百亿企业2025年要有几家')).toBe(false);
    expect(keepsQualifiers('百亿企业数量过5家', '百亿企业2025年要有几家')).toBe(true);
  });
  it('reads an English question by its strong words and its rural/urban qualifier', () => {
    const en = { quoted: '', english: true };
    const income = concept('disposable income', ['居民人均可支配收入', '农村居民人均可支配收入']);
    expect(measureMatch('居民人均可支配收入(元)', [income, concept('rural', ['乡村振兴'])], en)).toBeNull();
    expect(measureMatch('农村居民人均可支配收入(元)', [income, concept('rural', ['乡村振兴'])], en)).toBe(1);
    expect(measureMatch('常住人口大于800人的行政村', [concept('residents', ['常住人口'])], en)).toBeNull();
  });
  it('prefers the measure the question\'s words cover most (地区生产总值 over 数字经济…占GDP比重)', () => {
    const economy = [concept('经济')];
    expect(coverage('全市地区生产总值', economy)).toBeGreaterThan(coverage('数字经济核心产业增加值占GDP比重', economy));
  });
});

describe('everyday words and loose translations (issue 21, round 2)', () => {
  it('names a measure by its plan term without the kind of figure (规模工业 of 规模工业增加值), never by a stem under four characters', () => {
    expect(withStem('规模工业增加值')).toEqual(['规模工业增加值', '规模工业']);
    expect(withStem('单位GDP能源消耗降幅')).toEqual(['单位GDP能源消耗降幅', '单位GDP能源消耗']);
    expect(withStem('进出口总额')).toEqual(['进出口总额']);
    const energy = [concept('能耗', ['能耗', '单位GDP能源消耗降幅'])];
    expect(measureMatch('全市单位 GDP 能源消耗累计下降 13%', energy, zh('建立规模企业能耗监测平台'))).toBe(1);
    expect(measureMatch('能源消费总量增量控制在 150 万吨标准煤以内', energy, zh('建立规模企业能耗监测平台'))).toBeNull();
  });
  it('takes a term holding every character of the word in order as the word written out (岁托位, 规上工业), not as another measure', () => {
    const places = [concept('岁托位', ['每千人口拥有0-3岁婴幼儿托位数', '普惠托育'], 0.8), concept('每千人', ['每千人'], 0.8)];
    expect(measureMatch('每千人口拥有0-3岁婴幼儿托位数(个)', places, zh('发展普惠托育服务'))).toBe(2);
    // 出口总额 still is not 进出口: 进 is not in it.
    expect(measureMatch('出口总额(亿元)', [concept('进出口', ['进出口', '出口总额'])], zh('进出口贸易'))).toBeNull();
  });
  it('needs no verb of doing (建设, 培育) nor an everyday word for people (老百姓) to be named', () => {
    const parking = [concept('停车位', ['公共停车泊位']), concept('中心'), concept('城区'), concept('建设')];
    expect(measureMatch('中心城区新（扩）建公共停车泊位 3 万个', parking, zh('规划建设城市大外环'))).toBe(3);
    const income = [concept('人均收入', ['居民人均可支配收入']), concept('老百姓', [], 1, false)];
    expect(requiredConcepts(income, zh('居民人均可支配收入')).map((c) => c.word)).toEqual(['人均收入']);
  });
  it('finds no measure in words of growth alone (固投年均增长多少 reads as 年均, 增长): any growth figure would match', () => {
    expect(namesAMeasure([concept('年均'), concept('增长', ['增长'], 0.6)])).toBe(false);
    expect(namesAMeasure([concept('固定资产投资'), concept('年均')])).toBe(true);
  });
  it('reads the level of the clause that gives the figure (2 个以上国家级…示范区 is not 省级)', () => {
    expect(keepsLevel('2 个以上国家级商旅文融合发展示范区', '省级商旅文融合发展示范区要培育几个？')).toBe(false);
    expect(keepsLevel('到2025年，培育一批示范区', '省级示范区要培育几个？')).toBe(true);
    // A level named in English is the plan's level too.
    expect(keepsLevel('全市新增 5 家以上国家级创新平台、', 'How many new provincial-level innovation platforms are planned by 2025?')).toBe(false);
    expect(keepsLevel('150 家以上省级创新平台', 'How many new provincial-level innovation platforms are planned by 2025?')).toBe(true);
    expect(keepsLevel('5 家以上国家级创新平台', 'How many national-level innovation platforms?')).toBe(true);
    // A scenic area's grade is a level too (4A is not 5A, nor 国家级 旅游度假区).
    expect(keepsLevel('创建2-3家国家级、省级旅游度假区', "What's the target for the number of 4A scenic spots?")).toBe(false);
    expect(keepsLevel('全市新增5A级景区2个', '4A景区新增几个')).toBe(false);
    expect(keepsLevel('每个县新增一个4A级以上旅游景区', '4A景区新增几个')).toBe(true);
  });
  it('does not read a measure\'s name as asking a total (经济总量占全市比重 is no 总量是多少)', () => {
    const corridor = [concept('吉泰'), concept('走廊'), concept('经济总量')];
    expect(asksTotal('吉泰走廊经济总量占全市比重要提高几个百分点', corridor)).toBe(false);
    expect(asksTotal('养老床位总共会有多少张', [concept('养老'), concept('床位')])).toBe(true);
  });
  it('counts no general English word (build) toward a match, and needs a strong one from before the asking clause that the quotes say (hospital)', () => {
    const en = (quoted: string) => ({ quoted, english: true });
    const smart = [concept('smart factories', ['智能制造', '智慧工厂']), concept('build', ['打造'])];
    expect(measureMatch('打造20家以上智能制造标杆企业', smart, en(''))).toBe(1);
    expect(coverage('打造', smart)).toBe(0);
    const beds = [{ ...concept('hospital', ['医院', '医疗服务']), fromContext: true }, { ...concept('beds', ['床位']), fromContext: true }];
    const nursing = '每个县（市、区）至少建成 100 张以上特困失能集中护理床位';
    expect(measureMatch(nursing, beds, en('基层远程医疗服务系统'))).toBeNull();
    expect(measureMatch(nursing, beds, en(''))).toBe(1);
    // In the asking clause the same words are read as before: one strong word named suffices.
    expect(measureMatch(nursing, [concept('hospital', ['医院', '医疗服务']), concept('beds', ['床位'])], en('基层远程医疗服务系统'))).toBe(1);
  });
  it('reads an English word\'s plan terms whole (no stems), and a verb of doing written apart (新建 in 新（扩）建)', () => {
    const en = { quoted: '', english: true };
    const energy = [concept('energy consumption', ['单位GDP能源消耗降幅'])];
    expect(measureMatch('全市单位 GDP 能源消耗累计下降 13%', energy, en)).toBeNull();
    expect(measureMatch('全市单位 GDP 能源消耗累计下降 13%', energy, zh())).toBe(1);
    const parking = [concept('停车位', ['停车泊位']), concept('新建')];
    expect(measureMatch('中心城区新（扩）建公共停车泊位 3 万个', parking, zh())).toBe(2);
    expect(measureMatch('改造临时停车泊位 2000 个', parking, zh())).toBe(1);
  });
  it('takes an English question asking a value without "how many" or "target" as asking a figure, for the line', () => {
    expect(asksValueInEnglish("What was Ji'an's GDP in 2020 according to the five-year plan's indicator table?")).toBe(true);
    expect(asksValueInEnglish("Rural residents' per-capita disposable income in 2020?")).toBe(true);
    expect(asksValueInEnglish('What is the plan for rural tourism?')).toBe(false);
    expect(asksValueInEnglish('Does the plan mention a new airport in 2025?')).toBe(false);
    // "What <measure> does/is …", after a time before it, and a measure's name or bound asked as a phrase.
    expect(asksValueInEnglish("What per-capita GDP, in US dollars, does Ji'an aim to pass by 2025?")).toBe(true);
    expect(asksValueInEnglish("By 2025, what average years of schooling is Ji'an targeting for the working-age population?")).toBe(true);
    expect(asksValueInEnglish('Planned investment in new-type infrastructure under the major projects?')).toBe(true);
    expect(asksValueInEnglish('Cap on the increase in total energy consumption over the period?')).toBe(true);
    expect(asksValueInEnglish("What kind of industries does Ji'an plan?")).toBe(false);
    expect(asksValueInEnglish('Tourism development?')).toBe(false);
  });
  it('takes a Chinese question naming a measure with a bare year or 目标是 as asking its figure', () => {
    expect(namesMeasureOnly('吉安GDP 2025')).toBe(true);
    expect(namesMeasureOnly('企业数字化转型率目标是？')).toBe(true);
    expect(namesMeasureOnly('森林覆盖率是怎么算的')).toBe(false);
  });
});

describe('years and changes', () => {
  it('dates a sentence by the first year it names, in digits or in Chinese numerals', () => {
    expect(yearOfText('到 2025 年，全市单位 GDP 能源消耗累计下降 13%')).toBe(2025);
    expect(yearOfText('到二〇三五年，基本实现社会主义现代化')).toBe(2035);
    expect(yearOfText('新增床位2000张')).toBeNull();
  });
  it('reads a row\'s years from its filled columns', () => {
    expect(rowYears(row('森林覆盖率'))).toEqual([2020, 2025]);
  });
  it('computes the change from base to target and says it is computed; a share changes by percentage points', () => {
    expect(changeNote(row('地区生产总值(GDP)'), '亿元')).toBe('2020年2168.83亿元→2025年3130亿元，增加961.17亿元（按规划数字计算）');
    expect(changeNote(row('常住人口城镇化率'), '%')).toBe('2020年52.35%→2025年58.25%，增加5.90个百分点（按规划数字计算）');
    expect(changeNote(row('城镇登记失业率'), '%')).toBeNull();
  });
});

describe('composeDirect: measure and year', () => {
  const figureQ = (concepts: ReturnType<typeof concept>[], year: number | null = null, text = '') => ({ figure: { kinds: ['amount' as const] }, year, asksPast: false, concepts, text });
  it('says which year the plan gives when the asked year has no figure (2030 is not 2025)', () => {
    const d = composeDirect(figureQ([concept('森林覆盖率')], 2030, '吉安2030年森林覆盖率'), [{ text: '森林覆盖率 (%)', columns: row('森林覆盖率') }]);
    expect(d?.kind).toBe('other_year');
    expect(d?.line).toMatch(/^规划给出的是2020、2025年的数字，没有2030年的/);
    expect(answersWithFigure(d!.line)).toBe(false);
  });
  it('gives the total, not what is added, when both are in the sentence (通车里程达到1200公里)', () => {
    const text = '到2025年，全市新增通车高速公路里程400公里，通车里程达到1200公里。';
    const d = composeDirect(figureQ([concept('高速公路'), concept('通车'), concept('里程')], 2025, '高速公路通车里程2025年目标多少公里'), [{ text }]);
    expect(d?.line).toBe('到2025年，通车里程达到1200公里');
    const added = composeDirect(figureQ([concept('高速公路'), concept('里程')], 2025, '高速公路2025年新增多少公里'), [{ text }]);
    expect(added?.line).toBe('到2025年，全市新增通车高速公路里程400公里');
  });
  it('takes no figure of a year other than the one asked from a sentence (2020 is not 到2025年)', () => {
    const d = composeDirect({ ...figureQ([concept('人均GDP', ['人均GDP'])], 2020), asksPast: true }, [{ text: '到2025年，人均GDP突破10000美元。' }]);
    expect(d?.kind).toBe('other_year');
  });
  it('gives the asked item of a 分别 list', () => {
    expect(respectiveFigure('全市省级及以上绿色园区、绿色工厂、节水型企业分别达8个、25个和20个', [concept('绿色工厂')])).toBe('绿色工厂：25个');
    expect(respectiveFigure('市中心城区和县城公园绿地服务半径覆盖率分别达到 90% 和 80%', [concept('中心城区'), concept('公园绿地')])).toBe('市中心城区公园绿地服务半径覆盖率：90%');
    expect(respectiveFigure('全市铁路、高速公路通车总里程分别达到 726 公里、768 公里', [concept('高速公路'), concept('里程')])).toBe('高速公路通车总里程：768公里');
    // A share of a whole written once after the last item is every item's: the first item asked gets its own figure.
    const share = [concept('高新技术'), concept('产业'), concept('规模'), concept('工业'), concept('比重')];
    expect(respectiveFigure('高新技术产业、战略性新兴产业占规模工业比重分别达 54.4%和 35.2%', share)).toBe('高新技术产业占规模工业比重：54.4%');
  });
  it('takes no figure from a quoted name (“4050”人员)', () => {
    const d = composeDirect(figureQ([concept('就业')], null, '每年能新增多少就业'), [{ text: '着力帮助“4050”人员、残疾人、零就业家庭就业。' }]);
    expect(d).toEqual({ line: NO_FIGURE_LINE, from: null, kind: 'none' });
  });
});

describe('namesMeasureOnly', () => {
  it('takes a question that only names a measure as asking its figure', () => {
    for (const q of ['县城污水集中处理率2025年', '每千人口医疗机构床位数', '吉安2030年森林覆盖率', '农村自来水普及率到2025年', '新材料产业营收目标（2025）']) expect(namesMeasureOnly(q)).toBe(true);
    for (const q of ['森林覆盖率是怎么算的', '乡村振兴', '十四五规划的主要内容']) expect(namesMeasureOnly(q)).toBe(false);
  });
});

describe('figure set scoring', () => {
  const q = { figure: '8家以上', measure: '超500亿元开发区', question: '超500亿元的开发区要有几家' };
  it('reads the line\'s leading figure past years and the numbers of the measure\'s name', () => {
    expect(figuresIn('到2025年，超500亿元开发区8家以上', new Set([500]))).toEqual([8]);
    expect(figuresIn('PM2.5平均浓度35微克')).toEqual([35]);
    // A number after 到 that counts something is a figure, not the end of a span of years.
    expect(figuresIn('到 2025 年，技工院校年招生总量翻一番，达到 2000 人以上')).toEqual([2000]);
    expect(figuresIn('2021至2025年')).toEqual([]);
    expect(givesExpectedFigure('到2025年，超500亿元开发区8家以上', q)).toBe(true);
    expect(givesExpectedFigure('全市开发区营业收入突破7000亿元，超500亿元开发区8家以上', q)).toBe(false);
  });
  it('splits by the id\'s sha256 alone, and counts shown, correct and wrongly given lines', () => {
    const rows = parseFigureSet([
      JSON.stringify({ id: 'a', question: 'x', lang: 'zh', expect: 'figure', measure: 'm', year: 2025, figure: '8个' }),
      JSON.stringify({ id: 'b', question: 'y', lang: 'zh', expect: 'no_figure', measure: 'm', year: 2025, figure: null }),
    ].join('\n'));
    expect(rows.map((r) => r.half)).toEqual([halfOf('a'), halfOf('b')]);
    // A file listed as held out (written blind) has no tuning half.
    expect(parseFigureSet(JSON.stringify({ id: 'a', question: 'x', lang: 'zh', expect: 'figure', measure: 'm', year: 2025, figure: '8个' }), 'heldout')[0]!.half).toBe('heldout');
    const s = summariseFigureSet([{ ...rows[0]!, figureLine: 'm：8个' }, { ...rows[1]!, figureLine: 'm：3个' }]);
    expect(s).toMatchObject({ figure: 1, shown: 1, correct: 1, noFigure: 1, wronglyShown: 1 });
  });
});

describe('the figure\'s unit, year and measure agree with the question (issue 21, round 3)', () => {
  const q = (text: string, concepts: ReturnType<typeof concept>[], kinds: FigureKind[], extra: { year?: number | null; unit?: string; asksPast?: boolean } = {}) =>
    ({ figure: { kinds, ...(extra.unit ? { unit: extra.unit } : {}) }, year: extra.year ?? null, asksPast: extra.asksPast ?? false, concepts, text });
  it('answers a share only with a figure in %, and a figure in % only a question asking a percent, a rate, growth or naming the measure\'s head', () => {
    expect(unitAgrees({ inPercent: false, measure: '地区生产总值(GDP)' }, 'What share of GDP should finance reach by 2025?', { kinds: ['percent'] })).toBe(false);
    expect(unitAgrees({ inPercent: true, measure: '常住人口城镇化率' }, '2025年全市常住人口多少万人', { kinds: ['quantity'], unit: '人' })).toBe(false);
    expect(unitAgrees({ inPercent: true, measure: '数字经济核心产业增加值占GDP比重' }, '吉安 经济 目标 多少', { kinds: ['amount'] })).toBe(false);
    expect(unitAgrees({ inPercent: true, measure: '公众安全感' }, '公众安全感2020年多少', { kinds: ['amount'] })).toBe(true);
    expect(unitAgrees({ inPercent: true, measure: '森林覆盖率' }, '森林覆盖率到时候多少', { kinds: ['amount'] })).toBe(true);
    expect(unitAgrees({ inPercent: true, measure: '地区生产总值' }, '吉安经济一年要涨多少？', { kinds: ['amount'] })).toBe(true);
    expect(unitAgrees({ inPercent: false, measure: '地区生产总值(GDP)' }, '数字经济占GDP多少', { kinds: ['amount'] })).toBe(false);
    expect(unitAgrees({ inPercent: true, measure: '数字经济核心产业增加值占GDP比重' }, '数字经济占GDP多少', { kinds: ['amount'] })).toBe(true);
    expect(figuresInPercent('吉泰走廊经济总量占全市比重提高3个百分点')).toBe(true);
    expect(figuresInPercent('全市 50% 以上的县（市、区）经济总量超过 250 亿元')).toBe(false);
  });
  it('reads a year compared with as the base of a change, not the year asked', () => {
    expect(baseYearAsked('人均预期寿命比2020年提高多少岁')).toBe(2020);
    expect(baseYearAsked('GDP较2020年增长多少')).toBe(2020);
    expect(baseYearAsked('How much higher than in 2020 will life expectancy be?')).toBe(2020);
    expect(baseYearAsked('城乡居民收入比2025年要降到多少')).toBeNull();
    expect(baseYearAsked('城乡收入比2020年是多少')).toBeNull();
    const life = composeDirect(q('人均预期寿命比2020年提高多少岁', [concept('人均预期寿命')], ['quantity'], { year: 2020, unit: '岁', asksPast: true }),
      [{ text: '人均预期寿命', columns: row('人均预期寿命') }]);
    expect(life?.line).toMatch(/^人均预期寿命：年均\/累计增长\[0\.8\]岁/);
  });
  it('gives no figure of another measure standing after the asked one\'s (吉泰走廊…比重 is not 常住人口\'s)', () => {
    const text = '到2025年，全市常住人口城镇化率达到58.25%，吉泰走廊经济总量占全市比重提高3个百分点。';
    const d = composeDirect(q('2025年吉安全市常住人口多少万人', [concept('常住人口')], ['quantity'], { year: 2025, unit: '人' }), [{ text }]);
    expect(d?.kind).toBe('none');
  });
  it('gives two measures asked together each its figure, in the order asked', () => {
    const text = '到 2025 年，全市粮食产量稳定在 75 亿斤左右；井冈蜜柚种植规模达到 60 万亩，特色竹木 280 万亩，特色药材 35 万亩；';
    const d = composeDirect(q('特色竹木和特色药材分别多少万亩', [concept('特色竹木'), concept('特色药材')], ['quantity'], { unit: '亩' }), [{ text }]);
    expect(d?.line).toMatch(/^特色竹木 280 万亩；.*特色药材 35 万亩$/);
    expect(givesExpectedFigure(d!.line, { figure: '280万亩、35万亩', measure: '特色竹木、特色药材', question: '特色竹木和特色药材分别多少万亩' })).toBe(true);
  });
  it('gives two things counted together after the asking word (几个A和B) each its figure, the first asked first', () => {
    const text = '1. 智能制造培育工程。到2025年，在电子信息、生物医药大健康等优势领域建设100个“智慧工厂”、200个“数字车间”，打造20家以上智能制造标杆企业。';
    const concepts = [concept('工厂'), concept('智慧'), concept('数字'), concept('车间')];
    const d = composeDirect(q('吉安要建几个智慧工厂和数字车间', concepts, ['quantity']), [{ text }]);
    expect(d?.line).toMatch(/100个“智慧工厂”；.*200个“数字车间”$/);
  });
  it('takes a list item\'s number for no figure, and keeps a 、 in brackets inside its clause', () => {
    const footnote = '4. “耕地保有量”“单位 GDP 建设用地使用面积降幅”待土地“三调”公布后确定。';
    expect(composeDirect(q('单位GDP建设用地使用面积降幅多少', [concept('单位GDP'), concept('建设用地'), concept('降幅')], ['amount']), [{ text: footnote }])?.kind).toBe('none');
    const counties = '到 2025 年，全市 50% 以上的县（市、区）经济总量超过 250 亿元，60% 以上的县城人口超过 10 万人。';
    const d = composeDirect(q('经济总量超250亿元的县要占多少比例', [concept('经济总量'), concept('比例')], ['percent']), [{ text: counties }]);
    expect(d?.line).toContain('50% 以上的县（市、区）经济总量超过 250 亿元');
  });
  it('takes a county\'s name inside a product\'s plan name (泰和乌鸡) for no area the figure must be for', () => {
    const concepts = [concept('乌鸡', ['乌鸡', '泰和乌鸡']), concept('泰和')];
    const quoted = '乌鸡出笼 2000 万羽；发展泰和乌鸡';
    expect(requiredConcepts(concepts, { ...zh(quoted), asked: '泰和乌鸡一年出笼多少羽' }).map((c) => c.word)).toEqual(['乌鸡']);
    expect(requiredConcepts(concepts, { ...zh(quoted), asked: '泰和县的乌鸡出笼多少羽' }).map((c) => c.word)).toEqual(['乌鸡', '泰和']);
  });
});

describe('respectiveFigure: lists with 分别', () => {
  const clause = '全市铁路、高速公路通车总里程分别达到 726 公里、768 公里';
  it('reads a short item before the last as sharing the last one\'s measure (铁路 通车总里程)', () => {
    expect(respectiveFigure(clause, [concept('铁路'), concept('通车'), concept('里程')])).toBe('铁路：726公里');
    expect(respectiveFigure(clause, [concept('高速公路'), concept('通车'), concept('里程')])).toBe('高速公路通车总里程：768公里');
  });
  it('gives no line from a list whose asked item cannot be told: it would lead with the first item\'s figure', () => {
    const d = composeDirect({ figure: { kinds: ['quantity'] as FigureKind[], unit: '公里' }, year: null, asksPast: true, concepts: [concept('通车'), concept('里程')], text: '通车里程多少公里' }, [{ text: `${clause}。`, pastResult: true }]);
    expect(d?.kind).not.toBe('figure');
  });
});

describe('units and list figures the line cannot stand on', () => {
  const q = (text: string, concepts: ReturnType<typeof concept>[], kinds: FigureKind[]) => ({ figure: { kinds }, year: null, asksPast: false, concepts, text });
  it('takes no row in another unit than the one asked (多少万亩 is no project package\'s 规划投资（亿元）)', () => {
    const pack = chunks.find((c) => c.table?.cells[0]?.value === '乡村振兴' && c.table.cells.some((x) => /规划投资/.test(x.label)))!.table!;
    const d = composeDirect(q('高标准农田要建多少万亩', [concept('高标准农田')], ['quantity']), [{ text: pack.cells.map((c) => c.value).join('\t'), columns: pack.cells }]);
    expect(d?.kind).not.toBe('figure');
  });
  it('gives no figure of a list whose item the question does not name (…高标准农田70万亩、105万亩以上: 新建 or 提升改造)', () => {
    // Round 4: the items before the figures pair with them in order, so the first figure is 新建's alone;
    // a question naming neither item (要建: 建 is no word of its own) is given none rather than 新建's.
    const text = '到2025年，新建、提升改造高标准农田70万亩、105万亩以上。';
    expect(composeDirect(q('高标准农田要建多少万亩', [concept('高标准农田')], ['quantity']), [{ text }])?.kind).toBe('none');
    expect(composeDirect(q('高标准农田新建多少万亩', [concept('高标准农田'), concept('新建')], ['quantity']), [{ text }])?.line).toMatch(/^新建：70万亩/);
  });
});

describe('countersAsked: what an English "how many" counts', () => {
  it('reads the counted noun and the counters a figure of it is written with', () => {
    expect(countsAsAsked('培育3家以上5G元器件', countersAsked('How many 5G base stations will Ji\'an build by 2025?'))).toBe(false);
    expect(countsAsAsked('创建2-3家国家级、省级旅游度假区', countersAsked('How many tourists will visit Ji\'an in 2025?'))).toBe(false);
    expect(countsAsAsked('全市充电桩数量达到6000座', countersAsked('How many charging piles by 2025?'))).toBe(true);
    expect(countsAsAsked('完成老旧小区改造 14.2 万户左右', countersAsked('How many households in old residential compounds will be renovated by 2025?'))).toBe(true);
    expect(countersAsked('How many kilometres of expressway will be open?')).toBeNull();
  });
});

describe('a clause\'s own object', () => {
  it('takes no measure from before a figure that counts another noun (创建2-3家…旅游度假区 is not 5A级景区)', () => {
    const text = '全力推进国家5A级、4A级景区和国家级全域旅游示范区创建工作，到2025年，全市新增5A级景区2个，新增国家级全域旅游示范区2个；创建2-3家国家级、省级旅游度假区。';
    const d = composeDirect({ figure: { kinds: ['quantity'] as FigureKind[] }, year: null, asksPast: false, concepts: [concept('5A', ['5A', '5A级景区']), concept('景区')], text: '全市5A景区要有几个' }, [{ text }]);
    expect(d?.line).toBe('全市新增5A级景区2个');
  });
  it('takes none for an English question either, when the counted noun says none of its glosses (旅游度假区 for scenic spots)', () => {
    const text = '到2025年，全市新增5A级景区2个，创建2-3家国家级、省级旅游度假区。';
    const spots = concept('scenic spots', ['旅游景区', '5A级景区', '4A级景区']);
    const d = composeDirect({ figure: { kinds: ['quantity'] as FigureKind[] }, year: null, asksPast: false, concepts: [spots], text: 'How many scenic spots will Ji\'an have?', language: 'en' }, [{ text }]);
    expect(d?.line).toBe('到2025年，全市新增5A级景区2个');
  });
});

describe('a part of the city\'s figure', () => {
  const people = [concept('人口', ['人口', '人口规模'])];
  const text = '到 2025 年，中心城区建成区面积达到 110 平方公里，人口规模达到 110 万人左右。';
  it('is no answer to a question about the city (中心城区…人口规模110万人 is not Ji\'an\'s people)', () => {
    expect(composeDirect({ figure: { kinds: ['quantity'] as FigureKind[] }, year: 2025, asksPast: false, concepts: people, text: '吉安人口2025年多少万' }, [{ text }])?.kind).not.toBe('figure');
    expect(forAnotherPart(['市中心城区规划建设4个较大养老服务机构，'], '新增床位', 'How many elderly care beds will Ji\'an add?')).toBe(true);
  });
  it('answers a question naming that part, in Chinese or English, and any part a coordinated subject names', () => {
    expect(composeDirect({ figure: { kinds: ['quantity'] as FigureKind[] }, year: 2025, asksPast: false, concepts: people, text: '中心城区人口规模2025年多少' }, [{ text }])?.line).toBe('到 2025 年，人口规模达到 110 万人左右');
    expect(forAnotherPart(['市中心城区规划建设4个较大养老服务机构，'], '新增床位', 'How many beds will the central city add?')).toBe(false);
    expect(forAnotherPart([], '市中心城区和县城公园绿地服务半径覆盖率分别达到', '县城公园绿地服务半径覆盖率多少')).toBe(false);
  });
  it('reads a clause\'s subject after its own time, and takes 城区 and 农村 as parts (城区一类视频监控前端点位 3万, 农村 5万)', () => {
    const cameras = '加大城区视频前端点位的建设密度，到 2025 年城区一类视频监控前端点位数量达到 3 万个，农村前端点位达到 5 万个。';
    const points = [concept('前端'), concept('点位')];
    const q = (text: string) => composeDirect({ figure: { kinds: ['quantity'] as FigureKind[] }, year: null, asksPast: false, concepts: points, text }, [{ text: cameras }]);
    expect(q('视频监控前端点位多少个')?.kind).not.toBe('figure');
    expect(q('农村前端点位多少个')?.line).toBe('农村前端点位达到 5 万个');
    expect(q('城区前端点位多少个')?.line).toBe('到 2025 年城区一类视频监控前端点位数量达到 3 万个');
  });
  it('follows the last subject: the whole city (全市…) after a part, or no part, is the city\'s figure', () => {
    expect(forAnotherPart(['中心城区建成区面积达到110平方公里，'], '全市常住人口城镇化率达到', '城镇化率多少')).toBe(false);
    expect(forAnotherPart(['吉州窑、羊狮慕进入国家5A级景区名录，'], '创建', '旅游度假区几家')).toBe(false);
  });
});

describe('a count asked', () => {
  const text = '全市开发区营业收入突破7000亿元，其中，超1000亿元开发区2家，超500亿元开发区8家以上，超300亿元开发区2家以上。';
  const zones = [concept('开发区'), { ...concept('数量'), weight: 1 }];
  const d = (asked: string) => composeDirect({ figure: { kinds: ['amount'] as FigureKind[] }, year: null, asksPast: false, concepts: zones, text: asked }, [{ text }]);
  it('is answered neither by a sum of money nor by the count of one size class (开发区数量)', () => {
    expect(d('吉安开发区数量')?.kind).not.toBe('figure');
    expect(d('吉安开发区有几个')?.kind).not.toBe('figure');
  });
  it('is answered by the count of the size class it names, and a size class asked as a figure stays one', () => {
    expect(d('超500亿元开发区几家')?.line).toBe('超500亿元开发区8家以上');
    expect(keepsQualifiers('跨入300亿级开发区行列', '安福高新区2025年要跨入多少亿级')).toBe(true);
  });
});

describe('a ratio to a population', () => {
  it('is answered only by a figure per the same number of people (每千人口…), not by a count', () => {
    expect(keepsRatio('到2025年，新增床位2000张', 'How many elderly care beds per 1000 old people?')).toBe(false);
    expect(keepsRatio('每千人口拥有执业(助理)医师数', 'doctors per 1,000 people')).toBe(true);
    expect(keepsRatio('每万人口高价值发明专利拥有量', '每千人口专利多少件')).toBe(false);
    expect(keepsRatio('新增床位2000张', '养老床位多少张')).toBe(true);
    const beds = concept('beds', ['床位']);
    const d = composeDirect({ figure: { kinds: ['quantity'] as FigureKind[] }, year: null, asksPast: false, concepts: [beds], text: 'How many beds per 1000 old people?', language: 'en' }, [{ text: '到2025年，新增床位2000张。' }]);
    expect(d?.kind).not.toBe('figure');
  });
});

describe('words out of focus', () => {
  it('matches the measure among the words out of focus when those in focus name none, each a quote says required', () => {
    const doctors = { ...concept('doctors per', ['每千人口拥有执业(助理)医师数', '执业(助理)医师']), inFocus: false };
    const people = concept('people', ['养老服务体系']);
    const q = { figure: { kinds: ['quantity'] as FigureKind[] }, year: 2025, asksPast: false, concepts: [doctors, people], text: 'How many doctors per 1,000 people in 2025?', language: 'en' };
    const d = composeDirect(q, [{ text: '每千人口拥有执业(助理)医师数(人)', columns: row('每千人口拥有执业(助理)医师数') }]);
    expect(d?.line).toMatch(/^每千人口拥有执业\(助理\)医师数：2025年目标值2\.5人/);
  });
});

describe('a figure\'s own clause', () => {
  it('takes no measure from the clause before when it names a measure of its own (空气质量优良天数比例 is not 地表水水质\'s)', () => {
    const text = '到2025年，全市所有监测断面地表水水质达到Ⅲ类（含）以上标准，空气质量优良天数比例达到95%以上。';
    const d = composeDirect({ figure: { kinds: ['percent'] as FigureKind[] }, year: null, asksPast: false, concepts: [concept('水质'), concept('地表水'), concept('比例')], text: '地表水水质优良比例多少' }, [{ text }]);
    expect(d?.kind).toBe('none');
  });
});

describe('a flow over a plan\'s five years', () => {
  it('leads a row with its five-year total when the question asks what was added during 十三五', () => {
    const jobs = chunks.find((c) => c.table?.cells[0]?.value.replace(/\s+/g, '').startsWith('城镇新增就业人数') && c.table.table.includes('十三五'))!.table!;
    const q = (text: string, year: number | null) => ({ figure: { kinds: ['amount'] as FigureKind[] }, year, asksPast: true, concepts: [concept('新增'), concept('就业', ['城镇新增就业人数'])], text });
    const quoted = [{ text: '城镇新增就业人数', columns: jobs.cells, pastResult: true }];
    expect(composeDirect(q('十三五期间新增就业多少', null), quoted)?.line).toMatch(/^“十三五”完成情况：城镇新增就业人数：“十三五”累计或年均增长预期值\[27\.92\]万人/);
    expect(composeDirect(q('2020年新增就业多少', 2020), quoted)?.line).toMatch(/^“十三五”完成情况：城镇新增就业人数：2020年预期值4\.75万人/);
  });
});

describe('an English question pinned to a plan measure by its glossary name (issue 21, round 4)', () => {
  const en = (quoted: string) => ({ quoted, english: true });
  const rate = { ...concept('gross enrollment rate', ['高中阶段教育毛入学率']), curated: true };
  const senior = concept('senior', ['养老服务体系', '敬老院']);
  it('takes no text naming only the dictionary\'s glosses of its other words (senior → 敬老院)', () => {
    const quoted = '乡镇敬老院208所。高中阶段教育毛入学率达到 92% 以上。';
    expect(measureMatch('乡镇敬老院208所', [senior, rate], en(quoted))).toBeNull();
    expect(measureMatch('高中阶段教育毛入学率达到 92% 以上', [senior, rate], en(quoted))).toBe(1);
    // Without a glossary name, a dictionary gloss still matches.
    expect(measureMatch('乡镇敬老院208所', [senior], en(quoted))).toBe(1);
  });
  it('needs, without a glossary name, two of the measure words the quotes say (not 标准 alone for households, schools and communities … standards)', () => {
    const asked = [concept('households', ['家庭']), concept('schools', ['学校']), concept('communities', ['社区']), concept('standards', ['标准'])];
    const quoted = '65%以上的村和乡镇达到县级及以上文明村镇标准。70%的家庭、学校和社区达到绿色创建要求。';
    expect(measureMatch('65%以上的村和乡镇达到县级及以上文明村镇标准', asked, en(quoted))).toBeNull();
    expect(measureMatch('70%的家庭、学校和社区', asked, en(quoted))).toBe(3);
    // One measure word the quotes say is enough when it is the only one they say.
    expect(measureMatch('村镇标准 65%', asked, en('村镇标准 65%'))).toBe(1);
  });
  it('reads "output" alone as too general to tell a measure (hog output is no GDP)', () => {
    const output = { ...concept('output', ['产量', '生产总值']), fromContext: true };
    const hog = { ...concept('hog', ['生猪']), fromContext: true };
    expect(measureMatch('生猪出栏 430 万头', [hog, output], en('生猪出栏 430 万头；粮食年产量稳定在75亿斤'))).toBe(1);
  });
});

describe('an English measure pinned by its noun phrase (issue 21, round 6)', () => {
  const ctx = (asked: string) => ({ quoted: '', english: true, asked });
  const unemployment = { ...concept('unemployment rate', ['城镇调查失业率', '城镇登记失业率']), curated: true };
  const urban = { ...concept('urban', ['常住人口城镇化率', '户籍人口城镇化率']), curated: true };
  const surveyed = concept('surveyed', ['调查', '普查']);
  it('needs a word beside a glossary name that picks one of its terms (surveyed: 城镇调查失业率, not 城镇登记失业率)', () => {
    const asked = 'Surveyed unemployment rate target 2025?';
    expect(measureMatch('城镇登记失业率 (%)', [surveyed, unemployment], ctx(asked))).toBeNull();
    expect(measureMatch('城镇调查失业率 (%)', [surveyed, unemployment], ctx(asked))).toBe(2);
    // The same word in another phrase pins nothing: 城镇登记失业率 is the unemployment rate asked.
    expect(measureMatch('城镇登记失业率 (%)', [surveyed, unemployment], ctx('Unemployment rate target, as surveyed?'))).toBe(1);
  });
  it('takes the phrase\'s head as the measure (urban unemployment rate is no urbanisation rate)', () => {
    expect(measureMatch('常住人口城镇化率 (%)', [urban, unemployment], ctx('Urban unemployment rate target 2025?'))).toBeNull();
    expect(measureMatch('常住人口城镇化率 (%)', [urban, unemployment], ctx('Urban rate and unemployment rate targets?'))).toBe(1);
  });
  it('needs another glossary name beside it that names a measure of its own (preschool: 学前教育毛入园率 beside gross enrollment rate)', () => {
    const preschool = { ...concept('preschool', ['学前教育', '学前教育毛入园率']), curated: true };
    const rate = { ...concept('gross enrollment rate', ['高中阶段教育毛入学率']), curated: true };
    const asked = 'Preschool gross enrollment rate target 2025';
    expect(measureMatch('高中阶段教育毛入学率达到 92% 以上', [preschool, rate], ctx(asked))).toBeNull();
    expect(measureMatch('高中阶段教育毛入学率达到 92% 以上', [preschool, rate], ctx('Gross enrollment rate target 2025, and preschool places?'))).toBe(1);
    // A glossary name whose terms name no measure (kindergarten: 学前教育, 公办幼儿园) is not required.
    const kindergarten = { ...concept('kindergarten', ['学前教育', '公办幼儿园']), curated: true };
    expect(measureMatch('高中阶段教育毛入学率达到 92% 以上', [kindergarten, rate], ctx('Kindergarten gross enrollment rate target 2025'))).toBe(1);
  });
  it('takes no kind of figure alone (revenue) when the question names what it is of (biomedicine industry)', () => {
    const revenue = { ...concept('revenue', ['主营业务收入', '营业收入']), curated: true };
    const biomedicine = { ...concept('biomedicine', ['生物医药']), curated: true };
    const asked = "Revenue target for Ji'an's biomedicine industry in 2025?";
    expect(measureMatch('到2025年，绿色食品产业主营业务收入突破600亿元', [revenue, biomedicine], ctx(asked))).toBeNull();
    expect(measureMatch('生物医药大健康产业主营业务收入突破2000亿元', [revenue, biomedicine], ctx(asked))).toBe(2);
    expect(measureMatch('全市开发区营业收入突破7000亿元', [revenue], ctx('Revenue target 2025?'))).toBe(1);
  });
  it('needs a dictionary head the quotes say (throughput: 吞吐量), unless a named term ends as one of its glosses (普及率 as 覆盖率)', () => {
    const airport = { ...concept('jinggangshan airport', ['井冈山机场']), curated: true };
    const throughput = concept('throughput', ['吞吐量']);
    const quoted = { quoted: '井冈山机场旅客吞吐量', english: true, asked: 'Jinggangshan airport throughput target?' };
    expect(measureMatch('井冈山机场改扩建，新增航线10条', [airport, throughput], quoted)).toBeNull();
    const water = { ...concept('tap water', ['农村自来水普及率']), curated: true };
    const coverage = concept('coverage', ['覆盖率']);
    const tap = { quoted: '覆盖率 农村自来水普及率', english: true, asked: 'Tap water coverage target?' };
    expect(measureMatch('农村自来水普及率达到 85%', [water, coverage], tap)).toBe(1);
  });
  it('reads an intensity as a ratio: an amount in 亿元 does not answer it', () => {
    expect(unitAgrees({ inPercent: false, measure: '研发经费支出(亿元)' }, "Ji'an R&D intensity goal for 2025?", { kinds: ['amount'] })).toBe(false);
    expect(unitAgrees({ inPercent: true, measure: '全社会研发投入占GDP比重' }, "Ji'an R&D intensity goal for 2025?", { kinds: ['amount'] })).toBe(true);
    expect(unitAgrees({ inPercent: false, measure: '研发经费支出(亿元)' }, '研发投入强度十四五末要到多少？', { kinds: ['amount'] })).toBe(false);
    // 投入强度 asks no sum of money; 投入 alone does.
    expect(figureAsked('研发投入强度要到多少？')?.kinds).not.toContain('money');
    expect(figureAsked('研发投入强度达到多少')?.kinds).toContain('percent');
    expect(figureAsked('研发投入要到多少？')?.kinds).toContain('money');
  });
});

describe('a measure named alone, and a number of years asked (issue 21, round 6)', () => {
  it('reads a measure\'s name with the city after it, a number of years or a growth as naming the measure', () => {
    expect(namesMeasureOnly('绿色食品产业营收目标 吉安')).toBe(true);
    expect(namesMeasureOnly('劳动年龄人口平均受教育年限2025年')).toBe(true);
    expect(namesMeasureOnly('外资年均增长预期')).toBe(true);
    expect(namesMeasureOnly('吉安 怎么样')).toBe(false);
  });
  it('reads 是多少年 after a measure of years as a number of years, not a date', () => {
    expect(figureAsked('劳动年龄人口平均受教育年限2025年目标是多少年？')?.kinds).toEqual(['quantity']);
    expect(figureAsked('高铁多少年能通？')?.kinds).toContain('date');
  });
  it('drops a word cut across an asking word (少年 of 多少年), not one holding it whole (活多少岁)', () => {
    const words = [concept('少年'), concept('受教育年限'), concept('活多少岁')];
    expect(withoutAskingWords(words, '受教育年限是多少年').map((c) => c.word)).toEqual(['受教育年限', '活多少岁']);
    expect(withoutAskingWords(words, '青少年活动中心有几个，少年宫呢').map((c) => c.word)).toContain('少年');
    expect(withoutAskingWords(words, '能活多少岁').map((c) => c.word)).toContain('活多少岁');
  });
});

describe('measures named in other words (issue 21, round 6)', () => {
  it('keeps a size class written with 的 (超500亿的开发区 is 超500亿元开发区, not 超1000亿元开发区)', () => {
    expect(keepsQualifiers('超500亿元开发区8家以上', '超500亿的开发区要几家')).toBe(true);
    expect(keepsQualifiers('超1000亿元开发区2家', '超500亿的开发区要几家')).toBe(false);
  });
  it('reads 倍数 as a word of kind (a ratio), which a measure need not name', () => {
    const gap = [concept('城乡收入差距', ['城乡居民人均可支配收入比']), concept('倍数', [], 1, false)];
    expect(measureMatch('城乡居民人均可支配收入比 (%)', gap, zh('城乡居民人均可支配收入比'))).toBe(1);
    expect(unitAgrees({ inPercent: true, measure: '城乡居民人均可支配收入比' }, '城乡收入差距倍数要降到多少', { kinds: ['amount'] })).toBe(true);
  });
  it('reads an English glossary name\'s plan terms as the plan names them, without their kind of figure (energy intensity: 单位GDP能源消耗降幅)', () => {
    const energy = [{ ...concept('energy intensity', ['单位GDP能源消耗降幅']), curated: true }];
    expect(measureMatch('全市单位 GDP 能源消耗累计下降 13%', energy, { quoted: '', english: true })).toBe(1);
  });
  it('asks a value after what is told before a colon ("For my homework: what was …")', () => {
    expect(asksValueInEnglish("For my homework: what was Ji'an's forest coverage rate in 2020?")).toBe(true);
  });
});
