import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import {
  appRouter,
  createApiContext,
  createCallerFactory,
  signSessionToken,
} from '@motesplats/api';
import type { SessionUser } from '@motesplats/contracts';
import { seedDemo } from '../src/seed-demo.js';
import {
  GOAL_2017,
  GOAL_2017_UNACCOMPANIED_MINORS,
  seedGoal2017,
} from '../src/fixtures/goal-2017.js';

const SECRET = new TextEncoder().encode('fixture-test-secret-fixture-test-secret');
const NATIONAL_ADMIN: SessionUser = {
  id: randomUUID(),
  displayName: 'Test Riksadmin',
  role: 'national-admin',
  agency: null,
  locationId: null,
};

describe('the goal-2017 fixture (DOMAIN.md: 12,525 participants, 21,776 permits, 58 %)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, '2026-11-24');
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  async function caller() {
    const deps = {
      db,
      sessionSecret: SECRET,
      sessionTtlSeconds: 600,
      devLogin: false,
      version: 'test',
      now: () => new Date(),
    };
    const token = await signSessionToken(NATIONAL_ADMIN, SECRET, 600, new Date());
    const ctx = await createApiContext(deps, {
      requestId: randomUUID(),
      ip: '127.0.0.1',
      sessionToken: token,
      setSessionToken: () => undefined,
    });
    return createCallerFactory(appRouter)(ctx);
  }

  it('seeds once, and the goal procedure then counts 12,525 participants and 58 % with the permits', async () => {
    expect(await seedGoal2017(db.prisma)).toEqual({ seeded: true, participants: 12_525 });
    expect(await seedGoal2017(db.prisma)).toEqual({ seeded: false, participants: 12_525 });
    expect(await db.prisma.visit.count({ where: { id: { startsWith: 'fx2017-' } } })).toBe(
      GOAL_2017.participants + GOAL_2017_UNACCOMPANIED_MINORS,
    );

    const api = await caller();
    await api.stats.permits.set({
      idempotencyKey: randomUUID(),
      periodStart: '2017-01-01',
      periodEnd: '2017-12-31',
      count: GOAL_2017.permits,
    });
    const goal = await api.stats.goal({ from: '2017-01-01', to: '2017-12-31' });
    expect(goal.overall.participants).toEqual(
      expect.objectContaining({ value: GOAL_2017.participants }),
    );
    expect(goal.overall.percent).toBe(GOAL_2017.percent);
    expect(goal.overall.met).toBe(true);
  }, 60_000);
});
