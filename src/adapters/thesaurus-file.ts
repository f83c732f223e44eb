// Adapter: reads the thesaurus data file (src/understand/thesaurus.tsv) that ships with the code.
import { readFileSync } from 'node:fs';
import { buildThesaurus, parseThesaurus, type Thesaurus } from '../understand/thesaurus.js';

export const THESAURUS_FILE = new URL('../understand/thesaurus.tsv', import.meta.url);

export function loadThesaurus(file: URL | string = THESAURUS_FILE): Thesaurus {
  return buildThesaurus(parseThesaurus(readFileSync(file, 'utf8')));
}
