// npm run fit -- retrieval|judge [--write] [--heldout] [--lexical]
// Fits on the tuning half of every labelled question set (src/eval/questions.ts), prints the fit
// (--heldout: the held-out half too, for reporting only) and with --write saves it:
//   retrieval  the signal weights (src/search/rank-weights.ts): coordinate ascent over a grid,
//              maximising MRR@10 of the first passage whose plan block holds the evidence;
//   judge      the answerability model (src/answer/judge-model.ts): L2-regularised logistic regression
//              on the judge's features, answered vs not; its threshold keeps false refusals on the
//              tuning half at most MAX_FALSE_REFUSALS, and a second threshold splits related from not covered;
//              --lexical fits the model used when answering without the embedding model.
import { writeFileSync } from 'node:fs';
import { createEngine, type Engine } from '../src/app/engine.js';
import { loadConfig } from '../src/config.js';
import { LABELLED_FILES, readQuestions, type LabelledQuestion } from '../src/eval/questions.js';
import { gatherCandidates, rankCandidates, type Candidate, type RankWeights } from '../src/search/retrieve.js';
import { RANK_WEIGHTS } from '../src/search/rank-weights.js';
import { understand } from '../src/understand/question.js';
import { cliLog } from '../src/cli/log.js';
import { fitJudge } from './fit-judge.js';

const GRID = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];
const DEPTH = 50;
const squash = (s: string) => s.replace(/\s+/g, '');

interface Case {
  question: LabelledQuestion;
  candidates: Candidate[];
  /** Plan blocks whose text holds an evidence string. */
  gold: Set<number>;
}

async function casesOf(engine: Engine, questions: LabelledQuestion[]): Promise<Case[]> {
  const blocks = engine.index.plan.blocks.map((b) => squash(b.text));
  const cases: Case[] = [];
  for (const question of questions.filter((q) => q.evidence.length)) {
    const evidence = question.evidence.map(squash);
    const gold = new Set(blocks.flatMap((b, i) => (evidence.some((e) => b.includes(e)) ? [i] : [])));
    const q = understand(question.question, engine.ports.vocabulary);
    cases.push({ question, candidates: await gatherCandidates(q, engine.ports, DEPTH), gold });
  }
  return cases;
}

function rankOf(c: Case, chunks: Engine['index']['chunks'], w: RankWeights): number | null {
  const hits = rankCandidates(c.candidates, chunks, w, 10);
  const at = hits.findIndex((h) => c.gold.has(h.passage.block));
  return at >= 0 ? at + 1 : null;
}

function measure(cases: Case[], chunks: Engine['index']['chunks'], w: RankWeights) {
  const ranks = cases.map((c) => rankOf(c, chunks, w));
  const n = ranks.length || 1;
  return {
    questions: ranks.length,
    hitAt1: Number(((100 * ranks.filter((r) => r === 1).length) / n).toFixed(1)),
    hitAt5: Number(((100 * ranks.filter((r) => r !== null && r <= 5).length) / n).toFixed(1)),
    mrrAt10: Number((ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n).toFixed(4)),
  };
}

/** Coordinate ascent: lexical fixed at 1 (only ratios matter), each other weight over GRID in turn. */
function fitWeights(cases: Case[], chunks: Engine['index']['chunks'], start: RankWeights): RankWeights {
  let best = { ...start, lexical: 1 };
  let bestScore = measure(cases, chunks, best).mrrAt10;
  for (let round = 0; round < 6; round++) {
    let improved = false;
    for (const key of Object.keys(best) as (keyof RankWeights)[]) {
      if (key === 'lexical') continue;
      for (const value of GRID) {
        const trial = { ...best, [key]: value };
        const score = measure(cases, chunks, trial).mrrAt10;
        if (score > bestScore + 1e-9) {
          best = trial;
          bestScore = score;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

function writeWeights(w: RankWeights, tuned: ReturnType<typeof measure>) {
  const file = new URL('../src/search/rank-weights.ts', import.meta.url);
  writeFileSync(file, `// How much each retrieval signal counts (see Signals in retrieve.ts). Written by
// \`npm run fit -- retrieval --write\`, which fits them on the tuning half (${tuned.questions} answerable
// questions: MRR@10 ${tuned.mrrAt10}, hit@1 ${tuned.hitAt1} %, hit@5 ${tuned.hitAt5} % of the evidence block); re-run it rather than edit.
import type { RankWeights } from './retrieve.js';

export const RANK_WEIGHTS: RankWeights = ${JSON.stringify(w).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/\{/, '{ ').replace(/\}$/, ' }')};
`);
}

async function fitRetrieval(engine: Engine, all: LabelledQuestion[], flags: string[]) {
  const tuning = await casesOf(engine, all.filter((q) => q.half === 'tuning'));
  const chunks = engine.index.chunks;
  const fitted = fitWeights(tuning, chunks, RANK_WEIGHTS);
  const table: Record<string, ReturnType<typeof measure>> = {
    'current, tuning': measure(tuning, chunks, RANK_WEIGHTS),
    'fitted, tuning': measure(tuning, chunks, fitted),
  };
  if (flags.includes('--heldout')) {
    const heldout = await casesOf(engine, all.filter((q) => q.half === 'heldout'));
    table['current, held-out'] = measure(heldout, chunks, RANK_WEIGHTS);
    table['fitted, held-out'] = measure(heldout, chunks, fitted);
  }
  console.table(table);
  console.log('fitted weights:', JSON.stringify(fitted));
  if (flags.includes('--write')) {
    writeWeights(fitted, measure(tuning, chunks, fitted));
    console.log('written to src/search/rank-weights.ts');
  }
}

async function main() {
  const [what, ...flags] = process.argv.slice(2);
  const fits: Record<string, typeof fitRetrieval> = { retrieval: fitRetrieval, judge: fitJudge };
  const fit = what ? fits[what] : undefined;
  if (!fit) {
    console.error('usage: npm run fit -- retrieval|judge [--write] [--heldout] [--lexical]');
    process.exit(2);
  }
  const lexical = flags.includes('--lexical');
  if (lexical && what !== 'judge') throw new Error('--lexical fits the judge for answering without the model; it has no meaning for retrieval');
  const engine = await createEngine(loadConfig(lexical ? { ...process.env, EMBED_MODEL: 'none' } : process.env), cliLog);
  if (!lexical && !engine.embedder) throw new Error('fitting needs the embedding model (npm run fetch-model)');
  await fit(engine, LABELLED_FILES.flatMap(readQuestions), flags);
}

main().catch((err: Error) => {
  console.error(`fit failed: ${err.message}`);
  process.exit(1);
});
