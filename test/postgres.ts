// PostgreSQL for the tests: TEST_DATABASE_URL names a database they may create schemas in (bash .ci/run
// installs PostgreSQL, starts it on 127.0.0.1 and sets it). Each test database is a fresh schema,
// dropped afterwards. Without TEST_DATABASE_URL the PostgreSQL tests skip, saying how to run them —
// except with CI=true, where they must run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const PG_SKIPPED = 'skipped: no PostgreSQL — set TEST_DATABASE_URL=postgres://user:password@127.0.0.1:5432/db ' +
  '(a database the tests may create schemas in), or run bash .ci/run, which installs and starts one';

if (!PG_URL && process.env.CI === 'true') {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests never skip in CI (.ci/run starts PostgreSQL and sets it)');
}
if (!PG_URL) console.warn(`PostgreSQL tests ${PG_SKIPPED}`);

const schemas: string[] = [];

/** A new empty schema and a URL whose connections all use it. */
export async function freshSchema(): Promise<string> {
  if (!PG_URL) throw new Error(PG_SKIPPED);
  const schema = `planbot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  schemas.push(schema);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** Drops the schemas this file created. */
export async function dropSchemas(): Promise<void> {
  if (!PG_URL || !schemas.length) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  for (const s of schemas.splice(0)) await admin.query(`DROP SCHEMA ${s} CASCADE`);
  await admin.end();
}
