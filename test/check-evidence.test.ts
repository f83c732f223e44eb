// Positive evidence for a supported verdict (src/check/evidence.ts, compare.ts PositiveParts): every
// content word shown by the stating sentences, English only through glossary terms and never through a
// quoted slogan; a claimed figure only as the same measure's; a firm verb only against a firm verb.
import { describe, expect, it } from 'vitest';
import { compareParts, NO_POSITIVE, type PlanSentence } from '../src/check/compare.js';
import { abbreviated, afterTimeSuffix, inShownTerm, referringBack, shownInNeighbour, unbracketed, unverifiedWords, withoutFramingEnglish, type EvidenceRule } from '../src/check/evidence.js';
import { subjectText, subjectWeights } from '../src/check/match.js';
import { DEFAULT_CHECK_SETTINGS } from '../src/check/check.js';
import { claimParts } from '../src/understand/claim.js';
import { yearForms } from '../src/plan/facts.js';
import { understand, type Bridge } from '../src/understand/question.js';
import { lexicalAnswerPorts } from './helpers.js';

const ports = lexicalAnswerPorts();
const rule: EvidenceRule = DEFAULT_CHECK_SETTINGS.evidence!;
const unverified = (claim: string, texts: string[], over: Partial<EvidenceRule> = {}, bridges?: Bridge[], senses?: (w: string) => string[]) => {
  const parts = claimParts(claim);
  const asked = understand(parts.subject, ports.vocabulary);
  return unverifiedWords(bridges ? { ...asked, bridges } : asked, parts, texts, { ...rule, ...over }, texts, senses);
};
// CC-CEDICT's one sense of "subway" (the test ports carry no dictionary): it lands on a slogan of the plan.
const subway: Bridge[] = [{ said: 'subway', terms: ['捷运'], source: 'dictionary', inFocus: true }];
const sentence = (text: string): PlanSentence => ({ text, before: '', context: '', past: false });
const compare = (claim: string, plan: PlanSentence, positive = rule.parts) => {
  const parts = claimParts(claim);
  return compareParts(parts, plan, plan.text, subjectWeights(subjectText(parts), [], ports.idf), (y) => yearForms(y).some(ports.vocabulary.inPlan), positive);
};

describe('unverifiedWords', () => {
  it('asks every Chinese content word of the subject to be shown, through the thesaurus too', () => {
    const plan = '到2025年，全市电子信息产业主营业务收入突破5000亿元。';
    expect(unverified('到2025年，吉安电子信息产业营收突破5000亿元', [plan])).toEqual([]);
    expect(unverified('到2025年，吉安电子信息产业营收突破5000亿元', ['到2025年，全市生物医药产业主营业务收入突破5000亿元。'])).toContain('电子');
  });

  it('reads "account for" as saying a share, compared as the figure is', () => {
    const plan = '到2025年，力争风、光等可再生能源占总发电装机比例达到35%以上。';
    expect(unverified('Renewables will account for at least 35% of installed generating capacity by 2025.', [plan])).not.toContain('account');
  });

  it('counts an English word only through a glossary term, not a dictionary sense in a quoted slogan', () => {
    const slogan = '实施“优品、兴市、强商、旺客、捷运”行动。';
    expect(unverified("Ji'an will build a subway.", [slogan], { englishDictionary: true }, subway)).toContain('subway');
    expect(unverified("Ji'an will build a subway.", [slogan], { englishDictionary: false }, subway)).toContain('subway');
    // Outside quotes a dictionary sense counts when the rule allows it, and not when it does not.
    expect(unverified("Ji'an will build a subway.", ['发展捷运系统。'], { englishDictionary: true }, subway)).not.toContain('subway');
    expect(unverified("Ji'an will build a subway.", ['发展捷运系统。'], { englishDictionary: false }, subway)).toContain('subway');
    // A name the claim quotes too is shown by a sense inside the plan's quotes: both name the thing.
    const azalea: Bridge[] = [{ said: 'azalea', terms: ['映山红', '杜鹃'], source: 'dictionary', inFocus: true }];
    const listing = ['深入实施企业上市“映山红行动”。'];
    expect(unverified("Ji'an will carry on its 'Azalea' listing drive.", listing, {}, azalea)).not.toContain('azalea');
    expect(unverified("Ji'an will plant azalea.", listing, {}, azalea)).toContain('azalea');
  });
});

describe('near a shown word', () => {
  it('shows an English modifier through the plan term its neighbour is shown by', () => {
    const bridges: Bridge[] = [
      { said: 'revenue', terms: ['主营业务收入'], source: 'glossary', inFocus: true },
      { said: 'main', terms: ['主力', '主体'], source: 'dictionary', inFocus: true },
      { said: 'foreign', terms: ['外资', '国外'], source: 'dictionary', inFocus: true },
    ];
    const shown = '全市电子信息产业主营业务收入突破5000亿元。';
    expect(shownInNeighbour('main', ['main', 'revenue'], bridges, shown)).toBe(true);
    // No character of "foreign"'s senses is in 主营业务收入; nor is a word shown by a neighbour the sentence does not show.
    expect(shownInNeighbour('foreign', ['foreign', 'revenue'], bridges, shown)).toBe(false);
    expect(shownInNeighbour('main', ['main', 'revenue'], bridges, '全市地区生产总值突破3130亿元。')).toBe(false);
    // Only a neighbour: a word far from the shown term in the claim is not its modifier.
    expect(shownInNeighbour('main', ['main', 'port', 'city', 'revenue'], bridges, shown)).toBe(false);
  });

  it('never shows a ranking the sentences do not say; a name in single quotes is not a ranking', () => {
    expect(unverified('吉安电子信息产业营收全国第一', ['全市电子信息产业主营业务收入突破5000亿元。'])).toContain('第一');
    expect(unverified("Ji'an's electronic information industry is the city's 'first industry'.", ['电子信息首位产业。'])).not.toContain('first');
  });
});

describe('positive parts', () => {
  it('holds a claimed figure only as the figure of the measure it names', () => {
    const plan = sentence('到2025年，空气质量优良天数比例达到95%以上，农村卫生厕所普及率达到90%。');
    expect(compare('到2025年，吉安森林覆盖率达到95%以上', plan).holds).not.toContain('figure');
    expect(compare('到2025年，吉安森林覆盖率达到95%以上', plan, NO_POSITIVE).holds).toContain('figure');
    expect(compare('到2025年，空气质量优良天数比例达到95%以上', plan).holds).toContain('figure');
  });

  it('holds a firm verb only where the plan commits as firmly', () => {
    const plan = sentence('配合推进赣粤运河工程建设，开展赣江主要支流与赣粤运河连通规划研究工作。');
    expect(compare('吉安将建成赣粤运河吉安段连通工程', plan).absent).toContain('commitment');
    expect(compare('吉安将建成赣粤运河吉安段连通工程', plan, NO_POSITIVE).holds).toContain('commitment');
    expect(compare('吉安将建成井冈山航电枢纽', sentence('建成赣江井冈山航电枢纽、万安枢纽二线船闸工程。')).holds).toContain('commitment');
  });
});

describe('a part the plan says in other words', () => {
  it('reads "top" before a figure as the verb exceed, not a ranking', () => {
    const plan = ['到 2025 年，全市先进装备制造产业主营业务收入突破 800 亿元。'];
    expect(unverified("Equipment manufacturing revenue is set to top 80 billion yuan by 2025.", plan)).not.toContain('top');
    expect(unverified("Equipment manufacturing revenue is set to top US$10 billion by 2025.", plan)).not.toContain('top');
    expect(unverified("Ji'an's equipment manufacturing is the top in Jiangxi.", plan)).toContain('top');
  });

  it('shows an English word through its own dictionary senses when a glossary phrase took it for a broader topic', () => {
    const bridges: Bridge[] = [{ said: 'industry', terms: ['智能制造', '先进制造业'], source: 'glossary', inFocus: true }];
    const bases = ['打造2个以上区块链产业基地。'];
    const senses = (w: string) => (w === 'industry' ? ['产业', '工业'] : []);
    expect(unverified('Ji\'an will build two industry bases.', bases, {}, bridges)).toContain('industry');
    expect(unverified('Ji\'an will build two industry bases.', bases, {}, bridges, senses)).not.toContain('industry');
    // Only as the rule allows dictionary senses, and never inside a quoted slogan.
    expect(unverified('Ji\'an will build two industry bases.', bases, { englishDictionary: false }, bridges, senses)).toContain('industry');
    expect(unverified('Ji\'an will build two industry bases.', ['打造“产业”品牌。'], {}, bridges, senses)).toContain('industry');
  });

  it('shows the parts of a thesaurus term the claim writes whole when the plan shows the term in another wording', () => {
    const bridges: Bridge[] = [{ said: '生产总值', terms: ['地区生产总值', 'GDP', '经济总量'], source: 'thesaurus', inFocus: true }];
    const claim = '全社会研发投入占地区生产总值的比重达到2.3%';
    expect(inShownTerm('地区', claim, bridges, '全社会研发投入占GDP比重达到2.3%。')).toBe(true);
    // Not where the plan shows no term of the group, nor a word the claim does not write inside the term.
    expect(inShownTerm('地区', claim, bridges, '全社会研发投入占比达到2.3%。')).toBe(false);
    expect(inShownTerm('地区', '全社会研发投入占生产总值的比重，地区平均', bridges, '占GDP比重')).toBe(false);
    expect(unverified(claim, ['到2025年，全社会研发投入占GDP比重达到2.3%。'])).not.toContain('地区');
  });

  it('shows an abbreviation by its full form and a full form by its abbreviation, as whole words', () => {
    expect(abbreviated('高铁', new Set(['高速铁路', '建设']))).toBe(true);
    expect(abbreviated('高速铁路', new Set(['高铁']))).toBe(true);
    expect(abbreviated('环保', new Set(['环境保护']))).toBe(true);
    // Another word's characters, or characters across words, are not an abbreviation.
    expect(abbreviated('地铁', new Set(['铁路', '基地']))).toBe(false);
    expect(abbreviated('高铁', new Set(['高速公路']))).toBe(false);
    expect(unverified('吉安将建设高铁', ['开工建设长赣高速铁路。'])).not.toContain('高铁');
    expect(unverified('吉安将建设地铁', ['加快基地和铁路建设。'])).toContain('地铁');
  });

  it('reads words saying a target is intended or foreseen (expects, is slated to) as framing', () => {
    const bridges: Bridge[] = [{ said: 'expects', terms: ['预期'], source: 'dictionary', inFocus: true }, { said: 'slated', terms: ['预定'], source: 'dictionary', inFocus: true }];
    const air = ['到2025年，空气质量优良天数比例达到95%以上。'];
    expect(unverified("Ji'an expects air quality to be good on 95% of days.", air, {}, bridges)).not.toContain('expects');
    expect(unverified("Ji'an's air quality is slated to be good on 95% of days.", air, {}, bridges)).not.toContain('slated');
  });

  it('reads the verbs of a fall (cut, reduce) as the verbs of a rise are: the direction is compared as a part', () => {
    const bridges: Bridge[] = [{ said: 'cut', terms: ['前沿', '分割'], source: 'dictionary', inFocus: true }];
    const plan = ['到 2025 年，全市单位 GDP 能源消耗累计下降 13%。'];
    expect(unverified("Ji'an will cut energy consumption per unit of GDP by 13%.", plan, {}, bridges)).not.toContain('cut');
  });

  it('reads the unit of a figure (jin, kilometres) as part of the figure, not a word to show', () => {
    const bridges: Bridge[] = [{ said: 'jin', terms: ['公斤'], source: 'dictionary', inFocus: true }];
    expect(unverified("Ji'an targets grain output of about 7.5 billion jin a year.", ['到 2025 年，全市粮食产量稳定在 75 亿斤左右；'], {}, bridges)).not.toContain('jin');
  });

  it('asks no English adverb of manner or degree to be shown (fully, push ahead), as no Chinese adverb is; a noun in -ly is asked', () => {
    const bridges: Bridge[] = [
      { said: 'fully', terms: ['充分'], source: 'dictionary', inFocus: true },
      { said: 'ahead', terms: ['前方'], source: 'dictionary', inFocus: true },
      { said: 'supply', terms: ['供应'], source: 'dictionary', inFocus: true },
    ];
    const plan = ['全面消灭农村旱厕，推进生活垃圾分类。'];
    expect(unverified("Ji'an will fully eliminate dry toilets and push ahead with waste sorting.", plan, {}, bridges)).not.toContain('fully');
    expect(unverified("Ji'an will push ahead with waste sorting.", plan, {}, bridges)).not.toContain('ahead');
    expect(unverified("Ji'an will secure its water supply.", plan, {}, bridges)).toContain('supply');
  });

  it('reads a plan word without the parts it writes in brackets', () => {
    expect(unbracketed('每个县（市、区）重点培育发展 3-5 个中心镇')).toBe('每个县市区重点培育发展 3-5 个中心镇');
  });
});

describe('an English claim weighed without its framing', () => {
  it('leaves out the concepts and plan terms of words that only frame it, and keeps a Chinese claim whole', () => {
    const asked = understand("Ji'an's five-year blueprint targets per-capita GDP of more than US$10,000 by 2025.", ports.vocabulary);
    const bridges: Bridge[] = [
      { said: 'targets', terms: ['主要指标'], source: 'glossary', inFocus: true },
      { said: 'blueprint', terms: ['蓝图'], source: 'dictionary', inFocus: true },
      { said: 'gdp', terms: ['人均GDP', '主要指标'], source: 'glossary', inFocus: true },
    ];
    const concepts = ['targets', 'blueprint', 'gdp'].map((word) => ({ word, weight: 1, forms: [], inFocus: true, inPlan: true, broader: false }));
    const extraTerms = ['主要指标', '蓝图', '人均GDP'].map((term) => ({ term, weight: 1 }));
    const read = withoutFramingEnglish({ ...asked, language: 'en', bridges, concepts, extraTerms });
    expect(read.concepts.map((c) => c.word)).toEqual(['gdp']);
    // A term another, non-framing word also translates to stays.
    expect(read.extraTerms.map((t) => t.term)).toEqual(['主要指标', '人均GDP']);
    const zh = understand('吉安目标人均GDP突破10000美元', ports.vocabulary);
    expect(withoutFramingEnglish(zh)).toBe(zh);
  });
});

describe('words that name nothing new', () => {
  const plan = ['到2025年，全市电子信息产业主营业务收入突破5000亿元。'];
  it('asks no noun after a demonstrative (这一关口) to be shown: it refers back to what the claim said', () => {
    expect(referringBack('关口', '电子信息产业剑指5000亿：主营业务收入要突破这一关口')).toBe(true);
    expect(referringBack('关口', '电子信息产业要突破关口，这一关口很难')).toBe(false);
    expect(unverified('吉安电子信息产业剑指5000亿：2025年主营业务收入要突破这一关口', plan)).toEqual([]);
    // The same noun said without a demonstrative names a thing of its own.
    expect(unverified('吉安电子信息产业2025年主营业务收入要突破5000亿元关口', plan)).toContain('关口');
  });
  it('asks no container noun (内容, 范围) saying one thing is part of another to be shown', () => {
    const works = ['同步推进老旧小区违建整治、屋顶修缮改造、加装电梯、特色文化塑造等工程。'];
    expect(unverified('加装电梯、屋顶修缮都在老旧小区改造内容里', works)).toEqual([]);
  });
  it('reads the count or amount of a thing as naming what the figure is of', () => {
    const bridges: Bridge[] = [{ said: 'count', terms: ['统计'], source: 'dictionary', inFocus: true }, { said: 'high-tech enterprises', terms: ['高新技术企业'], source: 'glossary', inFocus: true }];
    expect(unverified("Ji'an wants its count of high-tech enterprises to exceed 1,200 by 2025.", ['到 2025 年，高新技术企业突破 1200 家。'], {}, bridges)).toEqual([]);
  });
});

describe('a round sum in Chinese numerals', () => {
  it('must be written by the stating sentences as the claim writes it (千亿园区), as a number no figure reads is', () => {
    expect(unverified('泰和高新区目标是跨入千亿园区行列', ['到2025年，跨入500亿级开发区行列，冲刺700亿元目标。'])).toContain('千亿');
    expect(unverified('吉安高新区目标是跨入千亿园区行列', ['到2025年，跨入千亿园区行列，保持在全省开发区十强行列。'])).not.toContain('千亿');
  });
});

describe('a word fused with the end of a time', () => {
  it('is read without that end (五年后营收: 营收) and shown as that word is', () => {
    expect(afterTimeSuffix('后营收', '绿色食品产业五年后营收目标是600亿以上')).toBe('营收');
    expect(afterTimeSuffix('后营收', '后营收目标是600亿以上')).toBeNull();
    expect(unverified('绿色食品产业五年后营收目标是600亿以上', ['到2025年，绿色食品产业主营业务收入突破600亿元。'])).toEqual([]);
  });
});
