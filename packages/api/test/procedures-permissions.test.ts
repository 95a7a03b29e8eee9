import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { ROLES, type Role } from '@motesplats/contracts';
import { DEFAULT_NATIONAL_FRAME } from '@motesplats/location-config';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { PERMISSIONS } from '../src/auth/permissions.js';
import type { ProcedureMeta } from '../src/core/meta.js';
import { accessCodeFrom } from '../src/auth/access-code.js';
import {
  bookedVisitRow,
  configFor,
  contextFor,
  depsFor,
  seedTwoLocations,
  userFor,
} from './support.js';

type AnyProcedure = { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: ProcedureMeta } };
// tRPC keeps a flat map of every procedure by its full path, e.g. "visits.day".
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);

/**
 * A valid input for every procedure. A new procedure without an entry here fails the walk
 * below, so nobody can add one without stating who may call it and proving it.
 */
type Fixture = Awaited<ReturnType<typeof seedTwoLocations>> & { db: Database };

/** A visit of its own for each event, so one procedure's effect cannot decide another's outcome. */
async function freshVisit(f: Fixture) {
  const row = await bookedVisitRow(f.db, {
    locationId: 'alpha',
    householdId: f.household.id,
    day: f.day,
    track: 2,
    birthDates: ['1990-05-01'],
    time: '13:00',
  });
  return { visitId: row.id, expectedVersion: row.version };
}

/**
 * A valid input for every procedure. A new procedure without an entry here fails the walk
 * below, so nobody can add one without stating who may call it and proving it.
 */
const SAMPLE_INPUT: Record<string, (f: Fixture) => unknown> = {
  health: () => undefined,
  'auth.config': () => undefined,
  'auth.me': () => undefined,
  'auth.devLogin': () => ({ role: 'analyst' }),
  'auth.logout': () => ({}),
  'locations.list': () => undefined,
  'locations.get': () => ({ locationId: 'alpha' }),
  'locations.history': () => ({ locationId: 'alpha' }),
  'locations.updateConfig': async (f) => {
    const row = await f.db.prisma.location.findUniqueOrThrow({ where: { id: 'alpha' } });
    return { locationId: 'alpha', expectedVersion: row.version, config: configFor('alpha') };
  },
  'locations.overview': () => undefined,
  'locations.templates': () => undefined,
  'locations.create': () => ({
    locationId: `walk-${crypto.randomUUID().slice(0, 8)}`,
    name: 'Mötesplats Provort',
    municipality: { name: 'Provort', code: '9999' },
    template: 'demo',
  }),
  'locations.previewDay': (f) => ({ locationId: 'alpha', config: configFor('alpha'), date: f.day }),
  'frame.get': () => undefined,
  'frame.update': async (f) => {
    const row = await f.db.prisma.nationalFrame.findUnique({ where: { id: 'national' } });
    return { expectedVersion: row?.version ?? 1, frame: DEFAULT_NATIONAL_FRAME };
  },
  'visits.book': (f) => ({
    householdId: f.household.id,
    track: 2,
    date: f.day,
    time: '14:00',
    preconditions: { permitCardReady: true, idDocumentsReady: true },
  }),
  'visits.reschedule': async (f) => ({ ...(await freshVisit(f)), date: f.day, time: '15:00' }),
  'visits.cancel': async (f) => ({
    ...(await freshVisit(f)),
    reason: 'the family asked to come another day',
  }),
  'visits.checkIn': freshVisit,
  'visits.startStep': async (f) => ({ ...(await freshVisit(f)), step: 0, actor: 'af' }),
  'visits.completeStep': async (f) => ({ ...(await freshVisit(f)), step: 0, actor: 'af' }),
  'visits.skipStep': async (f) => ({
    ...(await freshVisit(f)),
    step: 0,
    actor: 'af',
    reason: 'seen last week',
  }),
  'visits.noShow': freshVisit,
  'visits.day': (f) => ({ locationId: 'alpha', date: f.day }),
  'visits.myQueue': () => ({}),
  'visits.planDay': (f) => ({ locationId: 'alpha', date: f.day }),
  'visits.suggestTimes': (f) => ({
    locationId: 'alpha',
    date: f.day,
    householdId: f.household.id,
    track: 2,
  }),
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
  'invitations.get': (f) => ({ visitId: f.visit.id, language: 'sv' }),
  'newcomer.login': async (f) => {
    const access = accessCodeFrom('WALK-2M9T-XW4D-8RCE')!;
    await f.db.prisma.newcomerAccess.upsert({
      where: { householdId: f.household.id },
      create: { householdId: f.household.id, lookup: access.lookup, secretHash: access.secretHash },
      update: {},
    });
    return { code: access.code };
  },
  'newcomer.rotateAccessCode': (f) => ({ householdId: f.household.id }),
  'checklist.grant': () => ({
    grantee: 'af',
    until: new Date(Date.now() + 3600_000).toISOString(),
  }),
  'checklist.revoke': async (f) => {
    const grant = await f.db.prisma.consentGrant.create({
      data: {
        householdId: f.household.id,
        grantee: 'af',
        from: new Date(),
        until: new Date(Date.now() + 3600_000),
        grantedVia: 'app',
      },
    });
    return { grantId: grant.id };
  },
  'checklist.grants': (f) => ({ householdId: f.household.id }),
  'audit.forNewcomer': (f) => ({ householdId: f.household.id }),
  'newcomer.checklist': () => undefined,
  'newcomer.invitation': () => ({ language: 'sv' }),
  'newcomer.feedback': () => ({ rating: 4, comment: 'Bra dag', language: 'sv' }),
  'newcomer.myFeedback': () => undefined,
  'stats.table': () => ({ rows: 'location', cols: 'track' }),
  'stats.goal': (f) => ({ from: f.day, to: f.day, locationId: 'alpha' }),
  'stats.feedback': (f) => ({ from: f.day, to: f.day, locationId: 'alpha' }),
  'stats.permits.set': (f) => ({ periodStart: f.day, periodEnd: f.day, count: 20 }),
  'stats.permits.list': () => ({}),
  'stats.pulse.submit': () => ({
    locationId: 'alpha',
    isoWeek: '2026-W48',
    status: 'green',
    deviations: '',
    questions: '',
    suggestions: '',
  }),
  'stats.pulse.list': () => ({ locationId: 'alpha' }),
  'checklist.get': (f) => ({ householdId: f.household.id }),
  'checklist.conflicts': (f) => ({ householdId: f.household.id }),
  'checklist.updateItem': (f) => ({
    householdId: f.household.id,
    itemId: 'af:nothing:household',
    expectedVersion: 1,
    status: 'done',
  }),
  'checklist.plans.upsert': (f) => ({
    householdId: f.household.id,
    memberId: f.household.members[0]!.id,
    kind: 'sfi',
    hoursPerWeek: 15,
    from: '2026-12-01',
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
    fixture = { ...(await seedTwoLocations(db)), db };
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
        // A newcomer's session is their household's.
        const user =
          principal === 'anonymous'
            ? null
            : principal === 'newcomer'
              ? { ...userFor('newcomer'), id: fixture.household.id, locationId: 'alpha' }
              : userFor(principal);
        const caller = call(await contextFor(depsFor(db), user));
        const fn = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
          input: unknown,
        ) => Promise<unknown>;
        const sample = await SAMPLE_INPUT[path]!(fixture);
        const input =
          procedure._def.meta?.idempotency === 'stored'
            ? { ...(sample as object), idempotencyKey: crypto.randomUUID() }
            : sample;

        const outcome = await fn(input).then(
          () => 'ok',
          (error: unknown) =>
            error instanceof TRPCError ? error.code : `unexpected ${String(error)}`,
        );
        // Allowed callers pass authorisation; the domain may still refuse the call itself (a
        // visit not yet checked in cannot start a step), which is not what this walk is about.
        const passedAuthorisation = ![
          'UNAUTHORIZED',
          'FORBIDDEN',
          'INTERNAL_SERVER_ERROR',
        ].includes(outcome);
        if (audience === 'public') {
          expect(outcome).toBe('ok');
        } else if (!user) {
          expect(outcome).toBe('UNAUTHORIZED');
        } else if ((audience as readonly string[]).includes(principal)) {
          expect(outcome.startsWith('unexpected'), outcome).toBe(false);
          expect(passedAuthorisation, outcome).toBe(true);
        } else {
          expect(outcome).toBe('FORBIDDEN');
        }
      });
    }
  }
});
