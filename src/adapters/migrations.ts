// What both state databases do with their numbered migrations (sqlite-migrations.ts, postgres-migrations.ts):
// refuse a database a newer planbot has migrated, and list the migrations still to apply, in order. Pure.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SCHEMA_MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

/**
 * The migrations not yet applied, oldest first. Throws when the database has a migration newer than
 * any this planbot knows: `where` names the database, `setting` the variable that points elsewhere.
 */
export function pendingMigrations(applied: ReadonlySet<number>, migrations: readonly Migration[], where: string, setting: string): Migration[] {
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => v > newest);
  if (unknown.length) {
    throw new Error(`the database ${where} has migration ${Math.max(...unknown)}, newer than this planbot knows (${newest}): upgrade planbot or point ${setting} elsewhere`);
  }
  return [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
}
