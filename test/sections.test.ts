import { describe, expect, it } from 'vitest';
import { bindFootnotes } from '../src/plan/footnotes.js';
import type { Heading } from '../src/plan/types.js';
import { plan, squash } from './helpers.js';

const prose = plan.blocks.filter((b) => b.kind !== 'footnote');
/** "第十篇第五章" for a path: the numbered part of each label. */
const where = (path: readonly Heading[]) => path.map((h) => h.label.split(' ')[0]).join('');
/** Does a block's text start with the given words (spaces ignored)? */
const startsWith = (text: string | undefined, start: string) => squash(text ?? '').startsWith(squash(start));

describe('every block in its section', () => {
  it.each([
    [1, '4.“耕地保有量”“单位GDP建设用地使用面积降', '第一篇第四章市“十四五”规划《纲要》主要指标表'],
    [2, '全面优化劳动力、资本、土地、知识、技术、数据', '第二篇第四章第三节'],
    [3, '加快推动检验检测、环保服务、', '第三篇第六章第二节'],
    [4, '加快城乡配送体系建设，补齐物流园区、配送中心', '第四篇第三章第三节专栏10'],
    [5, '用好进博会、中博会、泛珠会等重大经贸平台，参', '第五篇第二章第三节专栏11'],
    [6, '发挥对口支援工作机制作用，积', '第六篇第六章第二节'],
    [7, '4.农村生活污水治理工程。', '第七篇第五章第二节专栏14'],
    [8, '实行生态环境损害责任终身追究', '第八篇第四章第四节'],
    [9, '推进市、县两级融媒体智能化“', '第九篇第五章第二节专栏18'],
    [10, '以“青年当先创佳绩”为主题，', '第十篇第七章专栏24'],
    [11, '加强政法机关基层科、所、队、', '第十一篇第四章第五节专栏26'],
    // the closing words follow 专栏28 with no heading of their own: cited under the last 篇
    [12, '实现“十四五”规划和二〇三五远景目标，责任重', '第十二篇'],
  ])('the last paragraph of 篇%i (%s…) sits in %s', (part, start, path) => {
    const last = prose.findLast((b) => b.path[0]?.level === 'part' && b.path[0].number === part);
    expect(startsWith(last?.text, start)).toBe(true);
    expect(where(last?.path ?? [])).toBe(path);
  });

  it.each([
    [1, '坚持以人为本推进科技创新', '第二篇第一章第二节'], [2, '营造识才爱才敬才用才的发', '第二篇第二章第二节'],
    [3, '加强与北京、上海和粤港澳', '第二篇第三章第二节'], [4, '聚焦生物医药大健康、先进', '第三篇第二章'],
    [5, '深入实施“全景吉安、全域', '第三篇第四章'], [6, '深化数字经济和实体经济融', '第三篇第五章'],
    [7, '推动生产性服务业向专业化', '第三篇第六章'], [8, '聚焦交通、水利、能源等重', '第四篇第一章第三节'],
    [9, '深化投融资体制改革，完善', '第四篇第一章第四节'], [10, '坚定不移深化改革、扩大开', '第五篇'],
    [11, '坚持实施区域协调发展战略', '第六篇'], [12, '以农业转移人口为重点，进', '第六篇第五章'],
    [13, '发挥中心镇在乡村振兴中的', '第七篇第三章'], [14, '坚持绿水青山就是金山银山', '第八篇'],
    [15, '秉持系统思维，统筹布局生', '第八篇第二章'], [16, '坚持“生态产业化、产业生', '第八篇第三章'],
    [17, '全面深化国家生态文明试验', '第八篇第四章'], [18, '坚持民生工程让百姓“用得', '第十篇'],
    [19, '加快建设和完善覆盖全民、', '第十篇第二章'], [20, '全面贯彻党的教育方针，始', '第十篇第三章'],
    [21, '把人民健康摆在优先发展的', '第十篇第四章'], [22, '推进人口均衡发展，以“一', '第十篇第五章'],
    [23, '深入推进妇幼安康工程，切', '第十篇第六章'], [24, '坚决贯彻总体国家安全观，', '第十一篇'],
    [25, '统筹发展和安全两件大事，', '第十一篇第三章'], [26, '实现“十四五”规划和二〇三五年远景目标，必须', '第十二篇'],
    [27, '1“十四五”制造业高质量发展规划', '第十二篇第四章第二节专栏28'],
    [28, '实现“十四五”规划和二〇三五远景目标，责任重', '第十二篇'],
  ])('the block after 专栏%i (%s…) sits in %s', (box, start, path) => {
    const at = prose.findLastIndex((b) => b.path.some((h) => h.level === 'box' && h.number === box));
    const next = prose[at + 1];
    expect(startsWith(next?.text, start)).toBe(true);
    expect(where(next?.path ?? [])).toBe(path);
  });

  it('ends a 专栏 whose content is a table with its table', () => {
    const box28 = plan.blocks.filter((b) => b.path.some((h) => h.level === 'box' && h.number === 28));
    expect(box28.every((b) => b.kind === 'table_row')).toBe(true);
  });
});

describe('bindFootnotes', () => {
  const h = (label: string): Heading => ({ level: 'section', number: 1, title: label, label, page: 1 });
  const [a, b, c] = [[h('甲')], [h('乙')], [h('丙')]];

  it('moves a definition to the section of the latest unbound use of its marker', () => {
    const blocks = [
      { kind: 'paragraph', text: '甲^①甲', path: a },
      { kind: 'paragraph', text: '乙^①乙^②', path: b },
      { kind: 'footnote', text: '①的定义', path: c, footnote: { marker: '①' } },
      { kind: 'footnote', text: '①的第二个定义', path: c, footnote: { marker: '①' } },
      { kind: 'footnote', text: '②的定义', path: c, footnote: { marker: '②' } },
      { kind: 'footnote', text: '③无人使用', path: c, footnote: { marker: '③' } },
    ];
    expect(bindFootnotes(blocks).map((x) => x.path)).toEqual([a, b, b, a, b, c]);
  });
});
