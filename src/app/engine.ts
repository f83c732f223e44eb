// Wiring: the answer engine the CLI and the bot share — model, index, lexical index, one load.
import type { Embedder } from '../adapters/embedder.js';
import { createDenseSearch } from '../adapters/dense.js';
import type { LoadedIndex } from '../adapters/index-store.js';
import { loadEmbedder } from '../adapters/load-embedder.js';
import { answerQuestion, DEFAULT_ANSWER_SETTINGS, type Answer, type AnswerPorts, type AnswerSettings } from '../answer/answer.js';
import { configuredModel, type Config } from '../config.js';
import { squash } from '../plan/whitespace.js';
import { idfTable } from '../search/idf.js';
import { createLexicalIndex } from '../search/lexical.js';
import { loadThesaurus } from '../adapters/thesaurus-file.js';
import { buildGlossary } from '../understand/english.js';
import { createTargetFinder, type TargetFinder } from '../targets/lookup.js';
import { openIndex, type IndexExtras, type Log } from './index-lifecycle.js';

export interface Engine {
  index: LoadedIndex<IndexExtras>;
  targets: TargetFinder;
  embedder: Embedder | null;
  ports: AnswerPorts;
  ask(question: string, settings?: AnswerSettings): Promise<Answer>;
}

export async function createEngine(config: Config, log: Log): Promise<Engine> {
  const embedder = await loadEmbedder({ modelId: configuredModel(config), modelsDir: config.EMBED_MODEL_DIR }, log.warn);
  if (!embedder) log.warn('no embedding model: answering with lexical (BM25) retrieval only');
  const index = await openIndex(config, log, embedder);
  const dense = embedder && index.vectors ? createDenseSearch(embedder, index.vectors) : null;
  const compactPlan = squash(index.plan.text);
  const thesaurus = loadThesaurus();
  const ports: AnswerPorts = {
    chunks: index.chunks,
    lexical: createLexicalIndex(index.chunks),
    sentences: index.extra.sentences,
    dense,
    vocabulary: {
      thesaurus,
      glossary: buildGlossary(thesaurus.english),
      lexicon: index.extra.lexicon,
      places: index.extra.places,
      inPlan: (text) => compactPlan.includes(text),
    },
    planText: index.plan.text,
    blockSpans: index.plan.blocks.map((b) => b.span),
    idf: idfTable(index.chunks),
  };
  return {
    index,
    targets: createTargetFinder({
      targets: index.extra.targets, chunks: index.chunks, planText: index.plan.text, dense: ports.dense, thesaurus,
    }),
    embedder,
    ports,
    ask: (question, settings = DEFAULT_ANSWER_SETTINGS) => answerQuestion(question, ports, settings),
  };
}
