// npm run imports: the import graph of src/ (every relative import, type-only ones too, read with the
// TypeScript compiler's own pre-processor) and its circles, each printed as the files around it.
// test/import-graph.test.ts asserts there are none and that src/eval is a leaf below app/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);

/** File (relative to the repository, e.g. src/answer/answer.ts) → the src files it imports. */
export function importGraph(root = ROOT): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(join(root, 'src'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.'))
      .map((s) => relative(root, resolve(dirname(file), s.replace(/\.js$/, '.ts'))));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** File (relative to the repository) → the packages it imports (bare specifiers: `minisearch`, `node:fs`, `@node-rs/jieba`). */
export function packageImports(root = ROOT): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(join(root, 'src'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    found.set(relative(root, file), [...new Set(importedFiles.map((i) => i.fileName).filter((s) => !s.startsWith('.')))]);
  }
  return found;
}

/** A specifier's package: `@node-rs/jieba/dict.js` → `@node-rs/jieba`, `node:fs` stays. */
export const packageOf = (specifier: string): string =>
  specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** The graph's circles: its strongly connected components of more than one file (Tarjan), each sorted. */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** One shortest path of imports from a file back to itself within a circle, to show where it closes. */
export function loopThrough(graph: Map<string, string[]>, start: string, within: readonly string[]): string[] {
  const from = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!within.includes(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(from.get(path[0]!)!);
        return [...path, start];
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const found = circles(graph);
  console.log(`${graph.size} files under src/, ${[...graph.values()].reduce((n, t) => n + t.length, 0)} imports, ${found.length} circles`);
  for (const c of found) console.log(`circle of ${c.length}: ${loopThrough(graph, c[0]!, c).join(' → ')}`);
}
