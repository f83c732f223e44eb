import { createEngine } from './src/app/engine.js';
import { loadConfig } from './src/config.js';
import { verdictLine } from './src/check/render.js';
const engine = await createEngine(loadConfig(), { info() {}, warn() {} } as never);
for (const c of process.argv.slice(2)) {
  const k = await engine.check(c);
  console.log(k.verdict, '|', c, '|', verdictLine(k), '|', k.quotes[0]?.text.slice(0, 60));
}
process.exit(0);
