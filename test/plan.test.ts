import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseHeading } from '../src/plan/headings.js';
import { parsePlan } from '../src/plan/parse.js';
import { parseTable } from '../src/plan/tables.js';
import { plan, seedText, squash } from './helpers.js';

const blockWith = (needle: string) => plan.blocks.find((b) => squash(b.text).includes(squash(needle)));

describe('headings', () => {
  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十三', 23],
  ])('chineseNumeral(%s) = %d', (text, n) => expect(chineseNumeral(text)).toBe(n));

  it('does not take a sentence for a heading', () => {
    expect(parseHeading('第一章 发展基础')).not.toBeNull();
    expect(parseHeading('第三产业比重提高，服务业成为主要动力。')).toBeNull();
  });

  it('finds all 12 篇 with their printed pages, and 专栏 1–28', () => {
    const parts = plan.headings.filter((h) => h.level === 'part');
    expect(parts.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(parts[2]).toMatchObject({ label: '第三篇 构建提升现代产业体系', page: 28 });
    const boxes = plan.headings.filter((h) => h.level === 'box').map((h) => h.number);
    expect(boxes).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('gives every heading a page, never decreasing', () => {
    const pages = plan.headings.map((h) => h.page);
    expect(pages.every((p) => typeof p === 'number')).toBe(true);
    expect(pages.every((p, i) => i === 0 || p! >= pages[i - 1]!)).toBe(true);
  });

  it('cites a section with its TOC page', () => {
    const b = blockWith('生物医药大健康产业主营业务收入突破2000亿元')!;
    expect(b.path.map((h) => h.label)).toEqual([
      '第三篇 构建提升现代产业体系', '第二章 形成主导产业特色优势', '第一节 做大做强生物医药大健康产业',
    ]);
    expect(b.page).toBe(31);
  });

  it('never takes a block from the table of contents', () => {
    expect(plan.blocks.some((b) => /\.{4,}/.test(b.text))).toBe(false);
  });
});

describe('PDF artefacts', () => {
  it.each([
    // sentence broken by a page break, with a footnote block between the halves
    ['营业收入“四年翻番”、突破 1700 亿元'],
    // broken across a page with footnotes ①–④ in between
    ['百亿项目取得突破。'],
    ['井冈山经开区跻身全国经开区 50 强'],
    ['空气质量保持在国家二级标准'],
    ['大力推进“遇困即扶”^②及“标准化解困”工作。'],
    // a box item broken over a page
    ['加强园区企业与军工集团在技术改造'],
  ])('joins %s back together', (needle) => {
    expect(blockWith(needle), needle).toBeDefined();
  });

  it('joins a footnote definition continued on the next page', () => {
    const f = plan.blocks.find((b) => b.footnote?.term === '“遇困即扶”')!;
    expect(f.text.endsWith('及时阻断致贫返贫。')).toBe(true);
    const g = plan.blocks.find((b) => b.footnote?.term === '“五指峰、三中心、两区块”')!;
    expect(g.text).toContain('人才公寓；“三中心”');
  });

  it('drops chart captions and units that carry no data', () => {
    expect(plan.blocks.some((b) => /^单位：/.test(b.text))).toBe(false);
    expect(plan.blocks.some((b) => b.text === '地区生产总值' || b.text === '三产比例')).toBe(false);
    expect(plan.blocks.some((b) => b.text.includes('县级行政点'))).toBe(false);
  });

  it('binds every footnote to the place its marker is used', () => {
    const notes = plan.blocks.filter((b) => b.kind === 'footnote');
    expect(notes).toHaveLength(55);
    const industry = notes.find((b) => b.footnote!.term === '“1461”现代产业体系')!;
    expect(industry.path.map((h) => h.label)).toEqual(['第一篇 开启全面建设社会主义现代化新征程', '第一章 发展基础']);
    const dust = notes.find((b) => b.footnote!.term === '“四尘三烟三气”')!;
    expect(dust.path.at(-1)!.label).toBe('专栏15 生态环境治理重点工程');
  });

  it('keeps a small synthetic page break and footnote apart', () => {
    const text = ['目 录', '', '第一篇 总则.....\t1', '', '第一篇 总则', '', '规模达到“三区”^①突', '', '^① “三区”：甲区、乙区和丙', '', '区。', '', '^② 无', '', '破 10 亿元。'].join('\n');
    const doc = parsePlan(text);
    expect(doc.blocks.find((b) => b.kind === 'paragraph')!.text).toBe('规模达到“三区”^①突破 10 亿元。');
  });
});

describe('tables', () => {
  it('reads both indicator tables row by row with labelled columns', () => {
    const rows = plan.blocks.filter((b) => b.kind === 'table_row');
    const fourteenth = rows.filter((r) => r.table!.table === '市“十四五”规划《纲要》主要指标表');
    const thirteenth = rows.filter((r) => r.table!.table === '市“十三五”规划主要指标完成情况表');
    expect(fourteenth).toHaveLength(32);
    expect(thirteenth).toHaveLength(36);
    const rd = fourteenth.find((r) => r.text.startsWith('研发经费支出(亿元)'))!;
    expect(rd.table!.group).toBe('创新 驱动');
    expect(rd.table!.cells.map((c) => [c.label, c.value])).toEqual([
      ['指标', '研发经费支出(亿元)'], ['2020年基期值', '34.7'], ['2025年目标值', '72'], ['年均/累计增长(%)', '15.7'], ['属性', '预期性'],
    ]);
    const internet = thirteenth.find((r) => r.text.startsWith('互联网普及率'))!;
    expect(internet.table!.cells.find((c) => c.label === '2020年规划目标')!.value).toBe('80');
    expect(thirteenth.find((r) => r.text.startsWith('森林蓄积量'))!.table!.group).toBe('森林发展');
  });

  it('reads 专栏27 and splits the two-column 专栏28 into records', () => {
    const box27 = plan.blocks.filter((b) => b.kind === 'table_row' && b.path.at(-1)!.number === 27);
    expect(box27.map((r) => r.table!.cells[0]!.value)).toContain('传统基础设施');
    const box28 = plan.blocks.filter((b) => b.kind === 'table_row' && b.path.at(-1)!.number === 28);
    expect(box28).toHaveLength(39);
    expect(box28.find((r) => r.table!.cells[0]!.value === '21')!.table!.cells[1]!.value).toBe('“十四五”基础测绘规划');
  });

  it('skips a repeated header and keeps record text verbatim', () => {
    const { rows } = parseTable(['序号\t名称\t序号\t名称', '1\t甲\t2\t乙', '序号\t名称\t序号\t名称', '3\t丙\t\t']);
    expect(rows.map((r) => r.text)).toEqual(['1\t甲', '2\t乙', '3\t丙']);
  });
});

describe('normalised plan', () => {
  it('every block text sits at its span', () => {
    for (const b of plan.blocks) expect(plan.text.slice(b.span[0], b.span[1])).toBe(b.text);
  });

  it('keeps the plan text: every prose line of the seed survives', () => {
    const all = squash(plan.text);
    const body = seedText.slice(seedText.indexOf('吉安市国民经济和社会发展的第十四个'));
    const prose = body.split('\n').filter((l) => l.trim().length > 40 && !l.includes('\t'));
    const missing = prose.filter((l) => !all.includes(squash(l).replace(/^\^?[①-⑳]/, '')));
    expect(missing).toEqual([]);
  });
});
