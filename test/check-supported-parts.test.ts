// What a supported verdict needs beyond shared words (issue 22, round 6): a claim saying what a thing is
// (X是Y) pairs the two in one clause of the plan, a count said in words is given by the plan, and the
// claim's figures are compared with the plan's of the same measure — item by item when the claim lists
// them, past a modal (要累计下降), and in a later sentence when the leading one reviews the previous plan.
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../src/check/check.js';
import { compareNegation, compareParts, comparePairing, showsCount, unreadCounts } from '../src/check/compare.js';
import { figureOfMeasure, measureStretch } from '../src/check/figures.js';
import { subjectText, subjectWeights } from '../src/check/match.js';
import { amountsIn } from '../src/understand/amounts.js';
import { claimParts } from '../src/understand/claim.js';
import { lexicalAnswerPorts, settings } from './helpers.js';

const ports = lexicalAnswerPorts();
const check = (claim: string) => checkClaim(claim, ports, settings.retrieve);
const weightsOf = (claim: string) => subjectWeights(subjectText(claimParts(claim)), [], ports.idf);
const SYSTEM = '“1461”现代产业体系：1个电子信息首位产业，生物医药大健康、先进制造、绿色食品、新型材料4个主导产业，绿色大米、井冈蜜柚、有机茶叶、有机蔬菜、特色药材、特色竹木6个富民产业和1个旅游业。';

describe('comparePairing', () => {
  const pairing = (claim: string, sentence: string) => comparePairing(claimParts(claim).subject, [sentence], weightsOf(claim));
  it('holds where one clause names both sides of X是Y, and is absent where each stands in a clause of its own', () => {
    expect(pairing('吉安的首位产业是电子信息', SYSTEM)).toBe('holds');
    expect(pairing('吉安的首位产业是生物医药大健康', SYSTEM)).toBe('absent');
    expect(pairing('吉安的主导产业是电子信息', SYSTEM)).toBe('absent');
  });
  it('pairs nothing without a copula, or where 是 is part of a word or refers back', () => {
    expect(pairing('吉安要培育电子信息首位产业', SYSTEM)).toBeNull();
    expect(pairing('特别是生物医药大健康产业要加快发展', SYSTEM)).toBeNull();
    expect(pairing('两个都是全省第一', '高新技术产业、战略性新兴产业占规模工业比重分别达 54.4%和 35.2%，均居全省第一。')).toBeNull();
  });
  it('keeps a claim pairing things the plan does not pair from being supported', async () => {
    const wrong = await check('吉安的首位产业是生物医药大健康');
    expect(wrong.verdict).not.toBe('supported');
    expect(wrong.absent).toContain('pairing');
  });
});

describe('counts said in words', () => {
  it('are the numbers no figure reads, not articles, names or the plan\'s own name', () => {
    const counts = (claim: string) => unreadCounts(claim, amountsIn(claim)).map((n) => [n.said, n.value]);
    expect(counts("Ji'an will add three 5A-level scenic spots by 2025.")).toEqual([['three', 3]]);
    expect(counts('到2025年，全市新增5A级景区两个')).toEqual([['两个', 2]]);
    expect(counts("Ji'an's 14th Five-Year Plan aims at one new airport")).toEqual([]);
    expect(counts('打造一个“两区一中心”')).toEqual([]);
  });
  it('are shown by the same value in digits or the same numeral', () => {
    expect(showsCount('全市新增5A级景区2个', { said: 'two', value: 2, ordinal: false })).toBe(true);
    expect(showsCount('全市新增5A级景区2个', { said: 'three', value: 3, ordinal: false })).toBe(false);
    expect(showsCount('新增两个国家级园区', { said: 'two', value: 2, ordinal: false })).toBe(true);
  });
  it('include ordinals, shown by the same ordinal or phase', () => {
    const counts = (claim: string) => unreadCounts(claim, amountsIn(claim)).map((n) => [n.said, n.value, n.ordinal]);
    expect(counts('吉安将建设第二机场')).toEqual([['第二', 2, true]]);
    expect(counts("Ji'an will start the third-phase expansion of Jinggangshan Airport.")).toEqual([['third', 3, true]]);
    expect(counts('吉安市第十四个五年规划提出建设机场')).toEqual([]);
    expect(showsCount('开工建设井冈山机场三期扩建项目', { said: 'third', value: 3, ordinal: true })).toBe(true);
    expect(showsCount('开工建设井冈山机场三期扩建项目', { said: '第二', value: 2, ordinal: true })).toBe(false);
    expect(showsCount('建成赣江井冈山航电枢纽、万安枢纽二线船闸工程。', { said: 'second', value: 2, ordinal: true })).toBe(true);
  });
  it('keep a claim whose count the plan does not give from being supported', async () => {
    expect((await check('吉安将建设第二机场')).verdict).not.toBe('supported');
    expect((await check("Ji'an will add three 5A-level scenic spots by 2025.")).verdict).not.toBe('supported');
  });
});

describe('figures of the same measure', () => {
  it('pairs a claim\'s own item-by-item figures with the plan\'s items', () => {
    const plan = '高新技术产业、战略性新兴产业占规模工业比重分别达 54.4%和 35.2%，均居全省第一。';
    const compare = (claim: string) => {
      const parts = claimParts(claim);
      return compareParts(parts, { text: plan, before: '', context: '', past: true }, plan, weightsOf(claim), () => true).differs;
    };
    expect(compare('高新技术产业和战新产业占规模工业的比重分别是54.4%和35.2%')).toEqual([]);
    expect(compare('高新技术产业和战新产业占规模工业的比重分别是35.2%和54.4%').map((d) => d.claim)).toEqual(['35.2%', '54.4%']);
  });
  it('reads the measure past a modal before the figure\'s verb (能源消耗要累计下降)', () => {
    expect(measureStretch('单位GDP能源消耗要累计下降')).not.toContain('要');
    const claim = '“十四五”期间吉安单位GDP能源消耗要累计下降18%';
    const [f] = claimParts(claim).figures;
    expect(figureOfMeasure(f!, claimParts(claim).subject, '到 2025 年，全市单位 GDP 能源消耗累计下降 13%，能源消费总量增量控制在 150 万吨标准煤以内。'))
      .toEqual({ what: 'figure', claim: '18%', plan: '13%' });
  });
  it('looks for a later year\'s figure past a leading sentence that reviews the previous plan', async () => {
    const c = await check('听说全社会研发投入强度到2025年要达到2.5%？');
    expect(c.differs.filter((d) => d.what === 'figure').map((d) => d.plan.replace(/\s/g, ''))).toContain('达到2.3%');
  });
});

describe('a denial, another place\'s target, an urban area\'s figure', () => {
  it('a claim denying or stopping a thing is not shown by a sentence saying it plainly', () => {
    expect(compareNegation(claimParts('吉安不再发展电子信息产业'), '发展电子信息装备产业，加快培育和引进专用数控机床等电子产品生产企业。')).toBe('absent');
    expect(compareNegation(claimParts("Ji'an will no longer develop its electronics industry"), '发展电子信息装备产业。')).toBe('absent');
    expect(compareNegation(claimParts('吉安不再新增高耗能项目'), '严控新增高能耗、高排放项目。')).toBeNull();
    expect(compareNegation(claimParts('吉安未来五年发展电子信息产业'), '发展电子信息装备产业。')).toBeNull();
  });
  it('keeps such claims from being supported', async () => {
    expect((await check('吉安不再发展电子信息产业')).verdict).not.toBe('supported');
    const province = await check('江西全省到2025年电子信息产业主营业务收入突破5000亿元');
    expect(province.verdict).not.toBe('supported');
    expect(province.absent).toContain('place');
  });
  it('reads a sentence opening with an urban area as that area\'s, clause after clause', () => {
    const plan = '到 2025 年，中心城区建成区面积达到 110 平方公里，人口规模达到 110 万人左右。';
    const owner = (claim: string) => {
      const parts = claimParts(claim);
      return compareParts(parts, { text: plan, before: '', context: '', past: false }, plan, weightsOf(claim), () => true).absent;
    };
    expect(owner('到2025年，吉安全市人口规模达到110万人')).toContain('place');
    expect(owner('到2025年，吉安中心城区人口规模达到110万人左右')).not.toContain('place');
  });
});

describe('a thing the plan names only as a model', () => {
  const plan = '聚力推进井冈山综合保税区高水平开放高质量发展，对标自贸区建设标准，加快建设赣中地区加工制造中心。';
  const absent = (claim: string) => {
    const parts = claimParts(claim);
    return compareParts(parts, { text: plan, before: '', context: '', past: false }, plan, weightsOf(claim), () => true, { figureMeasure: true, commitment: true }).absent;
  };
  it('does not show that the city has or does it (对标自贸区建设标准 is no 自贸区 of its own)', () => {
    expect(absent('吉安将建设自贸区')).toContain('commitment');
    expect(absent('吉安将对标自贸区建设标准')).not.toContain('commitment');
  });
});

describe('a figure without a unit', () => {
  it('is not compared with a share: a share is always marked', () => {
    const plan = '到 2025 年，全市常住人口城镇化率达到 58.25%。';
    const parts = claimParts("Ji'an's population will reach 5 million by 2025.");
    const c = compareParts(parts, { text: plan, before: '', context: '', past: false }, plan, weightsOf("Ji'an's population will reach 5 million by 2025."), () => true);
    expect(c.differs).toEqual([]);
    expect(c.absent).toContain('figure');
  });
});

describe('an English figure joined to the thing it counts', () => {
  it('is a count (a 50,000-seat stadium), not compared with an area', () => {
    const plan = '到 2025 年，全市人均体育场地面积达 2.4 平方米。';
    const claim = "Ji'an will build a 50,000-seat football stadium.";
    const c = compareParts(claimParts(claim), { text: plan, before: '', context: '', past: false }, plan, weightsOf(claim), () => true);
    expect(c.differs).toEqual([]);
  });
});

describe('a result reported for a year after the plan was written', () => {
  it('is not compared with the plan\'s targets (GDP grew 8.1% year on year in 2021)', () => {
    const plan = '到2025年，全市地区生产总值突破3130亿元、年均增长7.6%左右，人均GDP突破10000美元。';
    const compare = (claim: string) => compareParts(claimParts(claim), { text: plan, before: '', context: '', past: false }, plan, weightsOf(claim), (y) => y === 2021 || y === 2025);
    const reported = compare("Ji'an's GDP grew 8.1% year on year in 2021.");
    expect(reported.differs).toEqual([]);
    expect(reported.absent).toEqual(expect.arrayContaining(['figure', 'year']));
    expect(compare('到2025年，吉安GDP年均增长8%').differs.map((d) => d.plan)).toEqual(['7.6%左右']);
    // A past tense for the target year may be a target told as done: still compared.
    expect(compare("Ji'an's GDP rose 8% a year on average through 2025.").differs.map((d) => d.what)).toContain('figure');
  });
});
