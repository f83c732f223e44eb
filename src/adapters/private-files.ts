// Adapter: the state on disk is readable by the bot's user alone — DATA_DIR 0700, the SQLite database
// and its -wal and -shm files 0600. Created so, and tightened at start-up when an earlier version (or
// an umask) left them looser; the paths tightened are returned for the log.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Sets `mode` on `path` when group or others have any access; true when it changed. */
function tighten(path: string, mode: number): boolean {
  if ((statSync(path).mode & 0o077) === 0) return false;
  chmodSync(path, mode);
  return true;
}

/**
 * Makes the SQLite database at `file` private before it is opened: its folder 0700 and the database
 * 0600 (created empty when missing, so SQLite never creates it with the umask's mode; SQLite gives
 * its -wal and -shm files the database's mode). Returns the paths whose permissions were tightened.
 */
export function securePrivateState(file: string): string[] {
  const dir = dirname(file);
  const tightened: string[] = [];
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  else if (tighten(dir, DIR_MODE)) tightened.push(dir);
  if (!existsSync(file)) closeSync(openSync(file, 'a', FILE_MODE));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path) && tighten(path, FILE_MODE)) tightened.push(path);
  }
  return tightened;
}
