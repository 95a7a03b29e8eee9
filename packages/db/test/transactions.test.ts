import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Prisma, type Database } from '../src/index.js';
import { createTestDatabase } from '../src/testing.js';
import { createPgliteTestDatabase } from '../src/testing/pglite-test-database.js';

const onServer = Boolean(process.env.TEST_POSTGRES_URL?.trim());

// PGlite is a single connection. These pin down that interactive transactions still behave as
// callers expect: concurrent ones complete one after the other, and a failed one rolls back with
// the Prisma error code callers branch on. The error checks also run on the server when
// TEST_POSTGRES_URL is set.
describe.each([
  { backend: 'PGlite', open: createPgliteTestDatabase, run: true },
  { backend: 'PostgreSQL', open: createTestDatabase, run: onServer },
])('interactive transactions on $backend', ({ backend, open, run }) => {
  let db: Database;
  beforeEach(async () => {
    if (!run) return;
    db = await open();
    await db.prisma.location.create({
      data: { id: 'loc', name: 'Mötesplats', municipalityCode: '0180', config: {} },
    });
  });
  afterEach(async () => {
    await db?.close();
  });

  // On a server under READ COMMITTED this read-modify-write may lose an update by design; on
  // PGlite transactions never interleave, so it must not.
  it.runIf(run && backend === 'PGlite')(
    'runs two concurrent transactions to completion without losing an update',
    async () => {
      const increment = (label: string) =>
        db.prisma.$transaction(async (tx) => {
          const { version } = await tx.location.findUniqueOrThrow({ where: { id: 'loc' } });
          await new Promise((resolve) => setTimeout(resolve, 50));
          await tx.location.update({ where: { id: 'loc' }, data: { version: version + 1 } });
          return label;
        });

      await expect(Promise.all([increment('a'), increment('b')])).resolves.toEqual(['a', 'b']);
      const { version } = await db.prisma.location.findUniqueOrThrow({ where: { id: 'loc' } });
      expect(version).toBe(3);
    },
  );

  it.runIf(run)('lets plain queries run while a transaction is open', async () => {
    const transaction = db.prisma.$transaction(async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return tx.location.count();
    });
    const [inside, outside] = await Promise.all([transaction, db.prisma.location.count()]);
    expect([inside, outside]).toEqual([1, 1]);
  });

  it.runIf(run)('reports a unique violation as P2002 and rolls the transaction back', async () => {
    const attempt = db.prisma.$transaction(async (tx) => {
      await tx.household.create({ data: { id: 'h1', locationId: 'loc', reference: 'REF-1' } });
      await tx.household.create({ data: { id: 'h2', locationId: 'loc', reference: 'REF-1' } });
    });

    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
    expect(await db.prisma.household.count()).toBe(0);

    // The connection is usable again afterwards.
    await db.prisma.household.create({ data: { id: 'h3', locationId: 'loc', reference: 'REF-1' } });
    expect(await db.prisma.household.count()).toBe(1);
  });

  it.runIf(run)('rolls back when the callback throws', async () => {
    const attempt = db.prisma.$transaction(async (tx) => {
      await tx.household.create({ data: { id: 'h1', locationId: 'loc', reference: 'REF-1' } });
      throw new Error('changed my mind');
    });
    await expect(attempt).rejects.toThrow('changed my mind');
    expect(await db.prisma.household.count()).toBe(0);
  });
});
