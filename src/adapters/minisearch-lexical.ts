// BM25 over chunks with MiniSearch (the port in src/search/lexical.ts); the core's tokenizer is
// injected so index and query agree.
import MiniSearch from 'minisearch';
import { withoutSelfName } from '../plan/self-name.js';
import type { LexicalDoc, LexicalIndex } from '../search/lexical.js';
import { tokenize } from '../search/tokenize.js';

/** Anything with text (weighted double) and context: chunks, targets. Results are array positions. */
export function createLexicalIndex(docs: readonly LexicalDoc[]): LexicalIndex {
  const mini = new MiniSearch<{ id: number; text: string; context: string }>({
    fields: ['text', 'context'],
    tokenize,
    processTerm: (t) => t,
    searchOptions: { boost: { text: 2, context: 1 }, combineWith: 'OR' },
  });
  mini.addAll(docs.map((c, id) => ({ id, text: withoutSelfName(c.text), context: withoutSelfName(c.context) })));
  return {
    search(boost) {
      if (!boost.size) return [];
      return mini
        .search({ combineWith: 'OR', queries: [...boost.keys()] }, { tokenize: (s) => [s], boostTerm: (t) => boost.get(t) ?? 1 })
        .map((r) => ({ chunk: r.id as number, score: r.score }));
    },
  };
}
