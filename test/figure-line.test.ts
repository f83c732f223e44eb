// The "答：" figure line over the real index (index/current, built if missing) and model: the examples
// of issue 21, and rates over the tuning half of the figure set with a margin (the model's floats
// differ a little between CPUs, so no single question of the set is asserted).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitted } from './helpers.js';
import { MAX_QUOTES } from '../src/answer/shown.js';
import { createEngine, type Engine } from '../src/app/engine.js';
import { loadConfig } from '../src/config.js';
import { answersWithFigure } from '../src/answer/direct.js';
import { givesExpectedFigure, parseFigureSet, summariseFigureSet, type FigureSetOutcome, type FigureSetRow } from '../src/eval/figure-set.js';

const quiet = { info() {}, warn() {} };
let engine: Engine;

beforeAll(async () => {
  engine = await createEngine(loadConfig(), quiet, fitted);
}, 180_000);

const leadsWith = (line: string | null, figure: string, measure: string, question: string) =>
  line !== null && givesExpectedFigure(line, { figure, measure, question });

describe('the figure line gives only the asked measure\'s figure, for the asked year', () => {
  it('每千人口醫療機構床位數: no such indicator — related, naming the rows the plan has, and no figure line', async () => {
    const a = await engine.ask('每千人口醫療機構床位數');
    expect(a.outcome).toBe('related');
    expect(a.direct).toBeNull();
    expect(a.reason?.message).toMatch(/^规划没有给出这一项的数字，给出的是：.*执业\(助理\)医师/);
  });
  it('吉安 经济 目标 多少: GDP\'s 3130亿元, not the digital economy\'s share', async () => {
    const a = await engine.ask('吉安 经济 目标 多少');
    expect(leadsWith(a.direct, '3130亿元', '地区生产总值', '吉安 经济 目标 多少')).toBe(true);
    expect(a.direct).not.toContain('9.6');
  });
  it('高速公路通车里程2025年目标多少公里: the 1200公里 reached, not the 400公里 added', async () => {
    const q = '高速公路通车里程2025年目标多少公里';
    const a = await engine.ask(q);
    expect(leadsWith(a.direct, '1200公里', '高速公路通车里程', q)).toBe(true);
  });
  it('…每年能新增多少就业？: no line without a figure', async () => {
    const a = await engine.ask('吉安每年能新增多少就业？');
    expect(!answersWithFigure(a.direct) || /\d/.test(a.direct!.replace(/“[^”]*”/g, ''))).toBe(true);
    expect(a.direct ?? '').not.toContain('4050');
  });
  it('吉安2030年森林覆盖率: not answered by the 2025 row; says which years the plan gives', async () => {
    const a = await engine.ask('吉安2030年森林覆盖率');
    expect(a.outcome).not.toBe('answered');
    expect(a.reason?.message).toMatch(/^规划给出的是.*2025.*年的数字，没有2030年的/);
    // Related by its figure, it shows as many quotes as answer, like every other answer (one to five).
    expect(a.answers.length).toBeGreaterThanOrEqual(1);
    expect(a.answers.length).toBeLessThanOrEqual(MAX_QUOTES);
  });
  it('adds the change from base to target, computed and labelled as computed', async () => {
    const a = await engine.ask('地区生产总值2025年目标是多少');
    expect(a.direct).toMatch(/^地区生产总值\(GDP\)：2025年目标值3130亿元/);
    expect(a.direct).toContain('2020年2168.83亿元→2025年3130亿元，增加961.17亿元（按规划数字计算）');
  });
});

// Measured on the tuning half (npm run eval -- test/fixtures/figures-own-1.jsonl --half tuning):
// line shown for 97 of 108 expect=figure questions (89.8 %), 95 of those 97 lines give the expected
// figure (97.9 %), 1 of 23 expect=no_figure questions given a line (4.3 %). Asserted with a margin of
// 5 points on the first and last, 2 on the second. No ✅ answer carries a line saying the plan gives
// other measures instead (figureVerdict).
describe('the figure set, tuning half', () => {
  it('shows a figure line for most figure questions, nearly always the right one, and rarely for the others', async () => {
    const questions = parseFigureSet(readFileSync('test/fixtures/figures-own-1.jsonl', 'utf8')).filter((q) => q.half === 'tuning');
    const rows: (FigureSetRow & FigureSetOutcome)[] = [];
    for (const q of questions) {
      const a = await engine.ask(q.question);
      rows.push({ ...q, figureLine: answersWithFigure(a.direct) ? a.direct : null });
      if (a.outcome === 'answered') expect(a.direct ?? '', q.id).not.toMatch(/^规划没有给出这一项/);
    }
    const s = summariseFigureSet(rows);
    expect(s.figure).toBeGreaterThanOrEqual(100);
    expect(s.shown / s.figure).toBeGreaterThanOrEqual(0.848);
    expect(s.correct / s.shown).toBeGreaterThanOrEqual(0.959);
    expect(s.wronglyShown / s.noFigure).toBeLessThanOrEqual(0.093);
  }, 180_000);
});

// The blind set (figures-own-2, written on write2 without seeing the bot; held out), measured once at
// 8f1fcda after the last tuning change: line shown for 140 of 166 expect=figure questions (84.3 %), 122
// of those 140 right (87.1 %), 6 of 42 expect=no_figure questions given a line (14.3 %). The floors
// below are those figures less 5 points (shown, no_figure) and 5 points (correct): they guard against
// losing what was measured. Issue 21's bar (shown ≥ 85 %, right ≥ 98 % on unseen questions) is not met:
// marked as a known failure until the measure check generalises.
describe('the blind figure set (figures-own-2, held out)', () => {
  let summary: ReturnType<typeof summariseFigureSet>;
  beforeAll(async () => {
    const questions = parseFigureSet(readFileSync('test/fixtures/figures-own-2.jsonl', 'utf8'), 'heldout');
    const rows: (FigureSetRow & FigureSetOutcome)[] = [];
    for (const q of questions) {
      const a = await engine.ask(q.question);
      rows.push({ ...q, figureLine: answersWithFigure(a.direct) ? a.direct : null });
    }
    summary = summariseFigureSet(rows);
  }, 240_000);
  it('keeps what was measured once, with a margin', () => {
    expect(summary.figure).toBeGreaterThanOrEqual(150);
    expect(summary.shown / summary.figure).toBeGreaterThanOrEqual(0.793);
    expect(summary.correct / summary.shown).toBeGreaterThanOrEqual(0.821);
    expect(summary.wronglyShown / summary.noFigure).toBeLessThanOrEqual(0.193);
  });
  it.fails('meets issue 21\'s bar on unseen questions: a line for ≥ 85 %, right for ≥ 98 % of those shown', () => {
    expect(summary.shown / summary.figure).toBeGreaterThanOrEqual(0.85);
    expect(summary.correct / summary.shown).toBeGreaterThanOrEqual(0.98);
  });
});
