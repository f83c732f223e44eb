// npm run fit -- all: every fit in the order each needs the last (the adapter's fold adapters in
// data/fit/ feed the retrieval and judge fits; the judge reads the weights just written), each step a
// process of its own that writes its parts to fitted/ and their records to fitted/manifest.json.
// Prints each step as it starts, with the time so far, and at the end the out-of-fold figures recorded.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFittedManifest } from '../src/adapters/fitted-files.js';

export const FIT_STEPS = [
  ['adapter', '--write'],
  ['retrieval', '--write'],
  ['retrieval', '--lexical', '--write'],
  ['judge', '--write'],
  ['judge', '--lexical', '--write'],
] as const;

const minutes = (since: number) => `${((Date.now() - since) / 60_000).toFixed(1)} min`;

export async function fitAll(flags: string[]): Promise<void> {
  if (flags.length) throw new Error(`fit -- all takes no flags (it writes every part); got ${flags.join(' ')}`);
  const script = fileURLToPath(new URL('./fit.ts', import.meta.url));
  const started = Date.now();
  for (const [i, step] of FIT_STEPS.entries()) {
    console.error(`\n[${i + 1}/${FIT_STEPS.length}] npm run fit -- ${step.join(' ')} (${minutes(started)} so far)`);
    const run = spawnSync(process.execPath, [...process.execArgv, script, ...step], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`npm run fit -- ${step.join(' ')} failed (exit ${run.status ?? run.signal}); the parts before it are written`);
  }
  const manifest = readFittedManifest();
  console.log(`\nall fits written to fitted/ in ${minutes(started)}; recorded in fitted/manifest.json:`);
  for (const [name, part] of Object.entries(manifest.parts)) console.log(`${name}: ${JSON.stringify(part.fitted)}`);
}
