// Adapter: a small JSON document on disk, written atomically (temp file + rename) so a crash never
// leaves it half-written.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface JsonFile<T> {
  load(): T;
  save(value: T): void;
}

export function jsonFile<T>(path: string, initial: () => T): JsonFile<T> {
  return {
    load() {
      if (!existsSync(path)) return initial();
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as T;
      } catch (err) {
        throw new Error(`cannot read ${path}: ${(err as Error).message} (fix or delete the file)`);
      }
    },
    save(value) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(value, null, 2));
      renameSync(tmp, path);
    },
  };
}
