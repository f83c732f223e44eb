// The direct line: a figure question's answer in one line, composed only from what is quoted.
import { describe, expect, it } from 'vitest';
import { answersWithFigure, composeDirect, IN_WORDS_PREFIX, NO_FIGURE_LINE } from '../src/answer/direct.js';
import { sentenceLine } from '../src/answer/sentence-line.js';
import { measureForCount, wordingShared } from '../src/answer/clause-figures.js';
import { splitAfterFigures } from '../src/answer/figure-lists.js';
import { figureAsked } from '../src/understand/figure.js';
import { rowLine } from '../src/answer/row-line.js';
import { figureVerdict } from '../src/answer/answer.js';
import type { FigureKind } from '../src/understand/figure.js';
import { chunks } from './helpers.js';

/** The row of the “十四五” indicator table (or, with past, the “十三五” one) whose indicator starts with name. */
const row = (name: string, past = false) => chunks.find((c) => c.table?.cells[0]?.value.replace(/\s+/g, '').startsWith(name)
  && c.table.table.includes('十三五') === past)!.table!.cells;
const concept = (word: string, forms = [word]) => ({ word, weight: 1, forms, inFocus: true, inPlan: true, broader: false });
/** The direct line alone. */
const directLine = (...args: Parameters<typeof composeDirect>) => composeDirect(...args)?.line ?? null;
const ask = (kinds: FigureKind[], year: number | null = null, concepts: ReturnType<typeof concept>[] = []) => ({ figure: { kinds }, year, asksPast: false, concepts });

describe('rowLine', () => {
  it('leads with the target, each value with its column label and unit, the attribute last', () => {
    expect(rowLine(row('地区生产总值(GDP)'), null)).toBe('地区生产总值(GDP)：2025年目标值3130亿元；2020年基期值2168.83亿元；年均/累计增长7.6%左右（预期性）');
  });
  it('leads with the asked year\'s cell, and skips empty cells', () => {
    expect(rowLine(row('居民人均可支配收入'), 2020).split('；')[0]).toBe('居民人均可支配收入：2020年基期值27311元');
    expect(rowLine(row('城镇调查失业率'), null)).not.toContain('—');
  });
  it('keeps a bound or a target in words as printed, with its unit', () => {
    expect(rowLine(row('城镇登记失业率'), null)).toContain('2025年目标值<4.5%');
    // A target in words is no figure: the line says so, and gives the words, not the 2020 base's 67.7 as an answer.
    const inWords = composeDirect({ ...ask(['amount'], 2025, [concept('森林覆盖率')]), text: '森林覆盖率2025年目标是多少' }, [{ text: '森林覆盖率', columns: row('森林覆盖率') }]);
    expect(inWords?.kind).toBe('in_words');
    expect(inWords?.line).toMatch(new RegExp(`^${IN_WORDS_PREFIX}森林覆盖率：2025年目标值保持稳定`));
    expect(answersWithFigure(inWords!.line)).toBe(false);
  });
  it('gives a bracketed five-year total in the row\'s own unit, not in %', () => {
    expect(rowLine(row('每万人口有效发明专利拥有量'), null)).toContain('年均/累计增长[2.12]件');
    expect(rowLine(row('地区生产总值(GDP)'), null)).toContain('年均/累计增长7.6%左右');
  });
  it('reads a “十三五” row as a result: what 2020 reached against the plan, and whether it was done', () => {
    const line = rowLine(row('农村居民人均可支配收入', true), null);
    expect(line).toContain('2020年预期值16491元');
    expect(line).toContain('2020年规划目标17450元');
    expect(line.endsWith('基本完成或接近完成')).toBe(true);
  });
});

describe('sentenceLine and directLine', () => {

  it('asks a span of time (几分钟, 过渡期几年) and gives each listed item its own figure with the noun the list shares', () => {
    const circle = '逐步形成城区和中心镇 15 分钟、一般村镇（街道）20 分钟的“公共文化服务圈”。';
    const ask = figureAsked('一般村镇的公共文化服务圈是几分钟')!;
    expect(ask.kinds).toContain('date');
    expect(sentenceLine(circle, ask, [concept('村镇'), concept('服务圈')])?.line).toBe('一般村镇（街道）20 分钟的“公共文化服务圈”');
    expect(sentenceLine(circle, ask, [concept('城区'), concept('服务圈')])?.line).toBe('逐步形成城区和中心镇 15 分钟的“公共文化服务圈”');
    expect(figureAsked('脱贫攻坚过渡期几年')?.kinds).toContain('date');
  });  const gdp = '——经济综合实力跃上新台阶。经济保持中高速增长。到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右，人均GDP突破10000美元。';
  it('takes the clause with the figure, keeping the sentence\'s time clause', () => {
    expect(sentenceLine(gdp, { kinds: ['percent'] }, [concept('地区生产总值')])?.line).toBe('到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右');
  });
  it('prefers the quote that names what was asked, and a table row on a tie', () => {
    const quotes = [{ text: gdp }, { text: '居民人均可支配收入\t27311\t38065', columns: row('居民人均可支配收入') }];
    expect(directLine(ask(['money'], 2025, [concept('收入', ['居民人均可支配收入'])]), quotes)).toMatch(/^居民人均可支配收入：2025年目标值38065元/);
    // It says which quote it comes from (an English question's answer leads with that quote).
    expect(composeDirect(ask(['money'], 2025, [concept('收入', ['居民人均可支配收入'])]), quotes)?.from).toBe(1);
    expect(composeDirect(ask(['money'], null, [concept('农田')]), [{ text: '新建、提升改造高标准农田70万亩' }])).toEqual({ line: NO_FIGURE_LINE, from: null, kind: 'none' });
  });
  it('says the plan gives no figure when no quote carries one, and nothing when none is asked', () => {
    expect(directLine(ask(['money']), [{ text: '新建、提升改造高标准农田70万亩' }])).toBe(NO_FIGURE_LINE);
    expect(directLine({ figure: null, year: null, asksPast: false, concepts: [] }, [{ text: gdp }])).toBeNull();
  });
  it('gives a “十三五” result only for a question about that period, and says what it is', () => {
    const past = { text: '农村居民人均可支配收入(元)', columns: row('农村居民人均可支配收入', true), pastResult: true };
    expect(directLine(ask(['money']), [past])).toBe(NO_FIGURE_LINE);
    const income = [concept('收入', ['农村居民人均可支配收入'])];
    expect(directLine({ ...ask(['money'], null, income), asksPast: true }, [past])).toMatch(/^“十三五”完成情况：农村居民人均可支配收入：/);
  });
  it('takes no “十三五” row whose result columns are empty (保障性住房覆盖率: only its old target 25%)', () => {
    const housing = { text: '城镇常住人口保障性住房覆盖率(%)', columns: row('城镇常住人口保障性住房覆盖率', true), pastResult: true };
    const asked = { ...ask(['amount'], 2020, [concept('住房'), concept('覆盖率')]), asksPast: true, text: '保障性住房覆盖率2020年完成多少' };
    expect(directLine(asked, [housing]) ?? '').not.toMatch(/25/);
  });
  it('answers a when with the leading time of the sentence that reaches the figure (到2025年，…人均GDP突破10000美元)', () => {
    const text = '到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右，人均GDP突破10000美元。';
    expect(sentenceLine(text, { kinds: ['date'] }, [concept('人均'), concept('GDP')])?.line).toBe('到2025年，人均GDP突破10000美元');
  });
  it('leads a “十三五” row with what the plan reached, not its old target; over a span of years with the five-year column', () => {
    const jobs = { text: '城镇新增就业人数(万人)', columns: row('城镇新增就业人数', true), pastResult: true };
    const asked = { ...ask(['quantity'], null, [concept('就业', ['城镇新增就业人数', '就业'])]), asksPast: true };
    expect(directLine(asked, [jobs])).toMatch(/^“十三五”完成情况：城镇新增就业人数：2020年预期值4\.75万人/);
    expect(directLine({ ...asked, text: 'New urban jobs during 2016-2020, total?' }, [jobs])).toMatch(/^“十三五”完成情况：城镇新增就业人数：“十三五”累计或年均增长预期值\[27\.92\]万人/);
  });
  it('leads with the growth column when asked how much a year on average (年均涨多少)', () => {
    const income = { text: '居民人均可支配收入(元)', columns: row('居民人均可支配收入') };
    expect(directLine({ ...ask(['money'], 2025, [concept('收入', ['居民人均可支配收入', '收入'])]), text: '2025年吉安居民收入年均涨多少呢' }, [income])).toMatch(/^居民人均可支配收入：年均\/累计增长6\.9%左右/);
  });
  it('gives a figure for each town (每个中心镇建成1个…) only to a question asking per one', () => {
    const text = '到 2025 年，每个中心镇建成 1 个乡镇商贸综合体，乡镇规范性农贸市场实现全覆盖。';
    const concepts = [concept('商贸'), concept('综合体')];
    expect(composeDirect({ ...ask(['quantity'], null, concepts), text: '吉安有多少个乡镇商贸综合体' }, [{ text }])?.kind).not.toBe('figure');
    expect(directLine({ ...ask(['quantity'], null, concepts), text: '每个中心镇建几个商贸综合体' }, [{ text }])).toBe('到 2025 年，每个中心镇建成 1 个乡镇商贸综合体');
  });
  it('takes no figure whose counted object names only part of the asked measure (特色村 for 特色商贸小镇)', () => {
    const text = '到 2025 年，各县（市、区）打造 3 个以上特色商贸小镇，打造 10 个以上以观光、采摘、民俗、民宿、品尝等为主题的特色村。';
    const concepts = [concept('小镇', ['小镇', '中心镇', '特色小镇']), { ...concept('打造'), weight: 0.6 }, concept('特色'), concept('商贸')];
    expect(directLine({ ...ask(['quantity'], null, concepts), text: '每个县要打造几个特色商贸小镇？' }, [{ text }])).toBe('到 2025 年，各县（市、区）打造 3 个以上特色商贸小镇');
  });
  it('takes no target from a sentence reviewing the last plan (发展基础), and no figure from a pollutant\'s name', () => {
    const review = { text: '全市 PM_{2.5} 平均浓度累计下降 28.2%', pastResult: true };
    const pm = [concept('PM2.5', ['PM_{2.5}', 'PM2.5'])];
    expect(directLine(ask(['amount'], null, pm), [review])).toBe(NO_FIGURE_LINE);
    expect(directLine({ ...ask(['percent'], null, pm), asksPast: true, text: 'PM2.5浓度下降了多少' }, [review])).toContain('28.2%');
    expect(directLine(ask(['amount'], null, pm), [{ text: '坚持PM_{2.5}和臭氧协同控制' }])).toBe(NO_FIGURE_LINE);
  });
  it('gives no figure of a measure the question does not name, but names the measures the plan gives', () => {
    const other = { text: '数字经济核心产业增加值占GDP比重', columns: row('数字经济核心产业增加值占GDP比重') };
    const direct = composeDirect(ask(['amount'], null, [concept('细颗粒物')]), [other, { text: '加强细颗粒物和臭氧协同控制。' }]);
    expect(direct).toEqual({ line: '规划没有给出这一项的数字，给出的是：数字经济核心产业增加值占GDP比重。', from: null, kind: 'other_measures' });
    // A measure word no quote says cannot be checked: then only that the plan gives no figure.
    expect(composeDirect(ask(['amount'], null, [concept('细颗粒物')]), [other])).toEqual({ line: NO_FIGURE_LINE, from: null, kind: 'none' });
  });
  it('takes no target from a row that gives only its base year: the sentence that sets one answers instead', () => {
    const air = [concept('空气质量', ['空气质量优良天数比例'])];
    const sentence = '到2025年，全市所有监测断面地表水水质达到Ⅲ类（含）以上标准，空气质量优良天数比例达到95%以上，森林覆盖率保持稳定。';
    const quotes = [{ text: '地级及以上城市空气质量优良天数比例 (%)', columns: row('地级及以上城市空气质量优良天数比例') }, { text: sentence }];
    expect(directLine(ask(['percent'], 2025, air), quotes)).toBe('到2025年，空气质量优良天数比例达到95%以上');
    expect(directLine({ ...ask(['percent'], 2020, air), asksPast: true }, quotes)).toMatch(/^地级及以上城市空气质量优良天数比例：2020年基期值94.5%/);
  });
  it('prefers the figure in the unit asked for, and takes the measure from earlier in the sentence', () => {
    const text = '到 2025 年，高技能人才占比达到 40% 以上，全市从事技能工作的劳动者总量翻一番，达到100万人。';
    const workers = [concept('技能'), concept('劳动者')];
    expect(directLine({ ...ask(['quantity'], null, workers), figure: { kinds: ['quantity'], unit: '人' } }, [{ text }]))
      .toBe('到 2025 年，全市从事技能工作的劳动者总量翻一番，达到100万人');
  });
});

describe('the figure line and the outcome agree', () => {
  const line = (kind: 'figure' | 'none' | 'other_year' | 'other_measures', text: string) => ({ line: text, from: null, kind });
  it('under ✅ shows no line saying the plan gives other measures: a measure-only question becomes related, naming them', () => {
    const others = line('other_measures', '规划没有给出这一项的数字，给出的是：城镇登记失业率。');
    expect(figureVerdict(others, false)).toEqual({ line: null, related: null });
    expect(figureVerdict(others, true)).toEqual({ line: null, related: others.line });
  });
  it('makes another year\'s figure related, and keeps a figure or a no-figure line under ✅', () => {
    const other = line('other_year', '规划给出的是2025年的数字，没有2030年的：森林覆盖率');
    expect(figureVerdict(other, false)).toEqual({ line: null, related: other.line });
    expect(figureVerdict(line('figure', '到2025年，通车里程达到1200公里'), false)).toEqual({ line: '到2025年，通车里程达到1200公里', related: null });
    expect(figureVerdict(line('none', NO_FIGURE_LINE), false)).toEqual({ line: NO_FIGURE_LINE, related: null });
    expect(figureVerdict(null, true)).toEqual({ line: null, related: null });
  });
});

describe('a measure named in loose words', () => {
  const gdp = '到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右，人均GDP突破10000美元。规模工业增加值年均增长8%左右，固定资产投资年均增长9%左右。';
  it('gives no figure to a question naming only how a measure grows (固投年均增长多少: 固投 is no word it knows)', () => {
    const q = { ...ask(['percent'], null, [concept('年均'), { ...concept('增长'), weight: 0.6 }]), text: '固投年均增长多少' };
    expect(composeDirect(q, [{ text: gdp }])).toEqual({ line: NO_FIGURE_LINE, from: null, kind: 'none' });
    const named = { ...ask(['percent'], null, [concept('固定资产投资'), concept('年均')]), text: '固定资产投资年均增长多少' };
    expect(directLine(named, [{ text: gdp }])).toBe('固定资产投资年均增长9%左右');
  });
  it('takes an English question\'s measure from before the clause that asks ("EV charging piles: how many …?")', () => {
    const piles = { ...concept('ev charging', ['充电桩', '充电基础设施']), inFocus: false };
    const q = { ...ask(['quantity'], 2025, [piles]), text: "EV charging piles: how many does Ji'an aim to have by 2025?", language: 'en' };
    expect(directLine(q, [{ text: '加快充电基础设施布局建设，力争到2025年全市充电桩数量达到6000座。' }])).toContain('6000座');
    // Without a topic before a colon, the words out of focus stay out of it while those in focus name a
    // measure of their own (a demographic model); only when they name none are the others matched.
    const story = { ...q, concepts: [piles, concept('demographic model', [])], text: "For a demographic model, how many EV charging piles does Ji'an aim to have by 2025?" };
    expect(composeDirect(story, [{ text: '加快充电基础设施布局建设，力争到2025年全市充电桩数量达到6000座。' }])?.kind).toBe('none');
  });
});

describe('figures that are no measure\'s value (issue 21, round 4)', () => {
  it('takes no year for a figure, and no figure bounding a class of things (15 万立方米以上的重点企业)', () => {
    const grid = { ...ask(['amount'], 2025, [concept('电网')]), text: '农村电网改造2025年多少' };
    expect(directLine(grid, [{ text: '实施农村电网改造升级工程，到 2025 年，全面完成。' }])).toBe(NO_FIGURE_LINE);
    const water = { ...ask(['amount'], 2025, [concept('用水量')]), text: '用水量2025年降到多少立方米' };
    expect(directLine(water, [{ text: '建成一批节水型企业，年用水量 15 万立方米以上的重点企业全部建成节水型企业。' }])).toBe(NO_FIGURE_LINE);
    const clinic = { ...ask(['quantity'], 2025, [concept('行政村')]), text: '行政村要有几个' };
    expect(directLine(clinic, [{ text: '到 2025 年，常住人口大于 800 人的行政村有一所达标的村卫生室。' }])).toBe(NO_FIGURE_LINE);
    // A share of the things (65%以上的村) is a value.
    const villages = { ...ask(['percent'], 2025, [concept('文明村镇')]), text: '文明村镇比例多少' };
    expect(directLine(villages, [{ text: '到 2025 年，65%以上的村和乡镇达到县级及以上文明村镇标准。' }])).toContain('65%');
  });
});

describe('the words that name the measure asked (issue 21, round 4)', () => {
  it('reads a question made of keywords alone (0-3岁托位 每千人 2025年目标多少个) as naming its measure in each', () => {
    const places = { ...concept('岁托位', ['每千人口拥有0-3岁婴幼儿托位数']), weight: 0.8, inFocus: false };
    const q = { ...ask(['quantity'], 2025, [places, { ...concept('每千人'), weight: 0.8 }]), text: '0-3岁托位 每千人 2025年目标多少个' };
    const quotes = [{ text: '每千人口拥有执业(助理)医师数', columns: row('每千人口拥有执业') }, { text: '每千人口拥有0-3岁婴幼儿托位数', columns: row('每千人口拥有0-3岁') }];
    expect(directLine(q, quotes)).toMatch(/^每千人口拥有0-3岁婴幼儿托位数：2025年目标值3.6个/);
    // A clause telling more than the question's words (健身的地方太少了) stays context.
    const story = { ...q, concepts: [{ ...concept('健身', ['人均体育场地面积']), inFocus: false }, concept('执业')], text: '健身的地方太少了，执业医师2025年多少' };
    expect(directLine(story, quotes)).toMatch(/^每千人口拥有执业/);
  });
  it('takes the measure from the last of several questions that asks a figure', () => {
    const q = { ...ask(['percent'], null, [concept('空气', ['空气质量']), concept('PM2.5', ['PM_{2.5}']), concept('浓度')]), text: '吉安空气这几年变好了多少？PM2.5平均浓度下降了百分之几' };
    expect(directLine(q, [{ text: '全市 PM_{2.5} 平均浓度累计下降 28.2%，空气质量保持在国家二级标准。' }])).toContain('28.2%');
  });
  it('finds an English measure word in the question whatever the marks between its words (High-tech Zone)', () => {
    const zone = concept('anfu high tech zone', ['安福高新区']);
    const q = { ...ask(['amount'], 2025, [zone, concept('revenue', ['营业收入'])]), text: 'What revenue tier is Anfu High-tech Zone supposed to reach by 2025?', language: 'en' };
    expect(composeDirect(q, [{ text: '全市开发区营业收入突破7000亿元，其中，超1000亿元开发区2家。' }])?.kind).toBe('none');
  });
});

describe('what a clause\'s figure is for (issue 21, round 4)', () => {
  it('takes the total of a change the question itself asks (新改建…一共多少公里)', () => {
    const q = { ...ask(['quantity'], null, [concept('农村公路')]), text: '十四五全市新改建农村公路一共多少公里' };
    expect(directLine(q, [{ text: '到 2025 年，全市新改建农村公路 4000 公里，所有乡镇联通三级及以上公路。' }])).toContain('4000 公里');
    // …but not a change for a total it does not name (新增床位 for 总共会有多少张).
    const beds = { ...ask(['quantity'], null, [concept('床位')]), text: '养老床位总共会有多少张' };
    expect(directLine(beds, [{ text: '到2025年，新增床位2000张。' }])).toBe(NO_FIGURE_LINE);
  });
  it('gives a figure for each county only to a question asking per county', () => {
    const firms = concept('百亿企业', ['百亿企业']);
    const text = '市级层面探索整合农林水资源资产,再培育1家千亿级企业,推动每个县(市、区)建立1家百亿企业集团。';
    expect(directLine({ ...ask(['quantity'], null, [firms]), text: '百亿企业要有几家？' }, [{ text }])).toBe(NO_FIGURE_LINE);
    expect(directLine({ ...ask(['quantity'], null, [firms]), text: '每个县要有几家百亿企业？' }, [{ text }])).toContain('1家');
  });
  it('prefers, asked how many a year, the figure given a year', () => {
    const q = { ...ask(['amount'], null, [concept('博士', ['博士', '高层次人才']), concept('人才'), { ...concept('引进'), weight: 0.6 }]), text: '吉安每年计划引进多少博士以上人才？' };
    const quotes = [{ text: '“双百计划”：2020年起，计划用三年，引进100名左右高层次人才或团队。' }, { text: '到2025年，每年引进博士以上高层次人才50人以上。' }];
    expect(directLine(q, quotes)).toContain('50人以上');
  });
  it('reads an English subject counting people (常住人口) as the residents asked, not a measure of its own', () => {
    const q = { ...ask(['quantity'], 2025, [concept('hsr new district', ['高铁新区']), concept('residents', ['常住人口'])]), text: 'How many residents should the HSR New District have by 2025?', language: 'en' };
    expect(directLine(q, [{ text: '到2025年，高铁新区建成区面积5平方公里，常住人口5万人。' }])).toContain('5万人');
  });
});

describe('lists of figures (issue 21, round 4)', () => {
  const farmland = '到2025年，新建、提升改造高标准农田70万亩、105万亩以上。';
  it('reads items before their figures as a list without 分别 (新建、提升改造高标准农田70万亩、105万亩以上)', () => {
    const upgrade = { ...ask(['amount'], null, [concept('提升改造'), concept('高标准农田')]), text: '提升改造高标准农田多少万亩' };
    expect(directLine(upgrade, [{ text: farmland }])).toMatch(/^提升改造高标准农田：105万亩以上/);
    // Naming no item of it, the list gives no figure (not the first item's 70).
    const any = { ...ask(['amount'], null, [concept('高标准农田')]), text: '高标准农田多少万亩' };
    expect(directLine(any, [{ text: farmland }])).toBe(NO_FIGURE_LINE);
    // Asked each item's figure, it gives the list.
    const each = { ...ask(['amount'], null, [concept('高标准农田'), concept('新建'), concept('提升改造')]), text: '高标准农田新建和提升改造各多少亩' };
    expect(directLine(each, [{ text: farmland }])).toContain('70万亩、105万亩以上');
  });
  it('reads a figure with a longer noun before the next 、 as its own (5 家以上国家级创新平台、150 家以上省级创新平台)', () => {
    const q = { ...ask(['quantity'], 2025, [concept('创新平台', ['省级创新平台'])]), text: '省级创新平台新增多少家' };
    expect(directLine(q, [{ text: '到 2025 年，全市新增 5 家以上国家级创新平台、150 家以上省级创新平台。' }])).toBe('到 2025 年，150 家以上省级创新平台');
  });
});

describe('an English measure named by the glossary (issue 21, round 4)', () => {
  it('takes the glossary\'s name from the sentence that asks when the clause in focus names the measure only through loose glosses', () => {
    const productivity = { ...concept('labor productivity', ['全员劳动生产率']), inFocus: false, curated: true };
    const q = { ...ask(['amount'], 2020, [productivity, concept('worker', ['劳动者']), concept('base', ['基础'])]), asksPast: true, text: 'Labour productivity per worker in 2020 (base year) — what was it?', language: 'en' };
    expect(directLine(q, [{ text: '全员劳动生产率', columns: row('全员劳动生产率') }])).toMatch(/^全员劳动生产率：2020年基期值7.8万元\/人/);
  });
});

describe('the kind of figure asked (issue 21, round 4)', () => {
  it('is the asking sentence\'s when a question before it asks another kind (啥时候能上去？2025年目标是多少)', () => {
    // (The asking sentence names no measure, 目标 only: the one named before it is the measure.)
    const q = { ...ask(['date'], 2025, [concept('农村污水', ['农村生活污水处理率']), concept('目标')]), text: '农村污水处理率啥时候能上去？2025年目标是多少' };
    const quote = { text: '到 2025 年，完成 211 个乡镇圩镇的农村生活污水处理设施建设，全市农村生活污水处理率达 60%以上。' };
    expect(directLine(q, [quote])).toContain('60%以上');
  });
});

describe('what a count counts (issue 21, round 4)', () => {
  it('gives no count of another noun than the one asked (3家以上5G元器件…头雁企业 for 5G基站)', () => {
    const fiveG = concept('5G', ['5G', '5G制造']);
    const text = '2. 5G制造产业。到2025年，培育3家以上5G元器件、智能终端等领域的头雁企业。';
    expect(directLine({ ...ask(['quantity'], null, [fiveG, concept('基站', ['基站', '5G制造'])]), text: '5G基站建多少个' }, [{ text }])).toBe(NO_FIGURE_LINE);
    expect(directLine({ ...ask(['quantity'], null, [fiveG, concept('企业')]), text: '5G头雁企业培育多少家' }, [{ text }])).toContain('3家以上');
    // A noun said in part is the one asked (美丽乡村点建设: 村点).
    expect(directLine({ ...ask(['quantity'], null, [concept('美丽乡村')]), text: '美丽乡村点一共建了多少个' }, [{ text: '高标准完成 1.7 万个美丽乡村点建设。' }])).toContain('1.7 万个');
  });
});

describe('the kind of figure against what is asked (issue 21, round 4)', () => {
  it('reads a share among new things as a level, not an amount added (城镇新建建筑中绿色建筑面积占比不低于 70%)', () => {
    const building = { ...concept('green building', ['绿色建筑']), curated: true };
    const q = { ...ask(['percent'], null, [building]), text: 'What is the green building share target?', language: 'en' };
    const text = '持续开展绿色家庭、绿色建筑、绿色出行等创建行动，到 2025 年，80%的县级及以上党政机关达到绿色创建要求。城镇新建建筑中绿色建筑面积占比不低于 70%。';
    expect(directLine(q, [{ text }])).toContain('70%');
  });
  it('answers a rate or a coverage asked in no unit with no amount (农村自来水普及率 is not 规划投资703.2亿元)', () => {
    const pack = chunks.find((c) => c.table?.cells[0]?.value === '乡村振兴' && c.table.cells.some((x) => /规划投资/.test(x.label)))!.table!;
    const q = { ...ask(['amount'], null, [concept('乡村振兴')]), text: '乡村振兴自来水普及率目标' };
    expect(composeDirect(q, [{ text: pack.cells.map((c) => c.value).join('\t'), columns: pack.cells }])?.kind).not.toBe('figure');
  });
  it('answers a count or an area asked with no sum of money (How many hectares of high-standard farmland: not 规划投资)', () => {
    const pack = chunks.find((c) => c.table?.cells[0]?.value === '乡村振兴' && c.table.cells.some((x) => /规划投资/.test(x.label)))!.table!;
    const q = { ...ask(['quantity'], null, [concept('high standard farmland', ['高标准农田'])]), text: 'How many hectares of high-standard farmland will be built?', language: 'en' };
    expect(composeDirect(q, [{ text: pack.cells.map((c) => c.value).join('\t'), columns: pack.cells }])?.kind).not.toBe('figure');
  });
});

describe('a share asked of a row of growth (issue 21, round 4)', () => {
  it('gives no growth row (规模以上工业增加值增速) for a share, and gives it for growth', () => {
    const industry = concept('industrial output', ['规模以上工业增加值']);
    const quotes = [{ text: '规模以上工业增加值增速', columns: row('规模以上工业增加值增速') }];
    expect(composeDirect({ ...ask(['percent'], null, [industry]), text: 'What is the target for the share of high-tech industry in industrial output?', language: 'en' }, quotes)?.kind).not.toBe('figure');
    expect(directLine({ ...ask(['percent'], null, [industry]), text: 'What is the industrial output growth target?', language: 'en' }, quotes)).toContain('8%左右');
  });
});

describe('a count asked and the wording asked (issue 21, round 7)', () => {
  const works = '2. 防洪防汛设施。到 2025 年，除险加固水库 200 座、重点山塘 500 座，治理河段 1100 公里、涝区 90 个。';
  it('answers a count asked with a classifier by no figure in a unit that measures (治理涝区几个 is not 治理河段 1100 公里)', () => {
    const q = { ...ask(['quantity'], null, [{ ...concept('治理'), weight: 0.6 }]), text: '治理涝区几个' };
    expect(directLine(q, [{ text: works }])).toBe('到 2025 年，涝区 90 个');
    // …but a question naming the unit takes the figure in it.
    expect(directLine({ ...q, text: '治理河段多少公里' }, [{ text: works }])).toContain('1100 公里');
  });
  it('reads 几个百分点 as no count', () => {
    expect(measureForCount('提高 3 个百分点', '提高几个百分点')).toBe(false);
    expect(measureForCount('城区面积 110 平方公里', '城区有几个')).toBe(true);
  });
  it('on a tie of clauses, gives the one saying more of the question\'s wording (省级研学旅游示范基地)', () => {
    const text = '到2025年，1个国家康养旅游示范基地，创建1个全国研学旅游示范基地、3个省级研学旅游示范基地。';
    const q = { ...ask(['quantity'], null, [concept('旅游'), { ...concept('示范'), weight: 0.6 }, concept('基地')]), text: '省级研学旅游示范基地几个' };
    expect(directLine(q, [{ text }])).toContain('3个省级研学旅游示范基地');
    expect(wordingShared('3个省级研学旅游示范基地', '省级研学旅游示范基地几个')).toBeGreaterThan(wordingShared('1个国家康养旅游示范基地', '省级研学旅游示范基地几个'));
  });
  it('reads a model\'s parts joined by a plus as a list (1个市级…平台+13个县级…平台), not a quoted “1+13+N”', () => {
    const text = '形成1个市级物流公共信息平台+13个县级物流公共信息平台+N个细分领域平台的“1+13+N”模式。';
    const q = { ...ask(['quantity'], null, [concept('物流'), concept('公共信息'), concept('平台')]), text: '县级物流公共信息平台几个' };
    expect(directLine(q, [{ text }])).toMatch(/^13个县级/);
    expect(splitAfterFigures('平台的“1+13+N”模式')).toHaveLength(1);
  });
});

describe('what is added, asked (issue 21, round 7)', () => {
  it('gives the figure of what is added before the level after it (新增通车高速公路里程400公里, not 通车里程达到1200公里)', () => {
    const text = '到2025年，全市新增通车高速公路里程400公里，通车里程达到1200公里。';
    const road = { ...concept('expressway', ['高速公路', '通车里程']), curated: true };
    const q = { ...ask(['quantity'], null, [road]), text: 'How many km of new expressway will open by 2025?', language: 'en' };
    expect(directLine(q, [{ text }])).toContain('400公里');
    expect(directLine({ ...q, text: 'What expressway mileage will be open by 2025 in km?' }, [{ text }])).toContain('1200公里');
  });
});

describe('a previous plan\'s target asked (issue 21, round 7)', () => {
  it('leads with the target it set when that is asked (原来定的…目标), else with what it reached', () => {
    const cells = row('地区生产总值', true);
    expect(rowLine(cells, 2020, false, true)).toMatch(/^地区生产总值：2020年规划目标/);
    expect(rowLine(cells, 2020)).not.toMatch(/^地区生产总值：2020年规划目标/);
  });
});
