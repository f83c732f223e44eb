// What a claim asserts: figures with units and qualifiers, years, places within Ji'an, commitment.
import { describe, expect, it } from 'vitest';
import { amountsIn, sameAmount } from '../src/understand/amounts.js';
import { claimParts, claimYears, commitmentOf, placesIn } from '../src/understand/claim.js';

const figures = (text: string) => amountsIn(text).map((a) => [a.value, a.unit, a.qualifier]);

describe('amountsIn', () => {
  it('reads figures with their scale, unit family and qualifier', () => {
    expect(figures('到2025年，全市电子信息产业主营业务收入突破5000亿元')).toEqual([[5e11, '元', 'min']]);
    expect(figures('人均GDP突破10000美元')).toEqual([[10000, '美元', 'min']]);
    expect(figures('空气质量优良天数比例达到95%以上')).toEqual([[95, '%', 'min']]);
    expect(figures('打造20家以上智能制造标杆企业')).toEqual([[20, '个', 'min']]);
    expect(figures('新增生活污水处理规模7万吨/日')).toEqual([[70000, '吨/日', null]]);
    expect(figures('人口规模达到110万人左右')).toEqual([[1.1e6, '人', 'about']]);
    expect(figures('城镇登记失业率：2025年目标值<4.5%')).toEqual([[4.5, '%', 'max']]);
    // Livestock counters, people counted by 名 (not things by 套), an age as a figure but not as a description.
    expect(figures('生猪出栏 430 万头，泰和乌鸡2000万羽')).toEqual([[4.3e6, '个', null], [2e7, '个', null]]);
    expect(figures('引进高层次人才500名以上')).toEqual([[500, '人', 'min']]);
    expect(figures('人均预期寿命达到78岁')).toEqual([[78, '岁', null]]);
    // English units of area, volume, energy and weight are read as the plan's (110 square kilometres is 110 平方公里, not a bare 110).
    expect(figures('a built-up area of 110 square kilometres')).toEqual([[110, '平方公里', null]]);
    expect(figures('gas use of 300 million cubic metres')).toEqual([[3e8, '立方米', null]]);
    expect(figures('about 7.5 billion jin of grain')).toEqual([[7.5e9, '斤', 'about']]);
    expect(figures('每千人口拥有0-3岁婴幼儿托位数，60岁以上老年人')).toEqual([]);
    expect(figures('add 3 new 5A-level scenic spots')).toEqual([[3, '', null]]);
    // A share in words with a decimal (百分之二点五 is 2.5%, not 2%).
    expect(figures('比例不低于百分之二点五')).toEqual([[2.5, '%', null]]);
    // A count in words with words describing what is counted before it; not across a linking word.
    expect(figures('five new higher-vocational (junior college) institutions')).toEqual([[5, '个', null]]);
    expect(figures('three of the new colleges')).toEqual([]);
  });

  it('reads Chinese numerals, size classes, doubling and English figures', () => {
    expect(figures('五座垃圾焚烧发电厂')).toEqual([[5, '个', null]]);
    expect(figures('跨入千亿级开发区行列')).toEqual([[1e11, '元', null]]);
    expect(figures('劳动者总量翻一番')).toEqual([[2, '倍', null]]);
    expect(figures('lines up RMB 4,907.7 billion of projects')).toEqual([[4.9077e12, '元', null]]);
    expect(figures('at least 70% of the floor area')).toEqual([[70, '%', 'min']]);
  });

  it('leaves out years, plan names, ordinals and nouns counted by a scale', () => {
    expect(figures('“十四五”时期，2025年实现5G网络全覆盖，PM2.5浓度下降')).toEqual([]);
    expect(figures('吉安将新建第二座民用运输机场')).toEqual([]);
    expect(figures('推动每个县建立1家百亿企业集团')).toEqual([[1, '个', null]]);
  });

  it('reads ranges, and a figure within a range is the same', () => {
    const [range] = amountsIn('每个县（市、区）重点培育发展 3-5 个中心镇');
    expect([range!.low, range!.value, range!.unit]).toEqual([3, 5, '个']);
    expect(sameAmount(amountsIn('培育4个中心镇')[0]!, range!)).toBe(true);
    expect(sameAmount(amountsIn('培育6个中心镇')[0]!, range!)).toBe(false);
    expect(figures('总投资1万亿元')).toEqual([[1e12, '元', null]]);
  });

  it('says when two figures are the same', () => {
    const [claim] = amountsIn('人均GDP要破1.2万美元');
    const [plan] = amountsIn('人均GDP突破10000美元');
    expect(sameAmount(claim!, plan!)).toBe(false);
    expect(sameAmount(amountsIn('达到1万美元')[0]!, plan!)).toBe(true);
  });
});

describe('claim parts', () => {
  it('reads years, leaving out the base a change is measured from', () => {
    expect(claimYears('到2025年吉安单位GDP二氧化碳排放要比2020年下降18%')).toEqual([2025]);
    expect(claimYears('吉安“十四五”期间将新建2万个美丽乡村点')).toEqual([2025]);
    expect(claimYears('展望二〇三五年，基本建成工业强市')).toEqual([2035]);
    expect(claimYears('全市最低工资标准提高至每月2000元')).toEqual([]);
    expect(claimYears('二〇三〇年前实现碳达峰')).toEqual([2030]);
    // A count in any Chinese unit is no year (2000张床, 2000辆); 2025年 and 2025前 are.
    expect(claimYears('市中心城区新建4个养老院，加2000张床')).toEqual([]);
    expect(claimYears('力争2025前进入国家5A级景区名录')).toEqual([2025]);
  });

  it('leaves out words saying the plan is where a claim is from', async () => {
    const { claimParts } = await import('../src/understand/claim.js');
    expect(claimParts('我们这里每个县市区重点培育三到五个中心镇，规划上是这么写的').subject).toBe('我们这里每个县市区重点培育三到五个中心镇');
    expect(claimParts('规划里说吉安百亿企业要超过5家').subject).toBe('吉安百亿企业要超过5家');
    expect(claimParts("UPS will start international express services out of Ji'an, the city's five-year plan says.").subject)
      .toBe("UPS will start international express services out of Ji'an");
    expect(claimParts("According to the plan, Ji'an will double R&D spending.").subject).toBe("Ji'an will double R&D spending.");
  });

  it('reads places within Ji\'an, longest name first', () => {
    expect(placesIn('加快井冈山经开区生态工业示范园区、吉安高新区绿色产业示范基地').map((p) => p.name)).toEqual(['井冈山经开区', '吉安高新区']);
    expect(placesIn('推进永丰县农村宅基地全国试点').map((p) => p.name)).toEqual(['永丰县']);
    expect(placesIn('a research institute at the Suichuan science park').map((p) => p.name)).toEqual(['遂川县']);
    expect(placesIn('井冈山大学将获批博士点')).toEqual([]);
    // The city's county-level hospitals (吉安 + 县级) are no place; 吉安县 is.
    expect(placesIn('吉安县级医院基本达到三级医院要求')).toEqual([]);
    expect(placesIn('吉安县将建设一批产业基地').map((p) => p.name)).toEqual(['吉安县']);
  });

  it('reads how firmly a claim says it happens', () => {
    expect(commitmentOf('吉安已获批“虚拟电厂”区域试点')).toEqual({ level: 'done', said: '已获批' });
    expect(commitmentOf('积极争取“虚拟电厂”区域试点')).toEqual({ level: 'weak', said: '争取' });
    expect(commitmentOf('吉安将开工并建成青原天玉货运码头')?.level).toBe('strong');
    expect(commitmentOf('加快推进电子信息产业研究院建设')).toBeNull();
    expect(commitmentOf('温武吉铁路获批了')?.level).toBe('done');
    expect(commitmentOf('井冈山机场三期扩建要开工了')?.level).toBe('strong');
    expect(commitmentOf('樟树至吉安高速改扩建只是做前期工作，五年内不会开工')?.level).toBe('denied');
    // Aiming at a thing hedges as 力争 does; starting it is firm.
    expect(commitmentOf("Ji'an aims to have 6,000 charging piles by 2025")?.level).toBe('weak');
    expect(commitmentOf("Ji'an aims for renewables to make up 35% of capacity")?.level).toBe('weak');
    expect(commitmentOf("The city wants its forest cover to stay above 67%")?.level).toBe('weak');
    expect(commitmentOf("Ji'an is targeting ten new listed firms")?.level).toBe('weak');
    expect(commitmentOf('UPS will start international express services in Ji\'an')?.level).toBe('strong');
  });

  it('takes the subject without the words that pass the claim on', () => {
    expect(claimParts('听说吉安县要撤县设区了？').subject).toBe('吉安县要撤县设区了？');
    expect(claimParts('网上说吉安要建地铁，是真的吗？').subject).toBe('吉安要建地铁');
    expect(claimParts('Is it true that Ji\'an will build a metro?').subject).toBe('Ji\'an will build a metro?');
    // An opening call to the readers says whom the news is for, not what it says.
    expect(claimParts('宝妈们注意👶 到2025年每个县至少建成1所公办婴幼儿照护服务机构').subject).toBe('到2025年每个县至少建成1所公办婴幼儿照护服务机构');
    expect(claimParts('开电车的朋友注意了，吉安力争2025年全市充电桩到6000座').subject).toBe('吉安力争2025年全市充电桩到6000座');
    expect(claimParts('要注意节约用水，吉安用水总量下降').subject).toBe('要注意节约用水，吉安用水总量下降');
  });
});

describe('topic tags of a post', () => {
  it('leave the subject: a tag files the post under a topic, it asserts nothing', () => {
    expect(claimParts('#四好农村路# 五年新改建农村公路4000公里，乡村出行更方便了').subject).toBe('五年新改建农村公路4000公里，乡村出行更方便了');
    expect(claimParts("Ji'an plans major projects worth 1.26 trillion yuan #Jian").subject).toBe("Ji'an plans major projects worth 1.26 trillion yuan");
    // A # inside a word or a number is not a tag.
    expect(claimParts('C#语言课程进校园').subject).toBe('C#语言课程进校园');
  });
});
