import { describe, expect, it } from 'vitest';
import { enterHeading, OUTSIDE_ANY_HEADING, pageWithin, parseTocLine, readToc, scopeKey } from '../src/plan/toc.js';
import { plan, seedText } from './helpers.js';

/** The table of contents read straight from the seed with one regex, independently of the parser. */
const printedToc = (() => {
  const lines = seedText.split('\n');
  const start = lines.findIndex((l) => /^\s*目\s*录\s*$/.test(l));
  const body = lines.findIndex((l, i) => i > start && /^吉安市国民经济和社会发展的第十四个/.test(l));
  return lines.slice(start + 1, body).flatMap((l) => {
    const m = /^(第[一二三四五六七八九十]+[篇章节])[\s\u3000]*(\S.*?)[.…\s]*\t\s*(\d+)\s*$/.exec(l.trim());
    return m ? [{ numbered: m[1] ?? '', title: m[2] ?? '', page: Number(m[3]) }] : [];
  });
})();

describe('table of contents', () => {
  it('reads a TOC line with dots, tab and page', () => {
    expect(parseTocLine('第一节 以技术创新推动发展升级.....\t19')).toMatchObject({ level: 'section', number: 1, page: 19 });
    expect(parseTocLine('第一节 积极推进“碳达峰、碳中和”\t95')?.title).toBe('积极推进“碳达峰、碳中和”');
    expect(parseTocLine('第一节 以技术创新推动发展升级')).toBeNull();
  });

  it('keys a heading by 篇.章.节: 章 numbers restart in every 篇, 节 numbers in every 章', () => {
    const h = (level: 'part' | 'chapter' | 'section', number: number) => ({ level, number, title: '', label: '', page: null });
    let scope = OUTSIDE_ANY_HEADING;
    const keys = [h('part', 4), h('chapter', 1), h('section', 3), h('chapter', 2), h('section', 1), h('part', 5), h('chapter', 1)].map((x) => {
      scope = enterHeading(scope, x);
      return scopeKey(scope);
    });
    expect(keys).toEqual(['4.0.0', '4.1.0', '4.1.3', '4.2.0', '4.2.1', '5.0.0', '5.1.0']);
  });

  it('gives each entry the pages up to the next heading of the same or higher rank', () => {
    const toc = readToc(['目 录', '第一篇 甲.....\t1', '第一章 乙.....\t1', '第一节 丙.....\t2', '第二节 丁.....\t5', '第二章 戊.....\t7', '第二篇 己.....\t9', '', '正文']);
    expect(toc.entries.map((e) => [e.key, e.page, e.endPage])).toEqual([
      ['1.0.0', 1, 9], ['1.1.0', 1, 7], ['1.1.1', 2, 5], ['1.1.2', 5, 7], ['1.2.0', 7, 9], ['2.0.0', 9, null],
    ]);
    expect(toc.bodyStart).toBe(8);
    const [, chapter] = toc.entries;
    expect(chapter && [pageWithin(1, chapter), pageWithin(7, chapter), pageWithin(8, chapter)]).toEqual([true, true, false]);
  });

  it(`pairs all ${printedToc.length} headings of the printed TOC with the body's, and each has the TOC's page`, () => {
    expect(printedToc).toHaveLength(197);
    const body = plan.headings.filter((h) => h.level !== 'box');
    expect(body.map((h) => `${h.label.split(' ')[0]} ${h.page}`)).toEqual(printedToc.map((e) => `${e.numbered} ${e.page}`));
    // titles agree too, but for one misprint in the body (中阵地 for the TOC's 主阵地)
    const differ = body.filter((h, i) => h.title !== printedToc[i]?.title).map((h) => h.title);
    expect(differ).toEqual(['拓展人民群众文化活动中阵地']);
  });

  it('cites 第三节 扎实推进重大工程建设 with its own page, not its chapter\'s', () => {
    const box9 = plan.blocks.find((b) => b.path.at(-1)?.label.startsWith('专栏9 '));
    expect(box9?.path.map((h) => h.page)).toEqual([48, 49, 51, 51]);
    expect(box9?.page).toBe(51);
    const vocational = plan.blocks.find((b) => b.path.at(-1)?.title === '促进职业教育扩面提质创优');
    expect(vocational?.page).toBe(122);
  });

  it('gives every block the start page of the deepest 篇/章/节 in its path', () => {
    const byKey = new Map(plan.toc.map((e) => [e.key, e]));
    for (const b of plan.blocks) {
      let scope = OUTSIDE_ANY_HEADING;
      for (const h of b.path) scope = enterHeading(scope, h);
      const entry = byKey.get(scopeKey(scope));
      expect(b.page, b.text.slice(0, 20)).toBe(entry?.page ?? plan.toc[0]?.page); // the preface: page 1
    }
  });
});
