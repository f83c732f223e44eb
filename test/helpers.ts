// Shared test data: the real plan, parsed once per test file.
import { readFileSync } from 'node:fs';
import { chunkPlan } from '../src/chunk/chunk.js';
import { parsePlan } from '../src/plan/parse.js';

export const seedText = readFileSync(new URL('../seeds/plan.txt', import.meta.url), 'utf8');
export const plan = parsePlan(seedText);
export const chunks = chunkPlan(plan);
export const squash = (s: string) => s.replace(/\s+/g, '');
