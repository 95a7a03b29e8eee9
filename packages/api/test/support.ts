import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { describeIssues, fieldIssues } from '../src/core/error-format.js';
import type { Database } from '@motesplats/db';
import type { Role, SessionUser } from '@motesplats/contracts';
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

/** Two fictional locations with one booked household at 'alpha'. */
export async function seedTwoLocations(db: Database, day = '2026-11-23') {
  for (const id of ['alpha', 'beta']) {
    await db.prisma.location.create({
      data: {
        id,
        name: `Mötesplats ${id}`,
        municipalityCode: '9999',
        config: { actors: ['af', 'skv'] },
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
          },
        ],
      },
    },
    include: { members: true },
  });
  const visit = await db.prisma.visit.create({
    data: {
      locationId: 'alpha',
      householdId: household.id,
      date: new Date(`${day}T00:00:00Z`),
      startTime: '09:00',
      track: 2,
      invitingAgency: 'af',
    },
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
