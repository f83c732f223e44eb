// Understanding a question: script, language, the asking clause, bridges to the plan's words,
// concepts, places, figures and years asked, English translation.
import { describe, expect, it } from 'vitest';
import { americanSpelling, buildGlossary, buildLexicon, englishWords, FIVE_YEAR_PLAN, translateEnglish } from '../src/understand/english.js';
import { asksAboutPast, figureAsked, yearNamed } from '../src/understand/figure.js';
import { carriesFigure, inPastReview } from '../src/plan/facts.js';
import { conceptWeight } from '../src/search/retrieve.js';
import { askingClauses, focusOf, understand, withoutCourtesy } from '../src/understand/question.js';
import { lexicalAnswerPorts, plan } from './helpers.js';

const vocabulary = lexicalAnswerPorts().vocabulary;
const parse = (q: string) => understand(q, vocabulary);

describe('the question as understood once', () => {
  it('converts Traditional characters and says so', () => {
    const q = parse('吉安市的經濟目標是什麼？');
    expect(q.text).toBe('吉安市的经济目标是什么？');
    expect(q.converted).toBe(true);
    expect(parse('吉安市的经济目标是什么？').converted).toBe(false);
  });

  it('tells Chinese, English and mixed questions apart', () => {
    expect(parse('吉安GDP目标多少？').language).toBe('zh');
    expect(parse('What is the GDP target for 2025?').language).toBe('en');
    expect(parse('吉安的5G覆盖target是什么').language).toBe('mixed');
  });

  it('finds the clause that asks, with the clause before it when it names no topic', () => {
    expect(focusOf('刚从广东回吉安找工作，想先看看大形势：这五年吉安经济一年打算涨几个点？')).toBe('这五年吉安经济一年打算涨几个点？');
    expect(focusOf('我们厂准备申报研发项目，全市一年花在研发上的钱，到2025年要涨到多少亿？')).toBe('全市一年花在研发上的钱，到2025年要涨到多少亿？');
    expect(askingClauses('住河东每天过江上班，几座桥早晚都堵，以后还会再修过江的桥吗？')).toEqual(['以后还会再修过江的桥吗？']);
    // A space between Chinese words ends a clause as a comma does (chat style); the context's place
    // (广州) is then no place the question asks about.
    expect(focusOf('我博士毕业在广州干了几年 想回吉安 市里一年打算引进多少博士')).toBe('市里一年打算引进多少博士');
    expect(parse('我博士毕业在广州干了几年 想回吉安 市里一年打算引进多少博士').placeElsewhere).toBeNull();
    expect(focusOf('吉安的GDP target是多少')).toBe('吉安的GDP target是多少');
    // 谁 asks as much as a question mark: the same asking clause with the mark or without it.
    expect(focusOf('赣州十四五GDP目标多少，跟吉安比谁高')).toBe('赣州十四五GDP目标多少，跟吉安比谁高');
    expect(focusOf('赣州十四五GDP目标多少，跟吉安比谁高？')).toBe('赣州十四五GDP目标多少，跟吉安比谁高？');
  });

  it('reads what is asked without the courtesies around it', () => {
    // 请问 before another city's name: the question still opens with the city (南昌地铁…).
    expect(parse('请问南昌地铁五号线什么时候通').placeElsewhere?.name).toBe(parse('南昌地铁五号线什么时候通').placeElsewhere?.name);
    expect(parse('请问南昌地铁五号线什么时候通').placeElsewhere).not.toBeNull();
    expect(parse('你好，吉安GDP目标多少？谢谢！').focus).toBe(parse('吉安GDP目标多少？').focus);
  });

  it('bridges everyday words to the plan\'s terms, the context counting less than the asking clause', () => {
    const q = parse('刚从广东回吉安找工作，这五年吉安经济一年打算涨几个点？');
    const gdp = q.bridges.find((b) => b.terms.includes('地区生产总值'));
    expect(gdp?.inFocus).toBe(true);
    expect(q.namedTerms).toContain('地区生产总值');
    const job = q.bridges.find((b) => b.said === '找工作');
    expect(job?.inFocus).toBe(false);
    const [jobTerm] = job?.terms ?? [];
    expect(q.extraTerms.find((t) => t.term === jobTerm)!.weight).toBeLessThan(q.extraTerms.find((t) => t.term === '地区生产总值')!.weight);
  });

  it('keeps content words (nouns, verbs) as concepts, not numerals, pronouns or question words', () => {
    const words = parse('听说吉安的垃圾以后不埋了，都拿去烧？一天能烧多少？').concepts.map((c) => c.word);
    expect(words).toContain('垃圾');
    expect(words).not.toContain('一天');
    expect(words).not.toContain('多少');
    const zoo = parse('吉安打算在哪里建动物园？').concepts.find((c) => c.word === '动物园');
    expect(zoo).toMatchObject({ inPlan: false, inFocus: true });
    // How a figure is asked is no topic the plan could lack.
    for (const [q, word] of [['吉安碳达峰有冇时间表', '时间表'], ['“十四五”重大项目加起来一共打算投多少钱？', '一共'], ['Does Ji\'an have a carbon-peaking plan, and with what deadline?', 'deadline']]) {
      expect(parse(q!).concepts.map((c) => c.word)).not.toContain(word);
    }
  });

  it('bridges a Latin word whatever its case (PM2.5 as pm2.5 in the thesaurus)', () => {
    const pm = parse('PM2.5这几年到底降了几多？').concepts.find((c) => c.word === 'PM2.5');
    expect(pm).toMatchObject({ inPlan: true });
    expect(pm?.forms).toContain('细颗粒物');
  });

  it('reads electronic products (电子产品) as the plan\'s electronic information industry', () => {
    expect(parse('做电子产品的企业今年产值多少？').concepts.find((c) => c.word === '电子产品')?.forms).toContain('电子信息产业');
  });

  it('keeps an everyday word the thesaurus knows whole, even where jieba splits it, but not inside a longer word', () => {
    const smog = parse('吉安的雾霾怎么治理？').concepts.find((c) => c.word === '雾霾');
    expect(smog).toMatchObject({ inPlan: true, inFocus: true });
    expect(smog?.forms).toContain('细颗粒物');
    // 电站 (a thesaurus word) is part of 核电站 here: not a concept of its own, and the plan has 核电站
    // only in a broader form.
    expect(parse('吉安会不会建核电站？').concepts).toMatchObject([{ word: '核电站', broader: true }]);
    expect(parse('吉安的雾霾怎么治理？').concepts.find((c) => c.word === '雾霾')?.broader).toBe(false);
  });

  it('tells a question about one person\'s errand (papers, sign-up, a fine, a shop) from one about the city', () => {
    for (const q of ['医保电子凭证在手机上怎么激活？', '二手车过户要带什么材料？', '孩子钢琴考级在吉安哪里报名？', '垃圾分类没分好会不会罚款？', 'Where can I get a licence to open a tattoo studio? Do I apply for it online?']) {
      expect(parse(q).asksProcedure, q).toBe(true);
    }
    for (const q of ['在吉安办结婚登记要带啥材料', '个税怎么退 在手机上弄得到吗', '手机宽带哪家运营商便宜点', 'How do I get a work permit to teach English in Ji\'an?',
      '公租房怎么申请 要什么条件', '楼下广场舞吵死了，该找哪个部门投诉', '井冈山大学今年录取分数线多少', '我跟老公要离婚，房子怎么分？', '吉安城区哪个小区的学区最好',
      '在吉安考驾照去哪里报名 多少钱', '高铁新区那个外国语国际学校学费多少一年', 'Do I need a visa to visit Ji\'an as a UK citizen?', 'What\'s the best month to hike Jinggangshan?',
      'Can I swap my foreign driving licence for a Chinese one in Ji\'an?', '开个小饭馆需要办哪些许可证？', '我的公积金余额怎么查？', '怎么查询我的社保缴费记录',
      '在吉安交医保，每年自己要出多少钱？', 'Which neighbourhood in Ji\'an has the best kindergartens?',
      '吉安哪几家米粉店最正宗？推荐一下', 'How do I check the balance on my medical insurance card?', 'How much do I have to pay into social insurance each month?', 'Where do I sign up for the driving test?',
      '中考要考多少分才能上高中啊？', '多少分能上吉安一中', 'What score does my son need to get into a high school in Ji\'an?']) {
      expect(parse(q).asksProcedure, q).toBe(true);
    }
    // The way from one place to another, what a service charges, which shops: as "how do I get from …
    // to …", 收费标准 and "restaurants near" already were.
    for (const q of ['从火车站到庐陵老街怎么走？', '去井冈山大学怎么坐车比较方便', '市中心医院的病房一天收费多少？', '小区门口那个停车场收多少钱', '孩子上公办幼儿园一学期要交多少钱', '吉州区有哪些好吃的米粉店？']) {
      expect(parse(q).asksProcedure, q).toBe(true);
    }
    for (const q of ['吉安高质量发展的路子到底怎么走？', '到2025年吉安综合交通怎么走？', '吉安到长沙的高铁什么时候开工', '吉安要新建哪些星级酒店？', '污水处理收费制度要怎么改革？', '市财政每年要掏多少钱支持科技创新']) {
      expect(parse(q).asksProcedure, q).toBe(false);
    }
    for (const q of ['吉安的雾霾怎么治理？', '以后办事能不能一次办好？', '村里的环境卫生怎么一步步变美？', '老小区停车难，政府打算怎么弄？', 'What support does Ji\'an offer foreign investors?', '政务服务以后能不能网上办？',
      'Will every county in Ji\'an get at least a four-star hotel?', 'Is there any target for how close parks should be to where people live nearby?',
      '吉安怎么查处环境违法行为？', '我们市每年要上缴多少税收？', '吉安政府性债务余额多少？', '劳动生产率那个指标，一个人一年干出多少万', 'Which industries does the plan count as the best prospects?',
      '高考本科上线率要提高多少个百分点？', '普通高中毛入学率目标是多少']) {
      expect(parse(q).asksProcedure).toBe(false);
    }
  });

  it('tells a question about what is going on now (weather, this week) from one about the plan\'s years', () => {
    for (const q of ['明天吉安会下雨吗', 'what\'s the weather like in april, good time to visit jinggangshan?', '这周末吉安有什么活动', '吉安到南昌的大巴几点有车']) {
      expect(parse(q).asksNow).toBe(true);
    }
    for (const q of ['吉安空气质量优良天数比例要达到多少？', 'Any good Western restaurants near the station? Visiting next week.', '吉安2025年常住人口城镇化率目标']) {
      expect(parse(q).asksNow).toBe(false);
    }
  });

  it('tells a time the plan gives nothing for (another plan\'s period, 2010, 2040, 2028) from its own', () => {
    for (const q of ['十二五那几年吉安GDP涨了多少', '十五五期间吉安GDP目标是多少', '2010年吉安GDP是多少', '到2040年吉安人口多少', '2028年吉安GDP多少', 'What was Ji\'an\'s GDP growth during the 12th Five-Year Plan (2011-2015)?']) {
      expect(parse(q).periodOutside, q).toBe(true);
    }
    for (const q of ['2021年到2025年GDP年均增长多少', '到2035年吉安人均GDP', '十三五期间GDP增长了多少', '2030年前碳达峰', '2020年吉安GDP多少', '吉安GDP目标']) {
      expect(parse(q).periodOutside, q).toBe(false);
    }
  });

  it('names a place outside Ji\'an only when the asking clause is about it', () => {
    expect(parse('南昌市“十四五”规划的GDP目标是多少？').placeElsewhere?.name).toBe('南昌市');
    expect(parse('我在深圳上班，吉安以后工资能涨多少？').placeElsewhere).toBeNull();
    // The province's own targets are not the plan's; the province as Ji'an's setting is.
    expect(parse('江西全省十四五森林覆盖率要达到多少？').placeElsewhere?.name).toBe('江西省');
    expect(parse('What GDP growth target has Jiangxi province set for its 14th Five-Year Plan?').placeElsewhere?.name).toBe('江西省');
    expect(parse('吉安的GDP在江西全省排第几？').placeElsewhere).toBeNull();
    // A question that opens with another city's name is about that city (南昌: the city, not 南昌县).
    expect(parse('南昌地铁会修到哪').placeElsewhere?.name).toBe('南昌市');
    expect(parse('Changsha GDP target for 2025?').placeElsewhere?.name).toBe('长沙市');
    expect(parse('南昌到吉安的高铁什么时候通？').placeElsewhere).toBeNull();
    // A province named first is mostly a title (江西老字号); a name joined by a dash is a route.
    expect(parse('江西老字号规划要新增几家').placeElsewhere).toBeNull();
    expect(parse('Is the Changsha–Ganzhou high-speed railway in the plan?').placeElsewhere).toBeNull();
    // The country's own targets are not the plan's either; the country's titles Ji'an competes for are.
    expect(parse('全国十四五常住人口城镇化率目标是几多').placeElsewhere?.name).toBe('全国');
    expect(parse('What is China\'s national target for R&D spending as a share of GDP?').placeElsewhere?.name).toBe('全国');
    expect(parse('创建全国文明城市有什么目标？').placeElsewhere).toBeNull();
  });

  it('reports unusable input as a problem, not as a question', () => {
    expect(parse('   ').problem).toBe('empty');
    expect(parse('？？！').problem).toBe('no_words');
  });
});

describe('figures and years asked', () => {
  it.each([
    ['老小区加装电梯，政府每部补贴多少钱？', 'money'],
    ['长赣高铁啥时候能通车？', 'date'],
    ['延迟退休以后要干到几岁？', 'age'],
    ['每周开几趟？', 'frequency'],
    ['“院士走进吉安”请的是哪几位院士？', 'person'],
    ['五座垃圾焚烧发电厂分别建在哪几个县？', 'place'],
    ['Where will the pumped-storage hydropower station be built?', 'place'],
    ['Who heads the commission?', 'person'],
    ['养老金每年涨百分之几？', 'percent'],
    ['要新增多少张床位？', 'quantity'],
    ['吉安GDP目标', 'amount'],
    ['When is the railway expected to be completed?', 'date'],
    ['What corporate income tax rate applies?', 'percent'],
  ])('%s asks for %s', (q, kind) => {
    expect(figureAsked(q)?.kinds).toContain(kind);
  });

  it('bridges 职普比, the usual name of the ratio, to the plan\'s 职普学位配比 (issue 21, round 7)', () => {
    expect(parse('吉安职普比是多少').concepts.flatMap((c) => c.forms)).toContain('职普学位配比');
  });

  it('reads a price named by its kind and asked as money (issue 21, round 7)', () => {
    for (const q of ['吉安中心城区新楼盘均价现在多少？', '吉安城区二手房现在啥价啊？', '吉安油价多少？', '自来水什么价？']) expect(figureAsked(q)?.kinds, q).toEqual(['money']);
    expect(figureAsked('居民消费价格指数涨幅多少')?.kinds).toEqual(['percent']);
    expect(figureAsked('文化产业增加值是多少')?.kinds).toEqual(['amount']);
  });

  it('reads a price asked for now as what is going on now, and a price target or a policy not (issue 21, round 7)', () => {
    for (const q of ['吉安城区二手房现在啥价啊？', '目前油价多少钱一升？', 'How much does a flat in Ji\'an cost now?']) expect(parse(q).asksNow, q).toBe(true);
    for (const q of ['吉安市中心城区二手房成交均价是多少？', '现在价格改革进展如何？', '现在GDP是多少？']) expect(parse(q).asksNow, q).toBe(false);
  });

  it('asks for none in a question about policy, and not for a date in "when they enter"', () => {
    expect(figureAsked('吉安有什么数字化的举措？')).toBeNull();
    expect(figureAsked('Will foreign investors be treated the same as domestic companies when they enter the market?')).toBeNull();
  });

  it('reads "who" as asking for a name only where it opens a question, and 哪里 about the plan itself as no place', () => {
    expect(figureAsked('What support does Ji\'an offer foreign investors who want to set up factories?')).toBeNull();
    expect(figureAsked('For a profile piece: who heads the commission?')?.kinds).toContain('person');
    expect(figureAsked('规划里哪里提到养老服务？')).toBeNull();
    expect(figureAsked('到2035年吉安说要基本建成哪几个“强市”？')).toBeNull(); // which ones, not how many
    expect(figureAsked('吉安要变成个么样子，听说要建成好几个强市？')).toBeNull(); // several, not how many
    expect(figureAsked('PM2.5这几年到底降了几多？')?.kinds).toEqual(['percent']);
    // 几 after a numeral or 这/前/好 says "some": 四十几岁 is the asker's age, not a question.
    expect(figureAsked('我四十几岁下岗咯 有冇么子帮扶政策')).toBeNull();
    expect(figureAsked('十几个县都要建吗')).toBeNull();
    expect(figureAsked('我们这边的人现在平均活到多少岁 过几年能到多少')?.kinds).toEqual(['age']); // 过几年: in a few years
    // 几多 is the dialects' 多少.
    expect(figureAsked('养猪户每出栏一头猪政府补几多钱')?.kinds).toEqual(['money']);
    expect(figureAsked('到2025年吉安高速通车里程有几多公里')).toMatchObject({ unit: '公里' });
    // 劳动年龄人口 is working-age people: its schooling in years is asked, not an age.
    expect(figureAsked('规划里劳动年龄的人受教育年限要到多少')?.kinds).toEqual(['amount']);
    expect(figureAsked('退休年龄是多少')?.kinds).toContain('age');
    // 年龄 named as a topic asks no age: whether the plan mentions it is asked.
    expect(figureAsked('吉安规划里有没有提到推迟退休年龄？')).toBeNull();
    expect(figureAsked('领养老金是什么年龄？')?.kinds).toContain('age');
    // 多少 after a negation says "not much": the clause states, the next one asks.
    expect(figureAsked('游客门票一交就不剩多少钱买东西了 这种情况以后会变吗')).toBeNull();
    expect(askingClauses('游客门票一交就不剩多少钱买东西了 这种情况以后会变吗')).toEqual(['这种情况以后会变吗']);
    expect(figureAsked('带薪年假到底能休几天？')).toMatchObject({ kinds: ['quantity'], unit: '天' });
    expect(asksAboutPast('PM2.5这几年到底降了几多？')).toBe(true);
    expect(figureAsked('Where does the plan mention elderly care?')).toBeNull();
    expect(figureAsked('Is there any target for how close parks should be to where people live?')?.kinds).not.toContain('place');
    expect(figureAsked('For a report: where exactly will the new elderly-care homes be built?')?.kinds).toContain('place');
  });

  it('reads the unit a figure is asked in, and a count answers only in the same counter', () => {
    expect(figureAsked('PM2.5年均浓度要降到多少微克？')?.unit).toBe('微克');
    const households = figureAsked('一个网格大概管多少户人家？')!;
    expect(households.unit).toBe('户');
    expect(carriesFigure({ text: '每个网格至少配备 1 名专兼职网格员' }, households)).toBe(false);
    expect(carriesFigure({ text: '全市完成老旧小区改造14.2万户左右' }, households)).toBe(true);
    expect(carriesFigure({ text: '市中心城区规划建设4个较大养老服务机构，新增床位2000张' }, figureAsked('要新增多少张床位？')!)).toBe(true);
    expect(figureAsked('How many tourist visits does Ji\'an expect?')?.unit).toBe('人次');
  });

  it('reads a chapter reviewing the last plan as past results', () => {
    expect(inPastReview(['第一篇 开启全面建设社会主义现代化新征程', '第一章 发展基础'])).toBe(true);
    expect(inPastReview(['第一篇 开启全面建设社会主义现代化新征程', '第四章 发展目标'])).toBe(false);
  });

  it('reads the year, also written in Chinese numerals', () => {
    expect(yearNamed('到2040年吉安中心城区人口要达到多少？')).toBe(2040);
    expect(yearNamed('展望二〇三五年')).toBe(2035);
    expect(yearNamed('吉安GDP目标')).toBeNull();
  });

  it('asks a figure for one year, not for either end of a period', () => {
    expect(parse('到2030年吉安GDP要达到多少？').figure?.year).toBe(2030);
    expect(parse('2021-2025年单位GDP能耗要降多少？').figure).toMatchObject({ kinds: ['percent'] });
    expect(parse('2021-2025年单位GDP能耗要降多少？').figure?.year).toBeUndefined();
  });

  it('finds a figure of the asked kind in plan text, not in names or empty table cells', () => {
    const money = { kinds: ['money' as const] };
    expect(carriesFigure({ text: '新建、提升改造高标准农田70万亩' }, money)).toBe(false);
    expect(carriesFigure({ text: '研发经费支出达到72亿元' }, money)).toBe(true);
    expect(carriesFigure({ text: '第十四个五年规划' }, { kinds: ['amount'] })).toBe(false);
    const place = { kinds: ['place' as const] };
    expect(carriesFigure({ text: '开工建设安福、遂川、井冈山、新干、万安、永丰通用机场' }, place)).toBe(true);
    expect(carriesFigure({ text: '全面完成4个县级生活垃圾焚烧设施建设' }, place)).toBe(false);
    const empty = [{ label: '指标', value: '城镇调查失业率(%)' }, { label: '2020年基期值', value: '—' }, { label: '2025年目标值', value: '—' }, { label: '属性', value: '预期性' }];
    expect(carriesFigure({ text: '城镇调查失业率(%)\t—\t—\t预期性', cells: empty }, { kinds: ['amount'] })).toBe(false);
    const baseOnly = [{ label: '指标', value: '非化石能源占一次能源消费比重(%)' }, { label: '2020年基期值', value: '30' }, { label: '2025年目标值', value: '—' }];
    expect(carriesFigure({ text: '非化石能源占一次能源消费比重(%)\t30\t—', cells: baseOnly }, { kinds: ['amount'] })).toBe(true);
    expect(carriesFigure({ text: '非化石能源占一次能源消费比重(%)\t30\t—', cells: baseOnly }, { kinds: ['amount'], year: 2025 })).toBe(false);
    // An age is answered by a row counted in years of age, not by any row.
    const lifespan = [{ label: '指标', value: '人均预期寿命(岁)' }, { label: '2020年基期值', value: '77.2' }, { label: '2025年目标值', value: '78' }];
    expect(carriesFigure({ text: '人均预期寿命(岁)\t77.2\t78', cells: lifespan }, { kinds: ['age'] })).toBe(true);
    expect(carriesFigure({ text: '城镇调查失业率(%)\t5\t5', cells: lifespan.map((c, i) => (i ? c : { ...c, value: '城镇调查失业率(%)' })) }, { kinds: ['age'] })).toBe(false);
  });
});

describe('courtesies', () => {
  it('are left out of what the embedding and the priors read, and nothing else is', () => {
    expect(withoutCourtesy('您好，请问规划里说每年引进多少博士')).toBe('规划里说每年引进多少博士');
    expect(withoutCourtesy('麻烦帮我查一下，碳达峰行动计划是哪一年前')).toBe('碳达峰行动计划是哪一年前');
    expect(withoutCourtesy('吉安GDP目标多少？谢谢！')).toBe('吉安GDP目标多少？');
    expect(withoutCourtesy('Hi, could you please tell me the GDP target? Thanks!')).toBe('the GDP target?');
    // Words that only look like courtesies, and a courtesy alone, stay.
    for (const same of ['麻烦事多不多', '问题是什么', 'How many hi-tech firms?', '谢谢', '请问']) expect(withoutCourtesy(same)).toBe(same);
  });

  it('do not change what a question is read as', () => {
    const plain = parse('农村卫生厕所普及率目标是多少');
    const polite = parse('您好，请问农村卫生厕所普及率目标是多少？谢谢');
    expect(polite.denseTexts).toEqual(parse('农村卫生厕所普及率目标是多少？').denseTexts);
    expect(polite.concepts.map((c) => c.word)).toEqual(plain.concepts.map((c) => c.word));
  });
});

describe('English', () => {
  const lexicon = buildLexicon([
    { simplified: '奥运会', english: 'Olympic Games' },
    { simplified: '森林覆盖率', english: 'forest coverage rate' },
    { simplified: '投资', english: 'to invest/investment' },
  ], plan.text);

  it('parts a gloss\'s senses at ";" as at "/", reads past a parenthesis, and puts the plan\'s commoner words first', () => {
    const glossed = buildLexicon([
      { simplified: '建设', english: 'to build; to construct; to establish; to develop; to institute' },
      { simplified: '基地', english: 'base (of operations, industrial, military, research etc)' },
      { simplified: '建筑物', english: 'to build' },
    ], plan.text);
    expect(glossed.build?.[0]).toBe('建设');
    expect(glossed.build).toContain('建筑物');
    expect(glossed.base).toEqual(['基地']);
  });

  it('weighs an English word the plan never says by its commonest plan form, as the Chinese word would weigh', () => {
    const idf = (t: string) => ({ 建设: 1, 区块链: 6, 建筑物: 5, gdp: 3 } as Record<string, number>)[t] ?? 8;
    expect(conceptWeight({ word: 'build', weight: 1, forms: ['建筑物', '建设'] }, idf)).toBe(1);
    expect(conceptWeight({ word: 'blockchain', weight: 1, forms: ['区块链'] }, idf)).toBe(6);
    // A word the plan itself says, and a Chinese word, keep their own idf.
    expect(conceptWeight({ word: 'GDP', weight: 1, forms: ['GDP', '建设'] }, idf)).toBe(3);
    expect(conceptWeight({ word: '区块链', weight: 0.6, forms: ['区块链', '建设'] }, idf)).toBeCloseTo(3.6, 9);
  });

  it('marks words the dictionary knows but whose translations the plan never uses', () => {
    expect(lexicon.olymp).toEqual([]);
    expect(translateEnglish('Will Ji\'an host the Olympic Games?', lexicon)).toEqual([]);
  });

  it('reads two words one Chinese word glosses whole as one thing, absent when the plan never names it', () => {
    const taxed = buildLexicon([
      { simplified: '房产税', english: 'property tax' },
      { simplified: '物业', english: 'property; real estate services' },
      { simplified: '税收', english: 'tax; taxation' },
      { simplified: '森林覆盖率', english: 'forest coverage rate' },
    ], plan.text);
    expect(taxed['properti tax']).toEqual([]);
    expect(translateEnglish('How much is the property tax?', taxed)).toEqual([]);
    // Before the glossary's single words too.
    const glossary = buildGlossary(new Map([['property', ['房地产市场']], ['tax', ['现代税收制度']]]));
    expect(translateEnglish('How much is the property tax?', taxed, glossary)).toEqual([]);
    // Apart, each word keeps its plan term; a compound the plan names is read as that term.
    expect(translateEnglish('Will taxes on rental property rise?', taxed).flatMap((m) => m.terms)).toEqual(expect.arrayContaining(['物业', '税收']));
    expect(translateEnglish('forest coverage', taxed).flatMap((m) => m.terms)).toEqual(['森林覆盖率']);
  });

  it('falls back to a derived word\'s base, and prefers the glossary\'s phrases', () => {
    expect(translateEnglish('investors', lexicon).flatMap((m) => m.terms)).toContain('投资');
    const glossary = buildGlossary(new Map([['foreign direct investment', ['实际利用外资']]]));
    const matches = translateEnglish('What is the target for foreign direct investment?', lexicon, glossary);
    expect(matches[0]).toMatchObject({ said: 'foreign direct investment', terms: ['实际利用外资'], source: 'glossary' });
  });

  it('does not look keys up on Object.prototype', () => {
    expect(translateEnglish('constructor toString', lexicon)).toEqual([]);
    expect(englishWords('constructor toString')).toEqual(['constructor', 'tostring']);
  });

  it('reads British spellings as the dictionary writes them, and keeps American words and look-alikes as they are', () => {
    const pairs: [string, string][] = [['kilometres', 'kilometers'], ['metre', 'meter'], ['centres', 'centers'], ['programmes', 'programs'],
      ['urbanisation', 'urbanization'], ['organised', 'organized'], ['utilise', 'utilize'], ['fertiliser', 'fertilizer'], ['labour', 'labor'],
      ['refuelling', 'refueling'], ['tonnes', 'tons'], ['licence', 'license'], ['analysed', 'analyzed']];
    for (const [british, american] of pairs) expect(americanSpelling(british)).toBe(american);
    for (const same of ['promise', 'compromise', 'enterprise', 'expertise', 'exercise', 'advertise', 'otherwise', 'raise', 'noise', 'rise', 'acre', 'genre', 'installed', 'urbanization'])
      expect(americanSpelling(same)).toBe(same);
  });

  it('keeps ordinals, drops contractions\' endings, and reads a five-year plan as one word', () => {
    expect(englishWords("I'm curious: what did the 13th FYP and the 14th Five-Year Plan say? We're told it isn't done")).toEqual(
      ['i', 'curious', 'did', '13th', FIVE_YEAR_PLAN, '14th', FIVE_YEAR_PLAN, 'say', 'we', 'told', 'it', 'done']);
  });

  it('does not read this plan\'s name as a topic, nor the 14th Five-Year Plan as the 13th\'s review', () => {
    const withGlossary = { ...vocabulary, glossary: buildGlossary(vocabulary.thesaurus.english) };
    const parse = (text: string) => understand(text, withGlossary);
    const q = parse("What does Ji'an's 14th Five-Year Plan say about Jinggangshan Airport?");
    expect(q.concepts.map((c) => c.word).join(' ')).toMatch(/^jinggangshan ?airport$/);
    expect(q.bridges.flatMap((b) => b.terms)).not.toContain('十三五');
    expect(parse('How much FDI was actually used during the 13th FYP?').bridges.flatMap((b) => b.terms)).toContain('十三五');
    const untranslated = parse("I'm a PhD student: is there any plan for kids' parks? Please tell me.").untranslated;
    for (const w of ["i'm", 'phd', 'kids', 'please', 'tell']) expect(untranslated).not.toContain(w);
  });
});
