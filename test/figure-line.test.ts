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

// Both figure sets (figures-own-1, figures-own-2), each split by sha256(id) (test/fixtures/questions.json),
// measured at the last change of round 4 (npm run eval -- test/fixtures/figures-own-1.jsonl
// test/fixtures/figures-own-2.jsonl):
//   tuning:   line shown for 187 of 201 expect=figure questions (93.0 %), 186 of those right (99.5 %),
//             0 of 43 expect=no_figure questions given a line;
//   held-out: line shown for 142 of 176 (80.7 %), 134 of those right (94.4 %), 0 of 46 no_figure given one.
// (Round 3 had measured 188/201, 185 right, and held out 145/176, 136 right, 1 of 46: round 4's rules, tuned
// on the three sets' tuning halves, moved the held-out half little; its floors are lowered to match.)
// Asserted with a margin of 5 points on shown and on no_figure, 2 points on right for tuning and 5 for the
// held-out half (fewer questions of it are seen by nothing but this test). No ✅ answer carries a line
// saying the plan gives other measures instead (figureVerdict).
const bothSets = () => ['test/fixtures/figures-own-1.jsonl', 'test/fixtures/figures-own-2.jsonl'].flatMap((f) => parseFigureSet(readFileSync(f, 'utf8')));

async function summariseAnswers(questions: readonly FigureSetRow[]): Promise<ReturnType<typeof summariseFigureSet>> {
  const rows: (FigureSetRow & FigureSetOutcome)[] = [];
  for (const q of questions) {
    const a = await engine.ask(q.question);
    rows.push({ ...q, figureLine: answersWithFigure(a.direct) ? a.direct : null });
    if (a.outcome === 'answered') expect(a.direct ?? '', q.id).not.toMatch(/^规划没有给出这一项/);
  }
  return summariseFigureSet(rows);
}
const measure = (half: 'tuning' | 'heldout') => summariseAnswers(bothSets().filter((r) => r.half === half));

/**
 * Floors of a measured set (shown, right among shown, no_figure given a line) and issue 21's bar as a known
 * failure — unless the bar is met only through the set's tuning half (barOnTuned), where it says nothing of
 * unseen questions and is not asserted either way.
 */
function keepsMeasured(summary: () => ReturnType<typeof summariseFigureSet>, floors: { figure: number; shown: number; right: number; noFigure: number }, barOnTuned = false) {
  it('keeps what was measured, with a margin', () => {
    const s = summary();
    expect(s.figure).toBeGreaterThanOrEqual(floors.figure);
    expect(s.shown / s.figure).toBeGreaterThanOrEqual(floors.shown);
    expect(s.correct / s.shown).toBeGreaterThanOrEqual(floors.right);
    expect(s.wronglyShown / s.noFigure).toBeLessThanOrEqual(floors.noFigure);
  });
  if (barOnTuned) return;
  it.fails('meets issue 21\'s bar on unseen questions: a line for ≥ 85 %, right for ≥ 98 % of those shown', () => {
    const s = summary();
    expect(s.shown / s.figure).toBeGreaterThanOrEqual(0.85);
    expect(s.correct / s.shown).toBeGreaterThanOrEqual(0.98);
  });
}

describe('the figure sets, tuning halves', () => {
  it('shows a figure line for most figure questions, nearly always the right one, and rarely for the others', async () => {
    const s = await measure('tuning');
    expect(s.figure).toBeGreaterThanOrEqual(190);
    expect(s.shown / s.figure).toBeGreaterThanOrEqual(0.88);
    expect(s.correct / s.shown).toBeGreaterThanOrEqual(0.975);
    expect(s.wronglyShown / s.noFigure).toBeLessThanOrEqual(0.05);
  }, 180_000);
});

// Issue 21's bar (shown ≥ 85 %, right ≥ 98 % on unseen questions) is not met on the held-out halves:
// marked as a known failure until the measure check generalises (vitest flags it when it starts passing).
describe('the figure sets, held-out halves', () => {
  let summary: ReturnType<typeof summariseFigureSet>;
  beforeAll(async () => {
    summary = await measure('heldout');
  }, 240_000);
  keepsMeasured(() => summary, { figure: 170, shown: 0.757, right: 0.894, noFigure: 0.05 });
});

// The third figure set (figures-own-3, 230 questions written blind in round 3 from the plan alone; all
// held out) measured once, after round 3's last tuning change (npm run eval --
// test/fixtures/figures-own-3.jsonl): a line for 143 of 180 expect=figure questions (79.4 %), 128 of
// those right (89.5 %; Chinese 110 of 117, 94.0 %; English 18 of 26, 69.2 %), 2 of 50 no_figure
// questions given one (4.0 %). Floors: those less 5 points; issue 21's bar is a known failure here too.
// Since round 4 the file is split by sha256(id) (its tuning half tunes); this test keeps the whole file.
// At round 4's last change, whole (its tuning half tuned on): a line for 159 of 180 (88.3 %), 152 of those
// right (95.6 %), 1 of 50 no_figure given one (2.0 %); its held-out half alone 79 of 95 (83.2 %), 72 right
// (91.1 %). Floors: the whole file's, less 5 points.
// At round 6's last change, whole: a line for 155 of 180 (86.1 %), 153 of those right (98.7 %), 0 of 50
// no_figure given one; its held-out half alone 74 of 95 (77.9 %), 72 right (97.3 %). The whole file meets
// issue 21's bar only through its tuning half (81 of 85 shown, all right), so the bar is not asserted here.
// Floors kept from round 4 (they hold with room).
describe('the third figure set (figures-own-3, whole; measured once blind)', () => {
  let summary: ReturnType<typeof summariseFigureSet>;
  beforeAll(async () => {
    summary = await summariseAnswers(parseFigureSet(readFileSync('test/fixtures/figures-own-3.jsonl', 'utf8'), 'heldout'));
  }, 240_000);
  keepsMeasured(() => summary, { figure: 170, shown: 0.833, right: 0.906, noFigure: 0.07 }, true);
});

// The fourth, fifth and sixth figure sets (figures-own-4, written blind at the start of round 4; figures-own-5,
// at its end; figures-own-6, after round 5), each measured once whole after the last tuning change of its round (npm run eval -- FILE):
//   figures-own-4 (round 4): a line for 156 of 180 (86.7 %), 146 of those right (93.6 %; Chinese 95.4 %,
//     English 84.6 %), 2 of 50 no_figure given one (4.0 %); split by sha256(id) since round 5;
//   figures-own-5 (round 5; split by sha256(id) since): a line for 149 of 180 (82.8 %), 142 of those right (95.3 %; Chinese
//     97.5 %, English 87.1 %), 3 of 50 no_figure given one (6.0 %);
//   figures-own-6 (written blind after round 5, measured once after round 6; split by sha256(id) since): a line for 145
//     of 180 (80.6 %), 134 of those right (92.4 %; Chinese 94.2 %, English 83.3 %), 0 of 50 no_figure given one.
// Floors: those less 5 points; issue 21's bar is a known failure on all three.
describe.each([
  ['figures-own-4', { figure: 170, shown: 0.817, right: 0.886, noFigure: 0.09 }],
  ['figures-own-5', { figure: 170, shown: 0.778, right: 0.903, noFigure: 0.11 }],
  ['figures-own-6', { figure: 170, shown: 0.756, right: 0.874, noFigure: 0.05 }],
])('the blind figure set %s, whole', (name, floors) => {
  let summary: ReturnType<typeof summariseFigureSet>;
  beforeAll(async () => {
    summary = await summariseAnswers(parseFigureSet(readFileSync(`test/fixtures/${name}.jsonl`, 'utf8'), 'heldout'));
  }, 240_000);
  keepsMeasured(() => summary, floors);
});
