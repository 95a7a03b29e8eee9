import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/index.js';
import { MIGRATION_NAMES, MODEL_TABLES } from './support/expected-schema.js';
import { appliedMigrations, migrationRowCount, publicTables, type RunSql } from './support/sql.js';

describe('applyMigrations on a fresh file-backed PGlite', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-db-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the tables and records each migration once; a second run is a no-op', async () => {
    const dataDir = path.join(dir, 'pglite');
    const url = `pglite:${dataDir}`;

    expect(await applyMigrations(url)).toEqual({ applied: MIGRATION_NAMES });
    const first = await inspect(dataDir);
    expect(first.tables).toEqual(['_prisma_migrations', ...MODEL_TABLES].sort());
    expect(first.applied).toEqual(MIGRATION_NAMES);
    expect(first.rows).toBe(MIGRATION_NAMES.length);

    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect((await inspect(dataDir)).rows).toBe(first.rows);
  });
});

/** Opens the data directory on its own, after applyMigrations has closed it. */
async function inspect(dataDir: string) {
  const pg = await PGlite.create({ dataDir });
  const run: RunSql = async (sql) => (await pg.query(sql)).rows as never;
  try {
    return {
      tables: await publicTables(run),
      applied: await appliedMigrations(run),
      rows: await migrationRowCount(run),
    };
  } finally {
    await pg.close();
  }
}
