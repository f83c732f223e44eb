// Adapter: reads the reader's stylesheet and script (src/web/assets/) once.
import { readFileSync } from 'node:fs';
import type { ReaderAssets } from './site.js';

export function loadReaderAssets(): ReaderAssets {
  const read = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
  return { 'reader.css': read('reader.css'), 'reader.js': read('reader.js') };
}
