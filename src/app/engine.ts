// Wiring: the answer engine the CLI and the bot share — model, index, lexical index, one load. The bot
// runs the model in worker threads and serves a stale index while its replacement builds.
import type { Embedder } from '../adapters/embedder.js';
import type { LoadedIndex } from '../adapters/index-store.js';
import { createDenseSearch } from '../adapters/dense.js';
import { loadEmbedder } from '../adapters/load-embedder.js';
import { createWordCloseness } from '../adapters/word-closeness.js';
import { answerQuestion, type Answer, type AnswerPorts, type AnswerSettings } from '../answer/answer.js';
import { answeredWithoutSearch } from '../answer/route.js';
import { answerSettings, fittedFor, type FittedParts } from '../answer/fitted-parts.js';
import { configuredModel, type Config } from '../config.js';
import { squash } from '../plan/whitespace.js';
import { idfTable } from '../search/idf.js';
import { createLexicalIndex } from '../adapters/minisearch-lexical.js';
import { loadThesaurus } from '../adapters/thesaurus-file.js';
import { buildGlossary } from '../understand/english.js';
import { checkClaim, DEFAULT_CHECK_SETTINGS, type CheckSettings, type ClaimCheck } from '../check/check.js';
import { checkPasted, type PastedCheck } from '../check/paragraph.js';
import { understand } from '../understand/question.js';
import type { Form } from '../understand/form.js';
import { createTargetFinder, type TargetFinder } from '../targets/lookup.js';
import { openIndex, type IndexExtras, type Log } from './index-lifecycle.js';
import type { QueryAdapter } from '../search/query-adapter.js';
import type { QuestionPriors } from '../answer/question-prior.js';

export interface Engine {
  index: LoadedIndex<IndexExtras>;
  targets: TargetFinder;
  embedder: Embedder | null;
  ports: AnswerPorts;
  ask(question: string, settings?: AnswerSettings): Promise<Answer>;
  /** Checks a claim against the plan: supported, contradicted, partly or not in the plan, with quotes. */
  check(claim: string, settings?: CheckSettings): Promise<ClaimCheck>;
  /** Checks a pasted text: one claim, or a paragraph sentence by sentence (up to 10; paragraph.ts). */
  checkPasted(text: string): Promise<PastedCheck>;
  /** Whether the text is a question to answer or a claim to check, as understanding reads it (form.ts). */
  formOf(text: string): Form;
  /** The query adapter dense search uses (null: none, or no model). */
  queryAdapter: QueryAdapter | null;
  /** The same engine with another query adapter (fits use the one fitted without a question's fold). */
  withQueryAdapter(adapter: QueryAdapter | null): Engine;
  /** The same engine, its judge reading other question priors (evaluation uses those fitted without a question's fold). */
  withJudgePriors(priors: QuestionPriors): Engine;
  /** With serveStale, when a stale index serves meanwhile: the engine over its rebuilt replacement. */
  replacement: Promise<Engine> | null;
}

export interface EngineOptions {
  /** Worker threads for the embedding model (0: on the main thread). */
  embedWorkers?: number;
  /** Serve a stale index while its replacement builds (the bot); else build first (the CLI). */
  serveStale?: boolean;
}

/**
 * The engine over the configured model and index, answering with these fitted parts (read by
 * src/adapters/fitted-files.ts; refused when fitted for another model than the configured one).
 */
export async function createEngine(config: Config, log: Log, fitted: FittedParts, options: EngineOptions = {}): Promise<Engine> {
  const parts = fittedFor(fitted, configuredModel(config));
  const embedder = await loadEmbedder({ modelId: configuredModel(config), modelsDir: config.EMBED_MODEL_DIR, workers: options.embedWorkers }, log.warn);
  if (!embedder) log.warn('no embedding model: answering with lexical (BM25) retrieval only');
  const opened = await openIndex(config, log, embedder, { serveStale: options.serveStale });
  // The adapter maps only the vectors of the model it was fitted for (a fit for another model starts without one).
  const adapter = embedder && config.QUERY_ADAPTER && parts.queryAdapter.model === embedder.modelId ? parts.queryAdapter : null;
  return engineOver(opened.index, embedder, adapter, opened.replacement, answerSettings(parts));
}

/** The settings with both judge models reading these priors (the model without embeddings reads only the wording one). */
function withPriors(settings: AnswerSettings, priors: QuestionPriors): AnswerSettings {
  const { dense, lexical } = settings.judge;
  return { ...settings, judge: { dense: { ...dense, priors }, lexical: { ...lexical, priors: { wording: priors.wording } } } };
}

/**
 * The engine over an index. What it reads of the index (vocabulary, lexical index, idf) is built once;
 * a view with another query adapter rebuilds only dense search and the target finder that uses it, and
 * a view with other judge priors only changes the answer settings.
 */
function engineOver(
  index: LoadedIndex<IndexExtras>,
  embedder: Embedder | null,
  adapter: QueryAdapter | null,
  replacement: Promise<LoadedIndex<IndexExtras>> | null,
  settings: AnswerSettings,
): Engine {
  const compactPlan = squash(index.plan.text);
  const thesaurus = loadThesaurus();
  const withoutDense: Omit<AnswerPorts, 'dense'> = {
    chunks: index.chunks,
    lexical: createLexicalIndex(index.chunks),
    sentences: index.extra.sentences,
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
  const closeness = embedder ? createWordCloseness(embedder) : null;
  const searching = (through: QueryAdapter | null) => {
    const ports: AnswerPorts = { ...withoutDense, dense: embedder && index.vectors ? createDenseSearch(embedder, index.vectors, through) : null, closeness };
    const targets = createTargetFinder({ targets: index.extra.targets, chunks: index.chunks, planText: index.plan.text, dense: ports.dense, thesaurus, lexicalIndexOf: createLexicalIndex });
    return { adapter: through, ports, targets };
  };
  const view = (search: ReturnType<typeof searching>, given: AnswerSettings, stale: typeof replacement): Engine => ({
    index,
    targets: search.targets,
    embedder,
    ports: search.ports,
    // A block asked for by name or number (专栏19, 第三篇第二章, 3.2.1, 主要指标表) is answered with that block;
    // a follow-up with no previous question to follow ("那2025年呢？") is asked back.
    ask: async (question, asked = given) => answeredWithoutSearch(question, index.plan, index.chunks) ?? answerQuestion(question, search.ports, asked),
    check: (claim, checked = DEFAULT_CHECK_SETTINGS) => checkClaim(claim, search.ports, given.retrieve, checked),
    checkPasted: (text) => checkPasted(text, (claim) => checkClaim(claim, search.ports, given.retrieve)),
    formOf: (text) => understand(text, search.ports.vocabulary).form,
    queryAdapter: search.adapter,
    withQueryAdapter: (other) => view(searching(other), given, null),
    withJudgePriors: (priors) => view(search, withPriors(given, priors), null),
    replacement: stale?.then((fresh) => engineOver(fresh, embedder, search.adapter, null, given)) ?? null,
  });
  return view(searching(adapter), settings, replacement);
}
