import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, type MigrationProject } from '../src/index.js';
import { createTestDatabase } from '../src/testing.js';

const prismaDir = path.resolve(import.meta.dirname, '../prisma');

// Both driver adapters mishandle migration scripts (see src/adapters, src/pglite): PGlite's
// records a broken migration as applied and loses the error; pg's runs the statements one by one,
// leaving the first ones applied. Runs on PGlite, or on the server when TEST_POSTGRES_URL is set.
describe('a migration that fails', () => {
  let project: MigrationProject;
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'motesplats-db-failed-'));
    await cp(prismaDir, tmp, { recursive: true });
    project = {
      schemaPath: path.join(tmp, 'schema.prisma'),
      migrationsDir: path.join(tmp, 'migrations'),
    };
    await mkdir(path.join(project.migrationsDir, '99990101000000_broken'));
    await writeFile(
      path.join(project.migrationsDir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n',
    );
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('fails applyMigrations with the server message and applies none of its statements', async () => {
    const db = await createTestDatabase();
    try {
      await expect(applyMigrations(db, project)).rejects.toThrow(/no_such_function/);
      const tables = await db.prisma.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`,
      );
      expect(tables).toHaveLength(0);
      const [broken] = await db.prisma.$queryRawUnsafe<{ finished_at: Date | null }[]>(
        `SELECT finished_at FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'`,
      );
      expect(broken?.finished_at ?? null).toBeNull();
    } finally {
      await db.close();
    }
  });
});
