// A message asking for a block of the plan by name or number ("专栏19是什么内容？", "第三篇第二章",
// "3.2.1", "主要指标表") is answered with that block: its blocks' text verbatim, in reading order, each
// cited by its heading trail, the first few only and long paragraphs cut at a sentence end so the
// answer fits a Discord message; a 篇 or 章 also names what it holds. Pure: the plan comes in.
import type { Chunk } from '../chunk/chunk.js';
import { resolveStructure, sectionBlocks, sectionLabel, subSections } from '../plan/browse.js';
import type { PlanDocument, SectionPath } from '../plan/types.js';
import { squash } from '../plan/whitespace.js';
import { structureAsk, type StructureRef } from '../understand/structure.js';
import type { Answer, AnswerItem } from './answer.js';
import { REASON_MESSAGES } from './answer.js';
import { languageOf } from './outcome-labels.js';
import { cite } from './citation.js';

/** Blocks shown at most (what the JSON carries; Discord pages them three at a time). */
export const MAX_STRUCTURE_ITEMS = 10;
/** Characters of one block shown at most: longer ones are cut at the last sentence end before. */
export const MAX_STRUCTURE_ITEM_CHARS = 400;

/** The opening of a text, cut at the last 。；！？ within `max` characters (else at `max`): still verbatim. */
export function opening(text: string, max = MAX_STRUCTURE_ITEM_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const end = Math.max(...[...'。；！？'].map((c) => head.lastIndexOf(c)));
  return end > max / 3 ? head.slice(0, end + 1) : head;
}

const refText = (ref: StructureRef) => (ref.kind === 'box' ? `专栏${ref.number}` : ref.kind === 'numbers' ? ref.numbers.join('.') : `“${ref.period}”主要指标表`);

/** Numbers a reference can take in this plan ("专栏1—28"), said when it names none. */
function missing(doc: Pick<PlanDocument, 'sections'>, ref: StructureRef): string {
  if (ref.kind === 'box') return `规划的专栏为专栏1—专栏${doc.sections.filter((p) => p.at(-1)?.level === 'box').length}，没有${refText(ref)}。`;
  if (ref.kind === 'numbers') return `规划中没有编号为${refText(ref)}的篇章节（共${doc.sections.filter((p) => p.length === 1 && p[0]!.level === 'part').length}篇）。`;
  return `规划中没有${refText(ref)}。`;
}

/** What a 篇 or 章 holds, named: "本篇包括：第一章 …；第二章 …". */
function contentsNotice(doc: PlanDocument, path: SectionPath): string[] {
  const below = subSections(doc, path);
  return below.length ? [`${path.at(-1)!.label} 包括：${below.map((p) => p.at(-1)!.label).join('；')}`] : [];
}

/** The block a message asks for by name or number, as an answer; null when it asks something else. */
export function structureAnswer(question: string, doc: PlanDocument, chunks: readonly Chunk[]): Answer | null {
  const asked = structureAsk(question);
  if (!asked) return null;
  const base = { question: question.trim(), language: languageOf(question.trim()), direct: null, suggestions: [] };
  const path = resolveStructure(doc, asked.ref);
  if (!path) {
    // "58.25" names no section: a figure, left to search; "专栏40", "第十五篇" say what the plan has.
    if (asked.rest || (asked.ref.kind === 'numbers' && asked.ref.dotted)) return null;
    const reason = { code: 'topic_absent' as const, message: REASON_MESSAGES.topic_absent };
    return { ...base, outcome: 'not_covered', refused: true, reason, notices: [missing(doc, asked.ref)], answers: [], confidence: 1 };
  }
  const title = squash(sectionLabel(path));
  if (asked.rest && !title.includes(squash(asked.rest))) return null; // it asks something within the block
  const chunkOf = new Map(chunks.map((c) => [c.block, c.id]));
  const blocks = sectionBlocks(doc, path);
  const answers: AnswerItem[] = blocks.slice(0, MAX_STRUCTURE_ITEMS).map((i) => {
    const b = doc.blocks[i]!;
    return {
      text: b.table ? b.text : opening(b.text),
      citation: cite(b.path, b.page, b.footnote?.marker),
      score: 1,
      kind: b.kind,
      chunkId: chunkOf.get(i) ?? '',
      ...(b.table ? { columns: b.table.cells, group: b.table.group } : {}),
    };
  });
  const count = `${sectionLabel(path)}：共${blocks.length}段${blocks.length > answers.length ? `，这里列出前${answers.length}段` : ''}。`;
  return { ...base, outcome: 'answered', refused: false, notices: [count, ...contentsNotice(doc, path)], answers, confidence: 1 };
}
