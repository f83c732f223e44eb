// What is answered before any search: a block asked for by name or number (专栏19, 第三篇第二章,
// 3.2.1, 主要指标表) with that block, and a follow-up with nothing to follow ("那2025年呢？") with a
// question back. Null: the question goes to search (answerQuestion). Pure; the engine, and so /ask,
// mentions, ask channels, threads, the terminal chat and the web API, read it the same way.
import type { Chunk } from '../chunk/chunk.js';
import type { PlanDocument } from '../plan/types.js';
import type { Answer } from './answer.js';
import { askBackAnswer } from './ask-back.js';
import { structureAnswer } from './structure.js';

export const answeredWithoutSearch = (question: string, plan: PlanDocument, chunks: readonly Chunk[]): Answer | null =>
  structureAnswer(question, plan, chunks) ?? askBackAnswer(question);
