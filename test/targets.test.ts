import { describe, expect, it } from 'vitest';
import { loadThesaurus } from '../src/adapters/thesaurus-file.js';
import { cycleOrder, dayNumber, digestPool, selectDigest } from '../src/targets/digest.js';
import { extractTargets, type Target } from '../src/targets/extract.js';
import { clausesOf, figuresIn, labelFigures, listMeasures } from '../src/targets/figures.js';
import { targetProblems } from '../src/targets/audit.js';
import { createTargetFinder, topicPlace, topicTerms } from '../src/targets/lookup.js';
import { createLexicalIndex } from '../src/adapters/minisearch-lexical.js';
import { buildThesaurus, parseThesaurus } from '../src/understand/thesaurus.js';
import { measuredFigures, noTargetsMessage, renderDigestText, renderTargetText, targetHeadline } from '../src/targets/render.js';
import { chunks, plan, squash } from './helpers.js';

const targets = extractTargets(plan);

/** How many verbatim pieces of the quote (each taken as long as it goes) spell the measure; Infinity if it cannot be. */
function verbatimPieces(measure: string, quote: string): number {
  const m = squash(measure).replace(/[“”]/g, '');
  const q = squash(quote).replace(/[“”]/g, '');
  let pieces = 0;
  for (let at = 0; at < m.length; pieces++) {
    let len = 0;
    while (at + len < m.length && q.includes(m.slice(at, at + len + 1))) len++;
    if (!len) return Infinity;
    at += len;
  }
  return pieces;
}
const byPeriod = (p: Target['period']) => targets.filter((t) => t.period === p);

describe('extractTargets', () => {
  it('finds well over 100 targets, every quote verbatim', () => {
    expect(targets.length).toBeGreaterThan(150);
    for (const t of targets) expect(plan.text.includes(t.quote), t.quote).toBe(true);
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
  });

  it('knows the period: the 36 rows of the 十三五 completion table are results, everything else 十四五', () => {
    const previous = byPeriod('十三五');
    expect(previous).toHaveLength(36);
    expect(previous.every((t) => t.kind === 'completion' && t.year === 2020)).toBe(true);
    expect(byPeriod('十四五').every((t) => t.kind !== 'completion')).toBe(true);
    expect(byPeriod('十四五').length + previous.length).toBe(targets.length);
    expect(targets.every((t) => t.year === null || t.year === 2025 || (t.period === '十三五' && t.year === 2020))).toBe(true);
  });

  it('takes both indicator tables row by row', () => {
    expect(targets.filter((t) => t.kind === 'indicator')).toHaveLength(32);
    const rd = targets.find((t) => t.kind === 'indicator' && t.measure === '研发经费支出(亿元)');
    expect(rd).toMatchObject({ year: 2025, period: '十四五', binding: '预期性', figures: [{ value: '72', unit: '亿元', qualifier: null }] });
    expect(rd?.citation.label).toContain('（第14页起）');
    const grain = targets.find((t) => t.measure === '粮食综合生产能力(亿斤)');
    expect(grain?.binding).toBe('约束性');
    expect(grain?.figures[0]).toMatchObject({ value: '75', qualifier: '左右' });
    const roads = targets.find((t) => t.kind === 'investment' && t.measure === '传统基础设施');
    expect(roads?.figures).toEqual([{ value: '5124.6', unit: '亿元', qualifier: null, measure: '传统基础设施' }]);
  });

  it('takes the 到2025年 sentences of the text and the 专栏', () => {
    const by2025 = plan.blocks.filter((b) => b.kind !== 'table_row' && /到\s*2025\s*年[^。；]*\d/.test(b.text)).length;
    const sentences = targets.filter((t) => (t.kind === 'text' || t.kind === 'box') && t.year === 2025);
    expect(sentences.length).toBeGreaterThanOrEqual(by2025 * 0.8);
    expect(targets.some((t) => t.quote.includes('全市电子信息产业主营业务收入突破5000亿元'))).toBe(true);
    expect(targets.some((t) => squash(t.quote).includes('井冈蜜柚种植规模达到60万亩'))).toBe(true);
  });

  it('leaves out the retrospective 发展基础 achievements', () => {
    expect(targets.some((t) => t.kind === 'text' && t.quote.includes('累计实际利用外资 58.26 亿美元'))).toBe(false);
  });
});

describe('figures, each with its own measure', () => {
  it('reads figures with unit and qualifier, but no year', () => {
    expect(figuresIn('培育独角兽企业3 家以上，高新技术企业突破 1200 家')).toEqual([
      { value: '3', unit: '家', qualifier: '以上' },
      { value: '1200', unit: '家', qualifier: '突破' },
    ]);
    expect(figuresIn('到2025年')).toEqual([]);
    expect(figuresIn('新增生活污水处理规模7万吨/日')).toEqual([{ value: '7', unit: '万吨/日', qualifier: null }]);
  });

  it('splits clauses at commas outside brackets only', () => {
    expect(clausesOf('培育独角兽企业（含潜在，种子）3 家以上，高新技术企业突破 1200 家。')).toEqual([
      '培育独角兽企业（含潜在，种子）3 家以上', '高新技术企业突破 1200 家',
    ]);
  });

  it('pairs 100名 with the 带头人 and 10个 with the 孵化基地', () => {
    const figures = labelFigures('每年扶持不少于 100 名农村青年致富带头人，创评 10 个“吉安青年创业孵化基地”。');
    expect(figures.map((f) => [f.value + f.unit, f.measure])).toEqual([
      ['100名', '每年扶持农村青年致富带头人'], ['10个', '创评“吉安青年创业孵化基地”'],
    ]);
  });

  it.each([
    ['a threshold belongs to the next figure\'s measure', '超1000亿元开发区2家', [['2家', '超1000亿元开发区']]],
    ['a share measures what follows its 的', '80%的县级及以上党政机关', [['80%', '县级及以上党政机关']]],
    ['分别 lists give each figure its own item', '绿色园区、绿色工厂分别达8个和25个', [['8个', '绿色园区'], ['25个', '绿色工厂']]],
    ['growth takes the previous subject', '地区生产总值突破3130亿元、年均增长7.6%左右', [['3130亿元', '地区生产总值'], ['7.6%', '地区生产总值年均增长']]],
    ['a figure with no words takes the clause before', '劳动者总量翻一番，达到 100 万人', [['100万人', '劳动者总量翻一番']]],
  ])('%s', (_title, sentence, expected) => {
    expect(labelFigures(sentence).map((f) => [f.value + f.unit, f.measure])).toEqual(expected);
  });

  // Every target with several figures, as reviewed by reading the plan: quote start → measure：figures.
  const MULTI: [string, string][] = [
    ['到2025年，全市地区生产总值突破3', '全市地区生产总值：突破3130亿元；全市地区生产总值年均增长：7.6%左右；人均GDP：突破10000美元'],
    ['规模工业增加值年均增长8%左右，固定', '规模工业增加值年均增长：8%左右；固定资产投资年均增长：9%左右；社会消费品零售总额年均增长：8.5%左右'],
    ['到2025年，全市常住人口城镇化率达', '全市常住人口城镇化率：58.25%；吉泰走廊经济总量占全市比重提高：3个百分点'],
    ['到2025年，建成院士、专家工作站3', '建成院士、专家工作站：30家以上；博士后工作站：30家以上；每年引进博士以上高层次人才：50人以上；其他高层次或急需紧缺人才：500名以上'],
    ['到2025年，全市新增5家以上国家级', '全市新增国家级创新平台：5家以上；省级创新平台：150家以上'],
    ['到2025年，培育独角兽企业（含潜在', '培育独角兽企业（含潜在、种子）：3家以上；高新技术企业：突破1200家'],
    ['全市开发区营业收入突破7000亿元，', '全市开发区营业收入：突破7000亿元；超1000亿元开发区：2家；超500亿元开发区：8家以上；超300亿元开发区：2家以上'],
    ['全力推进国家5A级、4A级景区和国家', '全市新增5A级景区：2个；新增国家级全域旅游示范区：2个'],
    ['到2025年，全市打造1个国家森林体', '全市打造国家森林体验基地：1个；国家康养旅游示范基地：1个；省级森林体验基地：4个；省级康养旅游示范基地：4个'],
    ['打造1条水上观光休闲黄金游览线路，创', '打造水上观光休闲黄金游览线路：1条；创建全国热点体育赛事：1个以上'],
    ['到2025年，全市建设2个以上有影响', '全市建设有影响力的区块链开放创新平台及公共服务平台：2个以上；打造区块链产业基地：2个以上；孵化在国内较有影响力的区块链软件企业：3家以上；推动企业上链：1000家左右'],
    ['到2025年，在电子信息、生物医药大', '在电子信息、生物医药大健康等优势领域建设“智慧工厂”：100个；“数字车间”：200个；打造智能制造标杆企业：20家以上'],
    ['到2025年，推动3000家中小企业', '推动中小企业上云：3000家；培育上云标杆企业：30家'],
    ['打造全市物流公共信息网络，到2025', '形成市级物流公共信息平台：1个；县级物流公共信息平台：13个'],
    ['2025年，全市金融业增加值达215', '全市金融业增加值：215亿元；全市金融业增加值占GDP比重：7%左右'],
    ['深入实施家政服务标准规划引领、素质能', '新增家政服务业龙头企业：2个以上；家政服务社区示范网点：50个左右'],
    ['到2025年，新增生活污水处理规模7', '新增生活污水处理规模：7万吨/日；建设改造污水管网：61.56公里'],
    ['到2025年，全市新增通车高速公路里', '全市新增通车高速公路里程：400公里；通车里程：1200公里'],
    ['到2025年，各县（市、区）建成或改', '各县（市、区）建成或改造提升商业步行街或特色商业街：1条以上；建成商业综合体：1个以上；打造夜市经济商业街：1条以上'],
    ['全市共培育10个以上省级、2个以上国', '全市共培育省级商旅文融合发展示范区：10个以上；国家级商旅文融合发展示范区：2个以上'],
    ['到2025年，各县（市、区）打造3个', '各县（市、区）打造特色商贸小镇：3个以上；打造以观光、采摘、民俗、民宿、品尝等为主题的特色村：10个以上；每个中心镇建成乡镇商贸综合体：1个'],
    ['到2025年，全市新增国家地理标志产', '全市新增国家地理标志产品：1个；新增江西老字号：20家；引进高端品牌：50个'],
    ['到2025年，全市培育年销售额过10', '全市培育年销售额过 10 亿元的大型商贸龙头企业：2家；创建实体零售创新转型示范企业：10家'],
    ['到2025年，每个县市区建成1家以上', '每个县市区建成规模适度、功能齐全的现代化物流园区：1家以上；全市新增 A 级以上物流企业：15家；星级以上冷链物流企业：2家'],
    ['市级层面在实现规模千亿级市城控集团的', '再培育千亿级企业：1家；推动每个县(市、区)建立百亿企业集团：1家'],
    ['到2025年，实际利用外资超过17亿', '实际利用外资：超过17亿美元；出口总额：525亿元'],
    ['到2025年，高铁新区建成区面积5平', '高铁新区建成区面积：5平方公里；常住人口：5万人'],
    ['到2025年，中心城区建成区面积达到', '中心城区建成区面积：110平方公里；人口规模：110万人左右'],
    ['到2025年，全市50%以上的县（市', '县（市、区）经济总量超过 250 亿元：50%以上；县城人口超过 10 万人：60%以上'],
    ['到2025年，市中心城区和县城实现居', '市中心城区和县城实现居民出行见绿：300米；见园：500米'],
    ['市中心城区和县城公园绿地服务半径覆盖', '市中心城区公园绿地服务半径覆盖率：90%；县城公园绿地服务半径覆盖率：80%；城区裸露土地绿化美化：100%；城区道路树池绿化或软覆盖：100%；城区绿地完成降坡封尘：100%'],
    ['到2025年，中心城区新（扩）建公共', '中心城区新（扩）建公共停车泊位：3万个；改造临时停车泊位：2000个；增划路内停车泊位：5000个；开放公共机构停车泊位：7000个以上'],
    ['到2025年，全市建筑垃圾总容量35', '全市建筑垃圾总容量：3550万立方米；日处理能力：6.5吨；五座垃圾焚烧发电厂日处理规模：3700吨'],
    ['县城垃圾无害化处理率达到100%、污', '县城垃圾无害化处理率：100%；污水集中处理率：90%以上'],
    ['到2025年，城市社区综合服务设施覆', '城市社区综合服务设施覆盖面：90%以上；完成宜居社区建设：2个左右'],
    ['推进高标准农田“六大工程”^①建设，', '新建高标准农田：70万亩；提升改造高标准农田：105万亩以上'],
    ['井冈蜜柚种植规模达到60万亩，绿色水', '井冈蜜柚种植规模：60万亩；绿色水稻：200万亩；有机茶叶：55万亩；有机蔬菜：165万亩；特色竹木：280万亩；特色药材：35万亩'],
    ['持续推进农产品加工项目招大引强，到2', '培育粮油、果蔬、特色经济作物、畜牧业、水产品等加工产业集群：8个以上；新增规模以上农产品加工企业：30个'],
    ['到2025年，培育年销售收入超亿元的', '培育年销售收入超亿元的农业产业化龙头企业：60家以上；建成省级示范农业合作社：170家以上；省级示范性家庭农场：120个以上'],
    ['大力实施农业标准化战略，到2025年', '全市“三品一标”数量：600个以上；省级以上农业产业化龙头企业、农民合作社和家庭农场等生产主体可追溯覆盖率：85%以上；主要农产品质量安全合格率：98%以上'],
    ['到2025年，全市新改建农村公路40', '全市新改建农村公路：4000公里；实现农村公路县道达到三级以上水平：70%；乡道双车道比例：40%以上；建制村通双车道比例：65%'],
    ['到2025年，除险加固水库200座、', '除险加固水库：200座；重点山塘：500座；治理河段：1100公里；涝区：90个'],
    ['实施农村电网改造升级工程，到2025', '农村电网供电可靠率：100%；综合电压合格率：100%'],
    ['到2025年，全面建立以城市供水管网', '全市农村集中供水率率：90%；农村自来水普及率率：85%；规模化工程供水率率：75%'],
    ['在每个乡镇选择5%左右的自然村点开展', '在每个乡镇选择自然村点开展农村生活垃圾分类试点工作：5%左右；农村生活垃圾有效治理：98%以上'],
    ['到2025年，完成211个乡镇圩镇、', '完成乡镇圩镇：211个；村庄的农村生活污水处理设施及配套管网建设：10000个左右；全市农村生活污水处理率：60%以上'],
    ['到2025年，完成人工造林50万亩，', '完成人工造林：50万亩；封山育林：75万亩；退化林修复：100万亩'],
    ['加快峡江玉峡湖、吉水吉湖、庐陵赣江、', '新建小微湿地：4处；新增省级重要湿地：4处'],
    ['到2025年，全市省级及以上绿色园区', '全市省级及以上绿色园区：8个；绿色工厂：25个；节水型企业：20个'],
    ['到2025年，全市单位GDP能源消耗', '全市单位 GDP 能源消耗累计下降：13%；能源消费总量增量：150万吨标准煤以内'],
    ['持续开展绿色家庭、绿色学校、绿色社区', '县级及以上党政机关：80%；家庭、学校和社区：70%；大型商场达到绿色创建要求：50%以上'],
    ['绿色出行服务满意率不低于80%，城镇', '绿色出行服务满意率：不低于80%；城镇新建建筑中绿色建筑面积占比：不低于70%'],
    ['到2025年，全部县（市）创评为全省', '县（市）创评为全国文明城市：2个以上；村和乡镇达到县级及以上文明村镇标准：65%以上；窗口行业文明单位创建、文明校园创建覆盖率：100%'],
    ['到2025年，培育全省文化产业10强', '培育全省文化产业 10 强县：1个；省级文化产业园区：1家以上；省级文化产业示范基地：3个以上'],
    ['实施技工教育质量提升和人才培养提升工', '建设职业技能竞赛集训基地：10家；培育职业技能培训示范点：10个'],
    ['到2025年，全市从事技能工作的劳动', '全市从事技能工作的劳动者总量翻一番：100万人；高技能人才占比：40%以上；技工院校年招生总量翻一番：2000人以上'],
    ['到2025年，全市学前教育毛入园率达', '全市学前教育毛入园率：90%；公办在园幼儿数占比：55%；普惠性幼儿园覆盖率：88%'],
    ['提升全市义务教育阶段办学水平，到20', '新改扩建薄弱学校：500所；总建筑面积：20万平方米'],
    ['到2025年，全市新建改扩建高中阶段', '新增学位：3万个；高中阶段教育毛入学率：92%以上'],
    ['到2025年，全市职普学位配比不低于', '新增产教融合实训基地：3个；公共实训基地：5个；培育省级产教融合型企业：10家'],
    ['到2025年，市、县两级培育骨干教师', '市、县两级培育骨干教师：1000人；学科带头人：500人；培养省级中小学名师：100人；名校长：50人；建成省级“双师型”教师培养培训基地：2个'],
    ['建成省级临床重点专科6个以上，筛选确', '建成省级临床重点专科：6个以上；筛选确定医学领先学科：2个'],
    ['到2025年，市中心城区规划建设4个', '市中心城区规划建设较大养老服务机构：4个；新增床位：2000张'],
    ['新建、已建成的县级福利院护理型床位分', '新建的县级福利院护理型床位：80%以上；已建成的县级福利院护理型床位：70%以上；每个县（市、区）至少建成特困失能集中护理床位：100张以上'],
    ['社区养老服务设施覆盖率达到100%，', '社区养老服务设施覆盖率：100%；农村互助养老服务设施覆盖建制村：85%'],
    ['到2025年，每个县（市、区）至少建', '每个县（市、区）至少建成公办婴幼儿照护服务机构：1所；新增示范性普惠托位：2000个以上；从业人员接受相关培训比例：80%以上'],
    ['以“青年当先创佳绩”为主题，广泛开展', '每年扶持农村青年致富带头人：不少于100名；创评“吉安青年创业孵化基地”：10个'],
    ['到2025年，县乡村三级综治中心二级', '县级综治中心二级以上标准达标率：100%；乡级综治中心二级以上标准达标率：90%；村级综治中心二级以上标准达标率：80%'],
    ['到2025年，全市网格标准化建设实现', '网格整合率：100%；网格员配备率：100%；完成事件上报处置率：95%以上'],
    ['加大城区视频前端点位的建设密度，到2', '城区一类视频监控前端点位数量：3万个；农村前端点位：5万个；智能化前端点位占比：不低于40%'],
    ['完善天网安全防护措施，新增流量采集节', '新增流量采集节点：13个；天网用户数字证书配发率：100%'],
    ['到2025年，在公安网内完成视频图像', '在公安网内完成视频图像应用上云：100%；重点区域视频解析：100%；全市县（市、区）全部建成视频图像解析应用中心：13个'],
    ['到2025年，市、县两级“天网”运维', '市级“天网”运维人员：不少于20人；县级“天网”运维人员：5人'],
  ];

  it(`covers every multi-figure target (${MULTI.length})`, () => {
    const multi = targets.filter((t) => t.figures.length > 1).map((t) => squash(t.quote).slice(0, 18));
    expect(multi.sort()).toEqual(MULTI.map(([start]) => start).sort());
  });

  it.each(MULTI)('%s… → %s', (start, expected) => {
    const t = targets.find((x) => squash(x.quote).startsWith(start));
    expect(t && measuredFigures(t.figures)).toBe(expected);
  });

  it('prints every figure in its quote, and every measure in the plan\'s words (at most three verbatim pieces)', () => {
    for (const t of targets.filter((x) => x.kind === 'text' || x.kind === 'box')) {
      for (const f of t.figures) {
        expect(squash(t.quote), f.value).toContain(f.value);
        expect(verbatimPieces(f.measure, t.quote), `${f.measure} ← ${t.quote}`).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('what a target looks like', () => {
  const row = (name: string) => targets.find((t) => t.columns?.[0]?.value === name);

  it('shows a 十四五 target with its figures, year and binding', () => {
    const rd = row('研发经费支出(亿元)');
    expect(rd && targetHeadline(rd)).toBe('研发经费支出(亿元)：72亿元 · 2025年 · 预期性');
  });

  it('shows a 十三五 row as a result, labelled “十三五”完成情况', () => {
    const waste = row('城镇生活垃圾无害化处理率(%)');
    expect(waste && targetHeadline(waste)).toBe('“十三五”完成情况 · 城镇生活垃圾无害化处理率(%)：2020年预期值 100%，规划目标 85% · 提前完成');
    expect(waste && renderTargetText(waste)).not.toMatch(/2020年 · 约束性/);
  });

  it('says when there is no target on a topic', () => {
    expect(noTargetsMessage('彩票')).toBe('规划中没有关于“彩票”的量化目标。');
  });
});

describe('/targets TOPIC', () => {
  const finder = createTargetFinder({ targets, chunks, planText: plan.text, dense: null, thesaurus: loadThesaurus(), lexicalIndexOf: createLexicalIndex });
  const find = async (topic: string) => (await finder.find(topic)).map((t) => t.figures.map((f) => f.measure).join('|') || t.measure);

  it('finds nothing for a topic the plan has no target on', async () => {
    expect(await finder.find('彩票')).toEqual([]);
    expect(await finder.find('地铁')).toEqual([]);
  });

  it.each([
    ['GDP', /生产总值|GDP|经济总量/],
    ['收入', /收入/],
    ['养老', /养老/],
    ['空气', /空气质量/],
    ['工资', /居民人均可支配收入/],
  ])('lists only targets on %s', async (topic, about) => {
    const found = await finder.find(topic);
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) expect(`${t.quote} ${t.measure}`).toMatch(about);
    expect(found.every((t) => t.period === '十四五')).toBe(true);
  });

  it('ranks by the plan\'s most direct term, then the typed word, then related terms, and related terms only where measured', () => {
    const thesaurus = buildThesaurus(parseThesaurus('地区生产总值,GDP,经济总量\tgdp,经济涨\tgdp\n居民人均可支配收入,收入\t工资\tincome'));
    const inPlan = () => true;
    expect(topicTerms('收入', thesaurus, inPlan).words[0]?.terms).toEqual([{ term: '居民人均可支配收入', rank: 0 }, { term: '收入', rank: 1 }]);
    expect(topicTerms('经济涨', thesaurus, inPlan).words[0]?.terms).toEqual([
      { term: '地区生产总值', rank: 0 }, { term: '经济涨', rank: 1 }, { term: 'gdp', rank: 2 }, { term: '经济总量', rank: 2 },
    ]);
    const terms = topicTerms('经济涨', thesaurus, inPlan);
    const corridor = targets.find((t) => t.quote.includes('吉泰走廊经济总量'));
    expect(corridor && topicPlace(corridor, terms)).toEqual({ rank: 2, place: 1 }); // 经济总量 in its measure
    const county = { ...(corridor as Target), figures: [], measure: '其他', quote: '经济总量' };
    expect(topicPlace(county, terms)).toBeNull(); // a related term only in the quote does not count
  });

  it('puts the plan\'s own measure first: 地区生产总值 for GDP, 居民收入 for 收入', async () => {
    expect((await find('GDP'))[0]).toBe('地区生产总值(GDP)(亿元)');
    expect((await find('收入'))[0]).toBe('居民人均可支配收入 (元)');
  });

  it('shows a 十三五 row only when asked for by name or by 十三五, after this plan\'s', async () => {
    const named = await finder.find('地区生产总值');
    expect(named.at(-1)?.period).toBe('十三五');
    expect(named.filter((t) => t.period === '十三五')).toHaveLength(1);
    const asked = await finder.find('十三五 空气质量');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((t) => t.period === '十三五')).toBe(true);
  });
});

describe('daily digest', () => {
  it('counts days from the epoch and rejects bad dates', () => {
    expect(dayNumber('2026-01-01')).toBe(0);
    expect(dayNumber('2026-12-01')).toBe(334);
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('tomorrow')).toThrow(RangeError);
  });

  it('is deterministic for a date', () => {
    expect(selectDigest(targets, '2026-12-01', 4)).toEqual(selectDigest(targets, '2026-12-01', 4));
  });

  it('rotates through every 十四五 target before repeating', () => {
    const size = 4;
    const pool = digestPool(targets);
    const days = Math.ceil(pool.length / size);
    const first = selectDigest(targets, '2026-01-01', size);
    const start = Date.parse('2026-01-01T00:00:00Z') - first.day * 86_400_000;
    const seen: string[] = [];
    for (let d = 0; d < days; d++) {
      const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      seen.push(...selectDigest(targets, date, size).targets.map((t) => t.id));
    }
    expect(new Set(seen)).toEqual(new Set(pool.map((t) => t.id)));
    expect(seen).toHaveLength(pool.length);
  });

  it('60 consecutive days show no 十三五 row and every figure under its own measure', () => {
    for (let d = 0; d < 60; d++) {
      const date = new Date(Date.parse('2026-12-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10);
      const digest = selectDigest(targets, date, 4);
      expect(digest.targets.length).toBeGreaterThan(0);
      const text = renderDigestText(digest);
      expect(text).not.toMatch(/十三五”规划主要指标完成情况表|“十三五”完成情况/);
      for (const t of digest.targets) {
        expect(t.period).toBe('十四五');
        expect(text).toContain(targetHeadline(t));
        for (const f of t.figures) expect(verbatimPieces(f.measure, t.quote), f.measure).toBeLessThanOrEqual(3);
      }
    }
  });

  it('mixes themes within a day', () => {
    const order = cycleOrder(targets, 3);
    for (let i = 0; i + 3 < 40; i += 4) expect(new Set(order.slice(i, i + 4).map((t) => t.theme)).size).toBeGreaterThan(1);
  });

  it('renders a digest of quotes with citations', () => {
    const text = renderDigestText(selectDigest(targets, '2026-12-01', 4));
    expect(text).toContain('2026-12-01');
    expect(text.match(/——/g)).toHaveLength(4);
  });
});

describe('the digest and /targets show targets only (issue 21)', () => {
  const find = (measure: string) => targets.find((t) => t.measure.startsWith(measure) && t.kind === 'indicator');
  const sixtyDays = Array.from({ length: 60 }, (_, d) => new Date(Date.UTC(2026, 11, 7 + d)).toISOString().slice(0, 10))
    .flatMap((date) => selectDigest(targets, date, 5).targets);

  it('60 days of previews: no item without a target figure, no figure under another measure', () => {
    expect(sixtyDays.length).toBeGreaterThan(250);
    const problems = sixtyDays.flatMap((t) => targetProblems(t).map((p) => `${p} :: ${targetHeadline(t)}`));
    expect(problems).toEqual([]);
  });

  it('rows whose cells are all "—" (城镇调查失业率) are in no digest and found by no /targets', async () => {
    const empty = targets.filter((t) => t.kind === 'indicator' && !t.figures.length);
    expect(empty.map((t) => t.measure)).toContain('城镇调查失业率 (%)');
    expect(empty).toHaveLength(8);
    expect(digestPool(targets).some((t) => empty.includes(t))).toBe(false);
    const finder = createTargetFinder({ targets, chunks, planText: plan.text, dense: null, thesaurus: loadThesaurus(), lexicalIndexOf: createLexicalIndex });
    expect((await finder.find('城镇调查失业率')).some((t) => empty.includes(t))).toBe(false);
    expect(targetProblems(empty[0]!)).toEqual(['no target figure']);
  });

  it('growth-only rows show their growth target (8左右, 9左右), not "—", for the plan period', () => {
    for (const [name, value] of [['规模以上工业增加值增速', '8'], ['固定资产投资增速', '9']] as const) {
      const row = find(name)!;
      expect(row.figures).toEqual([{ value, unit: '%', qualifier: '左右', measure: row.measure }]);
      expect(row.year).toBeNull();
      expect(targetHeadline(row)).toContain(`${value}%左右`);
      expect(targetHeadline(row)).not.toContain('—');
    }
    expect(find('地区生产总值')!.figures.map((f) => f.value)).toEqual(['3130']); // a 2025 level is the target, not the growth
  });

  it('a list shared by several figures gives one measure per figure', () => {
    const measures = (s: string) => labelFigures(s).map((f) => `${f.measure}=${f.value}`);
    expect(measures('到2025年，全市省级及以上绿色园区、绿色工厂、节水型企业分别达8个、25个和20个。'))
      .toEqual(['全市省级及以上绿色园区=8', '绿色工厂=25', '节水型企业=20']);
    expect(measures('到 2025 年，市、县两级“天网”运维人员分别不少于 20 人、5 人，确保天网安全稳定运行。'))
      .toEqual(['市级“天网”运维人员=20', '县级“天网”运维人员=5']);
    expect(measures('到 2025 年，县乡村三级综治中心二级以上标准达标率分别为 100%、90%、80%。'))
      .toEqual(['县级综治中心二级以上标准达标率=100', '乡级综治中心二级以上标准达标率=90', '村级综治中心二级以上标准达标率=80']);
    expect(measures('新建、提升改造高标准农田70万亩、105万亩以上。')).toEqual(['新建高标准农田=70', '提升改造高标准农田=105']);
    expect(measures('市中心城区和县城公园绿地服务半径覆盖率分别达到 90% 和 80%'))
      .toEqual(['市中心城区公园绿地服务半径覆盖率=90', '县城公园绿地服务半径覆盖率=80']);
    expect(listMeasures('甲、乙分别', 3)).toBeNull(); // two items for three figures: left as it was
  });

  it('the audit catches what it is for', () => {
    const shared = { ...targets.find((t) => /节水型企业/.test(t.quote))! };
    shared.figures = shared.figures.map((f) => ({ ...f, measure: '全市省级及以上绿色园区、绿色工厂、节水型企业分别' }));
    expect(targetProblems(shared).join()).toMatch(/several figures/);
    const moved = { ...shared, figures: [{ ...shared.figures[0]!, measure: '节水型企业', value: '8' }, { ...shared.figures[1]!, measure: '高标准农田' }] };
    expect(targetProblems(moved).join()).toMatch(/“高标准农田” is not in the clause/);
    const row = find('地区生产总值')!;
    expect(targetProblems({ ...row, figures: [{ ...row.figures[0]!, value: '2168.83' }] }).join()).toMatch(/not the row's target cell/);
  });
});
