import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { describeIssues, fieldIssues } from '../src/core/error-format.js';
import type { Database, Prisma } from '@motesplats/db';
import { DEMO_CONFIG, type LocationConfig, type TrackId } from '@motesplats/location-config';
import { chainFor, createVisit, transition } from '@motesplats/tracks';
import { todayInSweden, type ActorId, type Role, type SessionUser } from '@motesplats/contracts';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { createApiContext, type ApiContext, type ApiDeps } from '../src/core/context.js';
import { signSessionToken } from '../src/auth/session-token.js';

export const SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret!');

export function depsFor(db: Database, overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    db,
    sessionSecret: SECRET,
    sessionTtlSeconds: 3600,
    devLogin: true,
    version: 'test',
    now: () => new Date(),
    ...overrides,
  };
}

/** A fictional user for each role; caseworkers and location admins sit at `locationId`. */
export function userFor(role: Role, locationId = 'alpha'): SessionUser {
  return {
    id: randomUUID(),
    displayName: `Test ${role}`,
    role,
    agency: role === 'caseworker' ? 'af' : null,
    locationId: role === 'caseworker' || role === 'location-admin' ? locationId : null,
  };
}

/** A context as the gateway would build it: the session arrives as a signed token. */
export async function contextFor(
  deps: ApiDeps,
  user: SessionUser | null,
): Promise<ApiContext & { cookies: (string | null)[] }> {
  const cookies: (string | null)[] = [];
  const token = user
    ? await signSessionToken(user, deps.sessionSecret, deps.sessionTtlSeconds, deps.now())
    : null;
  const ctx = await createApiContext(deps, {
    requestId: randomUUID(),
    ip: '127.0.0.1',
    sessionToken: token,
    setSessionToken: (value) => cookies.push(value),
  });
  return Object.assign(ctx, { cookies });
}

/** The demo configuration under another id: a valid location for tests. */
/**
 * The demo configuration under another id, open on Tuesdays and Thursdays like a real office
 * (the demo location itself is open every day, so that `npm start` works on any day).
 */
export function configFor(id: string): LocationConfig {
  return {
    ...structuredClone(DEMO_CONFIG),
    id,
    name: `Mötesplats ${id}`,
    openingHours: (['tue', 'thu'] as const).map((weekday) => ({
      weekday,
      opens: '08:30',
      closes: '16:00',
    })),
  } as LocationConfig;
}

/** A visit row as visits.book would store it: the state machine's booked visit. */
export async function bookedVisitRow(
  db: Database,
  opts: {
    locationId: string;
    householdId: string;
    day: string;
    track: 1 | 2 | 3;
    birthDates: string[];
    time?: string;
  },
) {
  const track = String(opts.track) as TrackId;
  const chain = chainFor(configFor(opts.locationId), track, {
    onDate: opts.day,
    members: opts.birthDates.map((birthDate) => ({ birthDate })),
  });
  if (!chain.ok) throw new Error(chain.error.message);
  const id = randomUUID();
  const draft = createVisit({ id, locationId: opts.locationId, track, steps: chain.steps });
  if (!draft.ok) throw new Error(draft.error.message);
  const actor = ({ 1: 'mv', 2: 'af', 3: 'kommun' } as const)[opts.track];
  const booked = transition(draft.visit, {
    type: 'book',
    at: new Date(Date.now() - 3_600_000).toISOString(),
    by: { actor, caseworkerId: 'test' },
    date: opts.day,
    time: opts.time ?? '09:00',
  });
  if (!booked.ok) throw new Error(booked.error.message);
  return db.prisma.visit.create({
    data: {
      id,
      locationId: opts.locationId,
      householdId: opts.householdId,
      date: new Date(`${opts.day}T00:00:00Z`),
      startTime: opts.time ?? '09:00',
      track: opts.track,
      invitingAgency: actor,
      status: booked.visit.status,
      state: booked.visit as unknown as Prisma.InputJsonValue,
      version: booked.visit.version,
      permitCardReady: true,
      idDocumentsReady: true,
    },
  });
}

/** Two fictional locations with one household, in the target group, booked today at 'alpha'. */
export async function seedTwoLocations(db: Database, day = todayInSweden()) {
  for (const id of ['alpha', 'beta']) {
    await db.prisma.location.create({
      data: {
        id,
        name: `Mötesplats ${id}`,
        municipalityCode: '9999',
        config: configFor(id) as unknown as Prisma.InputJsonValue,
      },
    });
  }
  const household = await db.prisma.household.create({
    data: {
      locationId: 'alpha',
      reference: 'TEST-0001',
      members: {
        create: [
          {
            givenName: 'Testa',
            familyName: 'Exempelsson',
            birthDate: new Date('1990-05-01'),
            sex: 'female',
            permitChapter: 5,
            permitSection: 1,
            housing: 'own',
          },
        ],
      },
    },
    include: { members: true },
  });
  const visit = await bookedVisitRow(db, {
    locationId: 'alpha',
    householdId: household.id,
    day,
    track: 2,
    birthDates: ['1990-05-01'],
  });
  return { household, visit, day };
}

export function errorCode(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

/** The message a client receives over HTTP: field issues are spelt out by the error formatter. */
export function clientMessage(error: unknown): string {
  if (error instanceof TRPCError) {
    const issues = fieldIssues(error);
    if (issues.length) return describeIssues(issues);
  }
  return (error as Error).message;
}

/**
 * Callers for the two-location fixture (seedTwoLocations): any user, a caseworker of an agency,
 * and the fixture household's newcomer. Functions of the database and fixture, which tests
 * create afresh in beforeEach.
 */
export function fixtureCallers(
  db: () => Database,
  fixture: () => Awaited<ReturnType<typeof seedTwoLocations>>,
) {
  const caller = async (user: SessionUser) =>
    createCallerFactory(appRouter)(await contextFor(depsFor(db()), user));
  return {
    caller,
    caseworker: (agency: ActorId, locationId = 'alpha') =>
      caller({ ...userFor('caseworker', locationId), agency }),
    newcomer: () =>
      caller({
        id: fixture().household.id,
        displayName: 'Testa',
        role: 'newcomer',
        agency: null,
        locationId: 'alpha',
      }),
  };
}
