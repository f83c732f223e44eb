// The layout holds: no import circles under src/, src/eval a leaf below app/ (it imports only the
// core it scores), the fitting wing src/fit imported only by the CLIs, no fitted data as source, the
// core free of libraries (they are behind adapters), and search/ below understand/.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { circles, importGraph, loopThrough, packageImports, packageOf } from '../scripts/import-graph.js';

const graph = importGraph();
const packages = packageImports();

/** The core: what a question and a claim walk through, pure; its libraries come in through src/adapters. */
const CORE = ['src/understand/', 'src/search/', 'src/answer/', 'src/check/', 'src/plan/', 'src/chunk/', 'src/targets/'];
/** The packages the core may import itself: none today; zod (schemas as plain data) would be allowed. */
const CORE_PACKAGES = ['zod'];
/** The text libraries, each imported only by its adapter (the port: src/search/text-tools.ts, src/search/lexical.ts). */
const LIBRARY_ADAPTERS: Record<string, string[]> = {
  '@node-rs/jieba': ['src/adapters/text-tools.ts'],
  'opencc-js': ['src/adapters/text-tools.ts'],
  stemmer: ['src/adapters/text-tools.ts'],
  minisearch: ['src/adapters/minisearch-lexical.ts'],
};
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

  it('the core imports no library but those allowed (node built-ins neither): jieba, opencc-js, stemmer, MiniSearch come in through adapters', () => {
    const found = [...packages].filter(([file]) => CORE.some((c) => file.startsWith(c)))
      .flatMap(([file, specs]) => specs.filter((s) => !CORE_PACKAGES.includes(packageOf(s))).map((s) => `${file} imports ${s}`));
    expect(found).toEqual([]);
  });

  it('each text library is imported only by its adapter', () => {
    const found = [...packages].flatMap(([file, specs]) => specs.map(packageOf)
      .filter((p) => LIBRARY_ADAPTERS[p] && !LIBRARY_ADAPTERS[p]!.includes(file)).map((p) => `${file} imports ${p}`));
    expect(found).toEqual([]);
  });

  it('the core imports nothing from the adapters, app, CLIs, Discord or web', () => {
    const above = ['src/adapters/', 'src/app/', 'src/cli/', 'src/discord/', 'src/web/', 'src/main.ts', 'src/shards.ts'];
    expect(CORE.flatMap((c) => importsOf(c)).filter(({ t }) => above.some((a) => t.startsWith(a)))).toEqual([]);
  });

  it('search/ does not import understand/: the facts about plan text it reads are in src/plan/facts.ts', () => {
    expect(importsOf('src/search/').filter(({ t }) => t.startsWith('src/understand/'))).toEqual([]);
  });
});
