// Adapter: the configured state store — PostgreSQL when DATABASE_URL is set (every process and machine
// of the bot shares it), else SQLite in DATA_DIR (one machine), made private first (private-files.ts).
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Store } from '../state/store.js';
import { describeDatabase, openPostgresStore } from './postgres-store.js';
import { securePrivateState } from './private-files.js';
import { DATABASE_FILE, openSqliteStore } from './sqlite-store.js';

export interface OpenedStore {
  store: Store;
  /** Where it is, without secrets: for the log. */
  where: string;
  /** Paths in DATA_DIR whose permissions were looser than the bot's user alone and were tightened. */
  tightened: string[];
}

export async function openStore(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>, onIdleError?: (err: Error) => void): Promise<OpenedStore> {
  if (config.DATABASE_URL) {
    return { store: await openPostgresStore(config.DATABASE_URL, onIdleError), where: describeDatabase(config.DATABASE_URL), tightened: [] };
  }
  const file = join(resolve(config.DATA_DIR), DATABASE_FILE);
  const tightened = securePrivateState(file);
  return { store: openSqliteStore(file), where: file, tightened };
}
