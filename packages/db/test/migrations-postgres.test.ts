import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/index.js';
import { MIGRATION_NAMES, MODEL_TABLES } from './support/expected-schema.js';
import { appliedMigrations, migrationRowCount, publicTables, type RunSql } from './support/sql.js';

const serverUrl = process.env.TEST_POSTGRES_URL?.trim();
const inCi = process.env.CI === 'true';

if (!serverUrl) {
  if (inCi) {
    it('runs the migrations against a real PostgreSQL server', () => {
      throw new Error(
        'TEST_POSTGRES_URL is not set, but CI=true: CI must prove the migrations on a real ' +
          'PostgreSQL server. Set TEST_POSTGRES_URL=postgresql://user:pass@host:port/postgres.',
      );
    });
  } else {
    console.warn(
      '\n!!! SKIPPING the PostgreSQL migration tests: TEST_POSTGRES_URL is not set. !!!\n' +
        '!!! The migrations were only checked on PGlite. Set TEST_POSTGRES_URL to a server !!!\n' +
        '!!! (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to check them for real. !!!\n',
    );
  }
}

describe.skipIf(!serverUrl)('applyMigrations on a fresh PostgreSQL database', () => {
  it('creates the tables and records each migration once; a second run is a no-op', async () => {
    await withFreshDatabase(serverUrl!, async (url, run) => {
      expect(await applyMigrations(url)).toEqual({ applied: MIGRATION_NAMES });
      expect(await publicTables(run)).toEqual(['_prisma_migrations', ...MODEL_TABLES].sort());
      expect(await appliedMigrations(run)).toEqual(MIGRATION_NAMES);
      const rows = await migrationRowCount(run);
      expect(rows).toBe(MIGRATION_NAMES.length);

      expect(await applyMigrations(url)).toEqual({ applied: [] });
      expect(await migrationRowCount(run)).toBe(rows);
    });
  });
});

async function withFreshDatabase(
  server: string,
  use: (url: string, run: RunSql) => Promise<void>,
): Promise<void> {
  const name = `motesplats_migrate_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    await use(url.toString(), async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
