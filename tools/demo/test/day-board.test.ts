import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import {
  appRouter,
  createApiContext,
  createCallerFactory,
  signSessionToken,
} from '@motesplats/api';
import { todayInSweden, type SessionUser } from '@motesplats/contracts';
import { seedDemo } from '../src/seed-demo.js';
import { demoDay } from '../src/demo-data.js';

describe('the demo day on the day board', () => {
  let db: Database;
  const day = todayInSweden();
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma, day);
  });
  afterAll(async () => {
    await db.close();
  });

  it('lists every seeded visit with its current step and its risks', async () => {
    const secret = new TextEncoder().encode('demo-test-secret-demo-test-secret!');
    const user: SessionUser = {
      id: 'demo-test',
      displayName: 'Test Demohandläggare',
      role: 'caseworker',
      agency: 'skv',
      locationId: 'demo',
    };
    const deps = {
      db,
      sessionSecret: secret,
      sessionTtlSeconds: 600,
      devLogin: false,
      version: 'test',
      now: () => new Date(),
    };
    const ctx = await createApiContext(deps, {
      requestId: 'day-board-test',
      ip: '127.0.0.1',
      sessionToken: await signSessionToken(user, secret, 600, new Date()),
      setSessionToken: () => undefined,
    });
    const board = await createCallerFactory(appRouter)(ctx).visits.day({
      locationId: 'demo',
      date: day,
    });
    const seeded = demoDay(day);
    expect(board.map((v) => v.household.reference)).toEqual(seeded.map((h) => h.reference));
    for (const visit of board) {
      expect(visit.status).toBe('booked');
      expect(visit.currentStep).toBe(0);
      // Spår 1 starts with Migrationsverket's decision notification; spår 2 and 3 never meet it.
      if (visit.track === 1) expect(visit.steps[0]?.actor).toBe('mv');
      else expect(visit.steps.map((s) => s.actor)).not.toContain('mv');
    }
    expect(new Set(board.map((v) => v.track))).toEqual(new Set([1, 2, 3]));
    const atRisk = board.filter((v) => v.atRisk.length > 0).map((v) => v.household.reference);
    expect(atRisk).toEqual(['DEMO-0002', 'DEMO-0007']);
    expect(
      board.find((v) => v.household.reference === 'DEMO-0003')?.steps.map((s) => s.actor),
    ).toContain('pm');
  });
});
