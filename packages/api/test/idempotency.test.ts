import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { createCallerFactory, mutation, router } from '../src/core/procedure.js';
import { contextFor, depsFor, errorCode, seedTwoLocations, userFor } from './support.js';

const probe = router({
  addHousehold: mutation({
    permission: 'visits:read-day',
    personalData: true,
    input: z.object({ reference: z.string() }),
    output: z.object({ id: z.string(), reference: z.string() }),
    async handler({ ctx, input }) {
      const created = await ctx.db.household.create({
        data: { locationId: 'alpha', reference: `${input.reference}-${crypto.randomUUID()}` },
      });
      await ctx.audit({
        action: 'create',
        entity: 'household',
        entityId: created.id,
        householdId: created.id,
      });
      return { id: created.id, reference: created.reference };
    },
  }),
});

describe('idempotency keys on mutations', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const caller = async (user = userFor('caseworker')) =>
    createCallerFactory(probe)(await contextFor(depsFor(db), user));
  const created = () => db.prisma.household.count({ where: { reference: { startsWith: 'IDEM' } } });

  it('a replay returns the first result and does not apply twice', async () => {
    const c = await caller();
    const idempotencyKey = crypto.randomUUID();
    const first = await c.addHousehold({ reference: 'IDEM', idempotencyKey });
    const second = await c.addHousehold({ reference: 'IDEM', idempotencyKey });
    expect(second).toEqual(first);
    expect(await created()).toBe(1);
  });

  it('concurrent replays of one key apply once', async () => {
    const c = await caller();
    const idempotencyKey = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => c.addHousehold({ reference: 'IDEM', idempotencyKey })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await created()).toBe(1);
  });

  it('a new key is a new action', async () => {
    const c = await caller();
    await c.addHousehold({ reference: 'IDEM', idempotencyKey: crypto.randomUUID() });
    await c.addHousehold({ reference: 'IDEM', idempotencyKey: crypto.randomUUID() });
    expect(await created()).toBe(2);
  });

  it('keys are per principal: the same key from someone else is their own action', async () => {
    const idempotencyKey = crypto.randomUUID();
    await (await caller(userFor('caseworker'))).addHousehold({ reference: 'IDEM', idempotencyKey });
    await (await caller(userFor('caseworker'))).addHousehold({ reference: 'IDEM', idempotencyKey });
    expect(await created()).toBe(2);
  });

  it('a key reused for different input is refused, naming the field', async () => {
    const c = await caller();
    const idempotencyKey = crypto.randomUUID();
    await c.addHousehold({ reference: 'IDEM', idempotencyKey });
    const error = await c
      .addHousehold({ reference: 'IDEM-OTHER', idempotencyKey })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('UNPROCESSABLE_CONTENT');
    expect((error as Error).message).toMatch(/idempotencyKey/);
    expect(await created()).toBe(1);
  });

  it('a missing key is BAD_REQUEST naming idempotencyKey', async () => {
    const c = await caller();
    const error = await c.addHousehold({ reference: 'IDEM' } as never).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect((error as Error).message).toMatch(/idempotencyKey/);
  });
});
