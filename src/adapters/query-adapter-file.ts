// Adapter: reads the fitted query adapter (src/search/query-adapter.json, written by `npm run fit --
// adapter --write`) that ships with the code, and writes it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeAdapter, encodeAdapter, type QueryAdapter, type StoredQueryAdapter } from '../search/query-adapter.js';

export const QUERY_ADAPTER_FILE = new URL('../search/query-adapter.json', import.meta.url);

/**
 * The adapter for this model, or null (with the reason, for a warning) when there is none or it was
 * fitted for another model's vectors.
 */
export function loadQueryAdapter(modelId: string, file: URL | string = QUERY_ADAPTER_FILE): { adapter: QueryAdapter | null; reason?: string } {
  if (!existsSync(file)) return { adapter: null, reason: 'no query adapter file (npm run fit -- adapter --write)' };
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredQueryAdapter;
  if (stored.model !== modelId) return { adapter: null, reason: `the query adapter was fitted for ${stored.model}, not ${modelId}` };
  return { adapter: decodeAdapter(stored) };
}

export function writeQueryAdapter(adapter: QueryAdapter, fitted: Record<string, unknown>, file: URL | string = QUERY_ADAPTER_FILE): void {
  writeFileSync(file, `${JSON.stringify(encodeAdapter(adapter, fitted))}\n`);
}
