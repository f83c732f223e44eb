// The bridge from the words people use to the plan's own words: a hand-kept thesaurus (thesaurus.tsv
// beside this file) of plan terms, the everyday Chinese words for them, and English words and phrases.
// Pure: parsing the file's text and matching a question against it; reading the file is the caller's.
//
// thesaurus.tsv, one concept a line, three tab-separated columns (# starts a comment line):
//   plan terms            comma-separated; each occurs verbatim in the plan (a test checks)
//   everyday words        comma-separated Simplified Chinese words or phrases people say instead
//   English               comma-separated lower-case English words or phrases (optional column)
// e.g.  空气质量,细颗粒物,PM_{2.5}	雾霾,空气,霾,pm2.5	air quality,smog,haze,pm2.5

export interface ThesaurusEntry {
  /** Plan terms, as printed in the plan. */
  plan: string[];
  /** Everyday Chinese words for the same thing. */
  everyday: string[];
  /** English words and phrases (lower case). */
  english: string[];
  /** Line in the file, for error messages. */
  line: number;
}

export interface Thesaurus {
  entries: ThesaurusEntry[];
  /** Everyday word → the plan terms it stands for; longest words first. */
  chinese: [word: string, plan: string[]][];
  /** English word or phrase → plan terms. */
  english: Map<string, string[]>;
}

export class ThesaurusFormatError extends Error {
  constructor(line: number, problem: string) {
    super(`thesaurus.tsv line ${line}: ${problem}`);
    this.name = 'ThesaurusFormatError';
  }
}

const list = (cell: string | undefined) => (cell ?? '').split(/[,，]/).map((w) => w.trim()).filter(Boolean);

export function parseThesaurus(tsv: string): ThesaurusEntry[] {
  const entries: ThesaurusEntry[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length < 2 || cells.length > 3) throw new ThesaurusFormatError(line, `expected 2 or 3 tab-separated columns, found ${cells.length}`);
    const plan = list(cells[0]);
    const everyday = list(cells[1]);
    const english = list(cells[2]).map((w) => w.toLowerCase());
    if (!plan.length) throw new ThesaurusFormatError(line, 'no plan term in the first column');
    if (!everyday.length && !english.length) throw new ThesaurusFormatError(line, 'no everyday or English word');
    entries.push({ plan, everyday, english, line });
  });
  return entries;
}

function addAll(map: Map<string, Set<string>>, key: string, terms: readonly string[]) {
  const set = map.get(key) ?? new Set<string>();
  for (const t of terms) if (t !== key) set.add(t);
  map.set(key, set);
}

export function buildThesaurus(entries: ThesaurusEntry[]): Thesaurus {
  const chinese = new Map<string, Set<string>>();
  const english = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const w of e.everyday) addAll(chinese, w, e.plan);
    for (const w of e.english) addAll(english, w, e.plan);
  }
  const sorted = [...chinese].map(([w, s]) => [w, [...s]] as [string, string[]]).filter(([, s]) => s.length);
  sorted.sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return { entries, chinese: sorted, english: new Map([...english].map(([w, s]) => [w, [...s]])) };
}

/** A thesaurus match in a question: the words said, and the plan terms they stand for. */
export interface Expansion {
  said: string;
  plan: string[];
}

/**
 * Everyday words found in a (Simplified, lower-cased Latin) text, longest first and not overlapping
 * a longer match, with the plan terms each stands for.
 */
export function everydayExpansions(text: string, thesaurus: Thesaurus): Expansion[] {
  const lower = text.toLowerCase();
  const taken: boolean[] = new Array(lower.length).fill(false);
  const out: Expansion[] = [];
  for (const [word, plan] of thesaurus.chinese) {
    const w = word.toLowerCase();
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      if (taken.slice(at, at + w.length).some(Boolean)) continue;
      taken.fill(true, at, at + w.length);
      if (!out.some((e) => e.said === word)) out.push({ said: word, plan });
    }
  }
  return out;
}
