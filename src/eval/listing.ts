// The listing of the project's own question and claim files, test/fixtures/questions.json: what each
// is, and which half of the split (split.ts) its questions belong to, and why. A file in that folder
// that is not listed is an error when read: it must say whether it is tuning before it is measured.
// Files elsewhere (../shared/eval/*, a feedback export) are split by id.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HalfRule } from './split.js';

export const LISTING_FILE = fileURLToPath(new URL('../../test/fixtures/questions.json', import.meta.url));

export interface ListedFile {
  file: string;
  what: string;
  half: HalfRule;
  why: string;
}

export interface Listing {
  files: ListedFile[];
}

let listing: Listing | null = null;
const readListing = (): Listing => (listing ??= JSON.parse(readFileSync(LISTING_FILE, 'utf8')) as Listing);

/** The half rule of a question or claim file: its listing's when it is in the listing's folder, else by id. */
export function halfRuleFor(file: string, given: Listing = readListing(), listingFile = LISTING_FILE): HalfRule {
  if (dirname(resolve(file)) !== dirname(listingFile)) return 'by-id';
  const listed = given.files.find((f) => f.file === basename(file));
  if (!listed) throw new Error(`${file} is not in ${basename(dirname(listingFile))}/${basename(listingFile)}: list it there first, saying what it is, which half its questions belong to (tuning, by-id or heldout) and why`);
  return listed.half;
}
