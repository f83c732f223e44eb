// The text libraries the core stands on — a Chinese segmenter, an English stemmer, a Traditional →
// Simplified converter — as one port. Their implementations (jieba, stemmer, opencc-js) live in
// src/adapters/text-tools.ts, which sets the port once when an entry point imports it first.
//
// A module-level port rather than a parameter: words(), tokenize() and stem() are pure functions called
// from some forty places in understand/, search/, answer/, check/ and targets/, most of them pure
// functions themselves; handing a tokenizer down every one would change dozens of signatures for a
// dependency that never varies within a process. The port is set before any core module runs (the
// adapter is the entry point's first import) and a core call without it throws with the fix.

/** A word with its part of speech (jieba's tags: n noun, v verb, vn verbal noun, m numeral, r pronoun…). */
export interface TaggedWord {
  word: string;
  tag: string;
}

export interface TextTools {
  /** The text cut into words (every character kept, in order; HMM on for unknown words). */
  cut(text: string): string[];
  /** The text's words with their parts of speech. */
  tag(text: string): TaggedWord[];
  /** An English word's stem (Porter): "buildings" → "build". */
  stem(word: string): string;
  /** Traditional Chinese script as Simplified (Mainland forms); other text unchanged. */
  toSimplified(text: string): string;
}

let installed: TextTools | null = null;

/** Sets the port; called once by src/adapters/text-tools.ts (and by nothing in the core). */
export function useTextTools(tools: TextTools): void {
  installed = tools;
}

/** The installed text tools. */
export function textTools(): TextTools {
  if (!installed) {
    throw new Error("text tools not installed: the entry point must import '…/adapters/text-tools.js' first (tests: vitest.config.ts setupFiles)");
  }
  return installed;
}
