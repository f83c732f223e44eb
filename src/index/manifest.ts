// src/index/ — owns what a built index is: its manifest and the check that it matches the seed,
// model and chunker in use. Pure.
import type { EmbedderInfo } from '../adapters/embedder.js';

/**
 * Bump when what the build writes changes meaning (v5: sentence vectors beside passage vectors; v6:
 * pages from the table of contents at the deepest 篇/章/节, plan.toc, the closing words under the
 * last 篇, targets with their plan period and a measure per figure; v7: English place names; v8: the
 * plan's own name embedded as 本规划; v9: places that sound like Ji'an's own, 集安 → 吉安; v10: targets
 * only — rows with no figure left out, growth-only rows with their growth target, one measure per
 * figure of a shared list; v11: the English lexicon's keys read as questions are — a gloss's senses
 * parted at ";" too, British spellings as American, ordinals kept, a five-year plan one word — and
 * its translations ordered by how often the plan uses them; v12: two English words one Chinese word
 * the plan never uses glosses whole, property tax 房产税, kept as one absent thing; v13: the places carry the bare names of places
 * elsewhere that are also ordinary words, 树林 资源 和平).
 */
export const INDEX_SCHEMA_VERSION = 13;

export interface IndexManifest {
  schemaVersion: number;
  /** Null when the build could not load a model: the index serves lexical retrieval only. */
  model: EmbedderInfo | null;
  chunkerVersion: string;
  seedSha256: string;
  chunkCount: number;
  sentenceCount: number;
  targetCount: number;
  builtAt: string;
  buildMs: number;
  /** sha256 of each file written beside the manifest (written by the index store; absent in older builds). */
  files?: Record<string, string>;
}

export interface ExpectedIndex {
  seedSha256: string;
  chunkerVersion: string;
  /** The model the running process will embed queries with; null = lexical only. */
  modelId: string | null;
}

/** Why this index cannot serve the running process; empty when it can. */
export function manifestProblems(manifest: IndexManifest, expected: ExpectedIndex): string[] {
  const problems: string[] = [];
  if (manifest.schemaVersion !== INDEX_SCHEMA_VERSION) {
    problems.push(`schema version ${manifest.schemaVersion}, this code reads ${INDEX_SCHEMA_VERSION}`);
  }
  if (manifest.seedSha256 !== expected.seedSha256) problems.push('built from a different plan text (seed sha256 differs)');
  if (manifest.chunkerVersion !== expected.chunkerVersion) {
    problems.push(`chunker ${manifest.chunkerVersion}, this code uses ${expected.chunkerVersion}`);
  }
  const built = manifest.model?.modelId ?? null;
  if (expected.modelId && built !== expected.modelId) {
    problems.push(`embedded with ${built ?? 'no model (lexical only)'}, configured model is ${expected.modelId}`);
  }
  return problems;
}

/** A file of a built index that is missing or cannot be read: named, with the fix. */
export class IndexFileError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`index file ${file} ${problem}. Rebuild the index with: npm run build:index (planbot also rebuilds it at start)`);
    this.name = 'IndexFileError';
  }
}

export class StaleIndexError extends Error {
  constructor(readonly dir: string, readonly problems: string[]) {
    super(`index at ${dir} cannot be used: ${problems.join('; ')}. Rebuild it with: npm run build:index`);
    this.name = 'StaleIndexError';
  }
}
