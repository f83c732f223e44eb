import { describe, expect, it } from 'vitest';
import { classifyLine, type LineContext, type LineKind } from '../src/plan/lines.js';

const ctx = (over: Partial<LineContext> = {}): LineContext => ({ next: '', inFigure: false, paragraphOpen: false, footnoteOpen: false, ...over });

describe('classifyLine', () => {
  it.each<[string, string, Partial<LineContext>, LineKind]>([
    ['blank line', '   ', {}, 'blank'],
    ['篇 heading', '第三篇 构建提升现代产业体系', {}, 'heading'],
    ['节 heading', '第二节 打造细分产业集群', {}, 'heading'],
    ['sentence that starts like a heading', '第三产业比重提高，服务业成为主要动力。', {}, 'text'],
    ['box title', '专栏 2 重大人才引进和培养重点工程', {}, 'box_title'],
    ['box title with the table\'s tabs', '专栏 27 “十四五”重大工程项目\t\t', {}, 'box_title'],
    ['footnote definition', '^① “三子一壳”：黄栀子、车前子、吉固子和枳壳。', {}, 'footnote'],
    ['footnote definition without caret', '② T类人才政策：聚焦“1+4+N”主导产业。', {}, 'footnote'],
    ['table row', '地区生产总值(亿元)\t1420.32\t2168.83', {}, 'table'],
    ['chart unit', '单位：亿元', {}, 'chart_unit'],
    ['chart title before its unit', '地区生产总值', { next: '单位：亿元' }, 'caption'],
    ['table title before its header', '市“十三五”规划主要指标完成情况表', { next: '指标名称\t2015年' }, 'caption'],
    ['bare chart title, no paragraph open', '三产比例', {}, 'caption'],
    ['short line finishing an open paragraph', '人才。', { paragraphOpen: true }, 'text'],
    ['bare title while a paragraph is open: text', '三产比例', { paragraphOpen: true }, 'text'],
    ['figure caption', '吉安市城镇体系规划图', {}, 'figure'],
    ['legend start', '图例', {}, 'figure'],
    ['map label inside a figure', '县级行政点', { inFigure: true }, 'figure'],
    ['same label outside a figure', '县级行政点', {}, 'caption'],
    ['sentence after a figure', '加快构建“一核两带”发展格局。', { inFigure: true }, 'text'],
    ['end of a footnote before the next page\'s footnotes', '区。', { footnoteOpen: true, paragraphOpen: true, next: '^② 无' }, 'footnote_tail'],
    ['same line with no footnote open', '区。', { paragraphOpen: true, next: '^② 无' }, 'text'],
    ['prose line', '坚持以人为本推进科技创新，加大民生科技创新供给。', {}, 'text'],
  ])('%s', (_title, line, over, kind) => {
    expect(classifyLine(line, ctx(over))).toBe(kind);
  });
});
