// Adapter: the .env file under the environment. A variable set (non-empty) in the real environment
// wins over the file; a missing file is fine; a value is never printed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/** Variables from `path` (default ./.env) overlaid by the non-empty ones of `env`. */
export function environment(env: Record<string, string | undefined> = process.env, path = resolve('.env')): Record<string, string | undefined> {
  if (!existsSync(path)) return env;
  let fromFile: Record<string, string>;
  try {
    fromFile = parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
  const real = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  return { ...fromFile, ...real };
}
