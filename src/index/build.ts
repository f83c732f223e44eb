// Building the index artefacts from the plan text: parse → chunk → embed, plus the targets, the
// English lexicon and the foreign place names. Pure apart from the injected embedder and clock.
import type { Embedder } from '../adapters/embedder.js';
import { CHUNKER_VERSION, chunkPlan, type Chunk } from '../chunk/chunk.js';
import { sentencesOf, type Sentence } from '../chunk/sentences.js';
import { parsePlan } from '../plan/parse.js';
import type { PlanDocument } from '../plan/types.js';
import { placeNames, type PlaceNames } from '../understand/places.js';
import { buildLexicon, type DictionaryEntry, type Lexicon } from '../understand/english.js';
import { extractTargets, type Target } from '../targets/extract.js';
import { INDEX_SCHEMA_VERSION, type IndexManifest } from './manifest.js';
import { withoutSelfName } from '../plan/self-name.js';

/** The JSON artefacts stored beside the chunks, one file each. */
export type IndexExtras = {
  lexicon: Lexicon;
  places: PlaceNames;
  targets: Target[];
  sentences: Sentence[];
};

export const EXTRA_NAMES: (keyof IndexExtras & string)[] = ['lexicon', 'places', 'targets', 'sentences'];

/** Unit vectors of the passages (one per chunk) and of the sentences (one per Sentence), in order. */
export interface IndexVectors {
  passages: Float32Array[];
  sentences: Float32Array[];
}

/** What the dense side embeds for a chunk: its nearest headings, then its text (the plan's own name as 本规划). */
export function passageText(chunk: Chunk): string {
  return withoutSelfName(passageTextAsIs(chunk));
}

function passageTextAsIs(chunk: Chunk): string {
  const near = chunk.path.slice(-2).map((h) => h.title);
  if (chunk.item && chunk.item !== chunk.text) near.push(chunk.item);
  if (chunk.table) {
    const cells = chunk.table.cells.map((c) => `${c.label}${c.value}`).join('，');
    return `${chunk.table.table} ${chunk.table.group ?? ''} ${cells}`;
  }
  if (chunk.footnote) return `${chunk.footnote.term}：${chunk.text}`;
  return `${near.join(' ')}：${chunk.text}`;
}

export interface BuildInputs {
  seedText: string;
  seedSha256: string;
  embedder: Embedder | null;
  /** CC-CEDICT entries, for the English lexicon and the place names. */
  dictionary: readonly DictionaryEntry[];
  now: () => Date;
  onProgress?: (done: number, total: number) => void;
}

export interface BuiltIndex {
  manifest: IndexManifest;
  plan: PlanDocument;
  chunks: Chunk[];
  vectors: IndexVectors | null;
  extra: IndexExtras;
}

export async function buildIndexArtifacts(inputs: BuildInputs): Promise<BuiltIndex> {
  const started = inputs.now().getTime();
  const plan = parsePlan(inputs.seedText);
  const chunks = chunkPlan(plan);
  const sentences = sentencesOf(plan, chunks);
  const texts = [...chunks.map(passageText), ...sentences.map((s) => withoutSelfName(s.text))];
  const embedded = inputs.embedder
    ? await inputs.embedder.embedPassages(texts, (done) => inputs.onProgress?.(done, texts.length))
    : null;
  const vectors = embedded ? { passages: embedded.slice(0, chunks.length), sentences: embedded.slice(chunks.length) } : null;
  const extra: IndexExtras = {
    sentences,
    lexicon: buildLexicon(inputs.dictionary, plan.text),
    places: placeNames(inputs.dictionary),
    targets: extractTargets(plan),
  };
  const { embedder } = inputs;
  const manifest: IndexManifest = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    model: embedder
      ? {
          modelId: embedder.modelId, dims: embedder.dims, pooling: embedder.pooling,
          queryPrefix: embedder.queryPrefix, passagePrefix: embedder.passagePrefix,
        }
      : null,
    chunkerVersion: CHUNKER_VERSION,
    seedSha256: inputs.seedSha256,
    chunkCount: chunks.length,
    sentenceCount: sentences.length,
    targetCount: extra.targets.length,
    builtAt: inputs.now().toISOString(),
    buildMs: inputs.now().getTime() - started,
  };
  return { manifest, plan, chunks, vectors, extra };
}
