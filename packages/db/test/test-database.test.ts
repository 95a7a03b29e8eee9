import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/index.js';
import { createTestDatabase } from '../src/testing.js';
import { MIGRATION_NAMES } from './support/expected-schema.js';

// On PGlite by default, on the server when TEST_POSTGRES_URL is set.
describe('createTestDatabase', () => {
  const open: Database[] = [];
  const create = async () => {
    const started = performance.now();
    const db = await createTestDatabase();
    open.push(db);
    return { db, ms: Math.round(performance.now() - started) };
  };
  afterAll(async () => {
    await Promise.all(open.map((db) => db.close()));
  });

  it('gives a fully migrated database', async () => {
    const { db, ms } = await create();
    console.info(`createTestDatabase (${db.kind}), first in this process: ${ms} ms`);
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(MIGRATION_NAMES);
    expect(await db.prisma.location.count()).toBe(0);
  });

  it('gives every caller a database of its own', async () => {
    const [a, b] = await Promise.all([create(), create()]);
    console.info(`createTestDatabase (${a.db.kind}), warm: ${a.ms} ms and ${b.ms} ms in parallel`);
    await a.db.prisma.location.create({
      data: { id: 'only-in-a', name: 'A', municipalityCode: '0180', config: {} },
    });
    expect(await a.db.prisma.location.count()).toBe(1);
    expect(await b.db.prisma.location.count()).toBe(0);
  });

  it('close() is idempotent', async () => {
    const { db } = await create();
    await db.close();
    await expect(db.close()).resolves.toBeUndefined();
  });
});
