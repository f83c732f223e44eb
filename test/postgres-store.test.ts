// The PostgreSQL store against a real PostgreSQL (see postgres.ts): the Store contract from several
// connections at once, migrations applied once by processes starting together, and errors that name
// DATABASE_URL without its password.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePostgres, PG_MIGRATIONS } from '../src/adapters/postgres-migrations.js';
import { describeDatabase, openPostgresStore } from '../src/adapters/postgres-store.js';
import { storeContract } from './store-contract.js';
import { dropSchemas, freshSchema, PG_SKIPPED, PG_URL } from './postgres.js';

afterAll(dropSchemas);

describe.skipIf(!PG_URL)('the Store contract, over PostgreSQL', () => {
  storeContract({
    async fresh() {
      const url = await freshSchema();
      return { connect: () => openPostgresStore(url) };
    },
  });
});

describe.skipIf(!PG_URL)('PostgreSQL migrations', () => {
  it('six processes starting at once apply each migration once', async () => {
    const url = await freshSchema();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
  });

  it('refuse a database written by a newer planbot, naming DATABASE_URL', async () => {
    const url = await freshSchema();
    await (await openPostgresStore(url)).close();
    const pool = new pg.Pool({ connectionString: url });
    await pool.query("INSERT INTO schema_migrations VALUES (99, 'from the future', '')");
    const client = await pool.connect();
    await expect(migratePostgres(client, 'the test database')).rejects.toThrow(/migration 99.*DATABASE_URL/);
    client.release();
    await pool.end();
  });

  it('an unreachable database names DATABASE_URL, never its password', async () => {
    const url = 'postgres://planbot:s3cret-pw@127.0.0.1:1/planbot';
    const failed = await openPostgresStore(url).then(() => null, (e: Error) => e.message);
    expect(failed).toContain('DATABASE_URL');
    expect(failed).toContain('postgres://planbot@127.0.0.1:1/planbot');
    expect(failed).not.toContain('s3cret-pw');
    expect(describeDatabase(url)).not.toContain('s3cret-pw');
  });
});

if (!PG_URL) it.skip(`PostgreSQL store ${PG_SKIPPED}`);
