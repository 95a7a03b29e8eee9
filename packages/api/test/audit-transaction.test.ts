import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { createCallerFactory, mutation, query, router } from '../src/core/procedure.js';
import { appRouter } from '../src/router.js';
import { contextFor, depsFor, errorCode, seedTwoLocations, userFor } from './support.js';

/**
 * A router built with the real builder against the real schema, with handlers that fail on
 * purpose. It proves the mechanism every personal-data procedure relies on.
 */
const probe = router({
  register: mutation({
    permission: 'visits:read-day',
    personalData: true,
    input: z.object({
      reference: z.string(),
      failAfterAudit: z.boolean(),
      breakAudit: z.boolean(),
    }),
    output: z.object({ householdId: z.string() }),
    async handler({ ctx, input }) {
      const household = await ctx.db.household.create({
        data: { locationId: 'alpha', reference: input.reference },
      });
      await ctx.audit({
        action: 'create',
        entity: 'household',
        entityId: household.id,
        householdId: household.id,
        // PostgreSQL's jsonb refuses the NUL character: the audit insert itself fails in the database.
        detail: input.breakAudit ? { text: 'nul\u0000byte' } : { reference: input.reference },
      });
      if (input.failAfterAudit)
        throw new TRPCError({ code: 'CONFLICT', message: 'simulated failure after the audit' });
      return { householdId: household.id };
    },
  }),
  forgetfulRead: query({
    permission: 'visits:read-day',
    personalData: true,
    output: z.number(),
    async handler({ ctx }) {
      await ctx.db.household.create({ data: { locationId: 'alpha', reference: 'FORGOT-AUDIT' } });
      return ctx.db.household.count();
    },
  }),
});

describe('audit rows commit or roll back with the data they describe', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const callAs = async (role: 'caseworker' | 'analyst', locationId = 'alpha') =>
    createCallerFactory(probe)(await contextFor(depsFor(db), userFor(role, locationId)));
  const key = () => crypto.randomUUID();
  const households = (reference: string) => db.prisma.household.count({ where: { reference } });
  const audits = (outcome?: string) =>
    db.prisma.auditEvent.count({ where: outcome ? { outcome } : {} });

  it('commits both on success', async () => {
    const caller = await callAs('caseworker');
    const { householdId } = await caller.register({
      reference: 'OK-1',
      failAfterAudit: false,
      breakAudit: false,
      idempotencyKey: key(),
    });
    expect(await households('OK-1')).toBe(1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: householdId } });
    expect(event).toMatchObject({
      action: 'create',
      outcome: 'allowed',
      procedure: 'register',
      actorRole: 'caseworker',
    });
  });

  it('rolls back both when the handler fails after auditing', async () => {
    const caller = await callAs('caseworker');
    const error = await caller
      .register({
        reference: 'FAIL-1',
        failAfterAudit: true,
        breakAudit: false,
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('CONFLICT');
    expect(await households('FAIL-1')).toBe(0);
    expect(await audits()).toBe(0);
  });

  it('rolls back the data when the audit row cannot be written', async () => {
    const caller = await callAs('caseworker');
    await expect(
      caller.register({
        reference: 'FAIL-2',
        failAfterAudit: false,
        breakAudit: true,
        idempotencyKey: key(),
      }),
    ).rejects.toThrow();
    expect(await households('FAIL-2')).toBe(0);
    expect(await audits()).toBe(0);
  });

  it('refuses a personal-data procedure that wrote no audit row, and keeps nothing it did', async () => {
    const caller = await callAs('caseworker');
    const error = await caller.forgetfulRead().catch((e: unknown) => e);
    expect(errorCode(error)).toBe('INTERNAL_SERVER_ERROR');
    expect(await households('FORGOT-AUDIT')).toBe(0);
  });

  it('records a denied attempt even though nothing else is kept', async () => {
    const caller = await callAs('analyst');
    const error = await caller
      .register({
        reference: 'DENIED',
        failAfterAudit: false,
        breakAudit: false,
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    expect(await households('DENIED')).toBe(0);
    const denied = await db.prisma.auditEvent.findMany({ where: { outcome: 'denied' } });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      action: 'attempt',
      actorRole: 'analyst',
      procedure: 'register',
    });
  });
});

describe('visits.day: a real personal-data read', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it('returns the day and audits one row per household shown', async () => {
    const { household, day } = await seedTwoLocations(db);
    const caller = createCallerFactory(appRouter)(
      await contextFor(depsFor(db), userFor('caseworker', 'alpha')),
    );
    const visits = await caller.visits.day({ locationId: 'alpha', date: day });
    expect(visits.map((v) => v.household.reference)).toEqual(['TEST-0001']);
    expect(visits[0]?.household.members[0]).toMatchObject({
      givenName: 'Testa',
      birthDate: '1990-05-01',
    });
    const rows = await db.prisma.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      householdId: household.id,
      action: 'read',
      outcome: 'allowed',
      procedure: 'visits.day',
    });
  });

  it('refuses a caseworker from another location and records the refusal', async () => {
    const { day } = await seedTwoLocations(db);
    const caller = createCallerFactory(appRouter)(
      await contextFor(depsFor(db), userFor('caseworker', 'beta')),
    );
    const error = await caller.visits
      .day({ locationId: 'alpha', date: day })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    const rows = await db.prisma.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'denied', action: 'read', procedure: 'visits.day' });
  });

  it('answers bad input with BAD_REQUEST naming the field', async () => {
    await seedTwoLocations(db);
    const caller = createCallerFactory(appRouter)(
      await contextFor(depsFor(db), userFor('caseworker', 'alpha')),
    );
    const error = await caller.visits
      .day({ locationId: 'alpha', date: '2026-02-30' })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(String((error as Error).message)).toMatch(/date/);
  });
});
