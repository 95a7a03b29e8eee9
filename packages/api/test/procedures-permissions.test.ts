import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { ROLES, type Role } from '@motesplats/contracts';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { PERMISSIONS } from '../src/auth/permissions.js';
import type { ProcedureMeta } from '../src/core/meta.js';
import { contextFor, depsFor, seedTwoLocations, userFor } from './support.js';

type AnyProcedure = { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: ProcedureMeta } };
// tRPC keeps a flat map of every procedure by its full path, e.g. "visits.day".
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);

/**
 * A valid input for every procedure. A new procedure without an entry here fails the walk
 * below, so nobody can add one without stating who may call it and proving it.
 */
type Fixture = Awaited<ReturnType<typeof seedTwoLocations>>;
const SAMPLE_INPUT: Record<string, (f: Fixture) => unknown> = {
  health: () => undefined,
  'auth.config': () => undefined,
  'auth.me': () => undefined,
  'auth.devLogin': () => ({ role: 'analyst' }),
  'auth.logout': () => ({}),
  'locations.list': () => undefined,
  'visits.day': () => ({ locationId: 'alpha', date: '2026-11-23' }),
  'newcomers.register': () => ({
    members: [
      {
        ref: 'a',
        givenName: 'Prova',
        familyName: 'Demosson',
        birthDate: '1986-04-12',
        sex: 'male',
      },
    ],
  }),
  'newcomers.get': (f) => ({ householdId: f.household.id }),
  'newcomers.search': () => ({ dossierNumber: '12-345678' }),
  'newcomers.assess': (f) => ({ householdId: f.household.id, onDate: '2026-11-23' }),
  'newcomers.addIdentifier': (f) => ({
    newcomerId: f.household.members[0]!.id,
    dossierNumber: '87654321',
  }),
  'newcomers.updateFacts': (f) => ({
    newcomerId: f.household.members[0]!.id,
    expectedVersion: 1,
    facts: { housing: 'own' },
  }),
};

describe('every procedure declares its permission', () => {
  it.each(procedures)(
    '%s has a known permission and an explicit idempotency stance',
    (_path, procedure) => {
      const meta = procedure._def.meta;
      expect(meta?.permission, 'permission').toBeDefined();
      expect(Object.keys(PERMISSIONS)).toContain(meta?.permission);
      if (procedure._def.type === 'mutation') {
        const stance = meta?.idempotency;
        expect(
          stance === 'stored' ||
            (typeof stance === 'object' && stance !== null && stance.exempt.length > 20),
        ).toBe(true);
      }
    },
  );

  it('a procedure built around the builder has no meta and would fail the check above', async () => {
    // Simulates someone using the bare tRPC instance instead of query()/mutation().
    const { t } = await import('../src/core/trpc.js');
    const rogue = t.router({ leak: t.procedure.query(() => 'secret') });
    const meta = (rogue._def.procedures as unknown as Record<string, AnyProcedure>).leak?._def.meta;
    expect(meta?.permission).toBeUndefined();
  });

  it('authorisation denies a missing or unknown permission to everyone', async () => {
    const { authorize } = await import('../src/auth/authorize.js');
    expect(authorize(undefined, userFor('national-admin'))).toBe('FORBIDDEN');
    expect(authorize('no:such-permission', userFor('national-admin'))).toBe('FORBIDDEN');
    expect(authorize('visits:read-day', null)).toBe('UNAUTHORIZED');
    expect(authorize('visits:read-day', userFor('analyst'))).toBe('FORBIDDEN');
    expect(authorize('visits:read-day', userFor('caseworker'))).toBe('allow');
  });
});

describe('every procedure × every role', () => {
  let db: Database;
  let fixture: Fixture;
  beforeAll(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const call = createCallerFactory(appRouter);
  const principals: Array<Role | 'anonymous'> = ['anonymous', ...ROLES];

  for (const [path, procedure] of procedures) {
    for (const principal of principals) {
      it(`${path} as ${principal}`, async () => {
        expect(Object.hasOwn(SAMPLE_INPUT, path), `SAMPLE_INPUT needs an entry for ${path}`).toBe(
          true,
        );
        const audience = PERMISSIONS[procedure._def.meta!.permission];
        const user = principal === 'anonymous' ? null : userFor(principal);
        const caller = call(await contextFor(depsFor(db), user));
        const fn = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
          input: unknown,
        ) => Promise<unknown>;
        const sample = SAMPLE_INPUT[path]!(fixture);
        const input =
          procedure._def.meta?.idempotency === 'stored'
            ? { ...(sample as object), idempotencyKey: crypto.randomUUID() }
            : sample;

        const outcome = await fn(input).then(
          () => 'ok',
          (error: unknown) =>
            error instanceof TRPCError ? error.code : `unexpected ${String(error)}`,
        );
        if (audience === 'public') {
          expect(outcome).toBe('ok');
        } else if (!user) {
          expect(outcome).toBe('UNAUTHORIZED');
        } else if ((audience as readonly string[]).includes(principal)) {
          expect(outcome).toBe('ok');
        } else {
          expect(outcome).toBe('FORBIDDEN');
        }
      });
    }
  }
});
