// The layout holds: no import circles under src/, src/eval a leaf below app/ (it imports only the
// core it scores), the fitting wing src/fit imported only by the CLIs, and no fitted data as source.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { circles, importGraph, loopThrough } from '../scripts/import-graph.js';

const graph = importGraph();
const importsOf = (prefix: string) => [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, targets]) => targets.map((t) => ({ file, t })));

describe('the import graph of src/', () => {
  it('has no circles (a type both sides need goes in the folder\'s types.ts)', () => {
    expect(circles(graph).map((c) => loopThrough(graph, c[0]!, c).join(' → '))).toEqual([]);
  });

  it('src/eval imports only the core it scores: nothing from app, adapters, cli, fit, discord, web', () => {
    const core = ['src/eval/', 'src/answer/', 'src/check/', 'src/plan/', 'src/search/', 'src/understand/', 'src/chunk/'];
    expect(importsOf('src/eval/').filter(({ t }) => !core.some((c) => t.startsWith(c)))).toEqual([]);
  });

  it('src/fit is imported by nothing under src/ but the CLIs', () => {
    const users = [...graph].filter(([file, targets]) => !file.startsWith('src/fit/') && targets.some((t) => t.startsWith('src/fit/'))).map(([file]) => file);
    expect(users.filter((f) => !f.startsWith('src/cli/'))).toEqual([]);
  });

  it('holds no fitted data as source: every .ts under src/ is small, and only the adapter reads fitted/', () => {
    expect([...graph.keys()].filter((f) => statSync(f).size > 30_000)).toEqual([]);
    expect([...graph].filter(([file, targets]) => targets.some((t) => t.endsWith('.json')) && file !== 'src/adapters/fitted-files.ts').map(([f]) => f)).toEqual([]);
  });
});
