import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import type { FeedbackStats, SessionUser } from '@motesplats/contracts';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import { swedishDayStart } from '../src/routers/stats/feedback.js';
import {
  bookedVisitRow,
  clientMessage,
  contextFor,
  depsFor,
  errorCode,
  fixtureCallers,
  seedTwoLocations,
  userFor,
} from './support.js';

const key = () => randomUUID();

function daysFrom(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the newcomer app: own invitation and feedback', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const { caller, newcomer } = fixtureCallers(
    () => db,
    () => fixture,
  );
  const newcomerOf = (householdId: string): SessionUser => ({
    id: householdId,
    displayName: 'Someone',
    role: 'newcomer',
    agency: null,
    locationId: 'alpha',
  });
  const complete = (visitId: string) =>
    db.prisma.visit.update({ where: { id: visitId }, data: { status: 'completed' } });
  const otherHousehold = (withVisit: boolean) =>
    db.prisma.household
      .create({
        data: {
          locationId: 'alpha',
          reference: `TEST-${randomUUID().slice(0, 8)}`,
          members: {
            create: [
              {
                givenName: 'Annan',
                familyName: 'Hushållsson',
                birthDate: new Date('1985-02-03'),
                sex: 'male',
              },
            ],
          },
        },
      })
      .then(async (household) => {
        if (withVisit) {
          await bookedVisitRow(db, {
            locationId: 'alpha',
            householdId: household.id,
            day: fixture.day,
            track: 2,
            birthDates: ['1985-02-03'],
            time: '10:30',
          });
        }
        return household;
      });

  it('shows the household its own invitation in Arabic, right to left, and audits the read', async () => {
    const invitation = await (await newcomer()).newcomer.invitation({ language: 'ar' });
    expect(invitation.visitId).toBe(fixture.visit.id);
    expect(invitation.language).toBe('ar');
    expect(invitation.dir).toBe('rtl');
    expect(invitation.addressees).toEqual([{ givenName: 'Testa', familyName: 'Exempelsson' }]);
    expect(invitation.date).toBe(fixture.day);
    const events = await db.prisma.auditEvent.findMany({
      where: { procedure: 'newcomer.invitation' },
    });
    expect(events).toMatchObject([
      {
        action: 'read',
        outcome: 'allowed',
        entity: 'invitation',
        entityId: fixture.visit.id,
        householdId: fixture.household.id,
        actorRole: 'newcomer',
      },
    ]);
    // Swedish reads left to right, in the same words the staff see.
    const sv = await (await newcomer()).newcomer.invitation({ language: 'sv' });
    const staff = await (
      await caller(userFor('caseworker'))
    ).invitations.get({ visitId: fixture.visit.id, language: 'sv' });
    expect(sv).toEqual(staff);
    expect(sv.dir).toBe('ltr');
  });

  it('takes the next visit first, else the most recent one; cancelled visits are no invitation', async () => {
    // Booked today, then moved into the past as if it had happened two weeks ago.
    const past = await bookedVisitRow(db, {
      locationId: 'alpha',
      householdId: fixture.household.id,
      day: fixture.day,
      track: 2,
      birthDates: ['1990-05-01'],
      time: '11:00',
    });
    await db.prisma.visit.update({
      where: { id: past.id },
      data: { status: 'completed', date: new Date(`${daysFrom(fixture.day, -14)}T00:00:00Z`) },
    });
    const later = await bookedVisitRow(db, {
      locationId: 'alpha',
      householdId: fixture.household.id,
      day: daysFrom(fixture.day, 14),
      track: 2,
      birthDates: ['1990-05-01'],
    });
    const app = await newcomer();
    expect((await app.newcomer.invitation({ language: 'en' })).visitId).toBe(fixture.visit.id);
    for (const id of [fixture.visit.id, later.id]) {
      await db.prisma.visit.update({ where: { id }, data: { status: 'cancelled' } });
    }
    expect((await app.newcomer.invitation({ language: 'en' })).visitId).toBe(past.id);
  });

  it('is NOT_FOUND, saying so, when the household has no visit', async () => {
    const household = await otherHousehold(false);
    const app = await caller(newcomerOf(household.id));
    const error = await app.newcomer.invitation({ language: 'sv' }).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('NOT_FOUND');
    expect(clientMessage(error)).toMatch(/no visit/);
  });

  it('opens feedback only after the visit is completed, then stores and lists it', async () => {
    const app = await newcomer();
    const early = await app.newcomer
      .feedback({ rating: 5, comment: 'Tack!', language: 'sv', idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(early)).toBe('PRECONDITION_FAILED');
    expect(clientMessage(early)).toMatch(/feedback opens after the visit/);
    expect(await db.prisma.visitFeedback.count()).toBe(0);

    await complete(fixture.visit.id);
    const sent = await app.newcomer.feedback({
      rating: 4,
      comment: '  شكرا، كان يوما جيدا  ',
      language: 'ar',
      idempotencyKey: key(),
    });
    expect(sent).toMatchObject({
      visitId: fixture.visit.id,
      rating: 4,
      comment: 'شكرا، كان يوما جيدا',
      language: 'ar',
    });
    const row = await db.prisma.visitFeedback.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({
      householdId: fixture.household.id,
      visitId: fixture.visit.id,
      locationId: 'alpha',
    });
    expect(await app.newcomer.myFeedback()).toEqual([sent]);
    const audited = await db.prisma.auditEvent.findMany({
      where: { householdId: fixture.household.id, entity: 'visit-feedback' },
      orderBy: { id: 'asc' },
    });
    expect(audited.map((e) => [e.procedure, e.action])).toEqual([
      ['newcomer.feedback', 'create'],
      ['newcomer.myFeedback', 'read'],
    ]);
  });

  it('takes one feedback per visit: a replay returns the first, a second one is a CONFLICT', async () => {
    await complete(fixture.visit.id);
    const app = await newcomer();
    const input = { rating: 3, comment: '', language: 'sv' as const, idempotencyKey: key() };
    const first = await app.newcomer.feedback(input);
    expect(await app.newcomer.feedback(input)).toEqual(first);
    const second = await app.newcomer
      .feedback({ rating: 1, comment: 'ändrat mig', language: 'sv', idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(second)).toBe('CONFLICT');
    expect(clientMessage(second)).toMatch(/already sent.*one feedback per visit/);
    expect(await db.prisma.visitFeedback.count()).toBe(1);

    // A later completed visit opens feedback again, for that visit.
    const next = await bookedVisitRow(db, {
      locationId: 'alpha',
      householdId: fixture.household.id,
      day: daysFrom(fixture.day, 7),
      track: 2,
      birthDates: ['1990-05-01'],
    });
    await complete(next.id);
    const again = await app.newcomer.feedback({
      rating: 5,
      comment: '',
      language: 'sv',
      idempotencyKey: key(),
    });
    expect(again.visitId).toBe(next.id);
    expect((await app.newcomer.myFeedback()).map((f) => f.visitId).sort()).toEqual(
      [fixture.visit.id, next.id].sort(),
    );
  });

  it('refuses a bad rating with a 400 naming the field', async () => {
    await complete(fixture.visit.id);
    const app = await newcomer();
    for (const rating of [0, 6, 3.5]) {
      const error = await app.newcomer
        .feedback({ rating, comment: '', language: 'sv', idempotencyKey: key() })
        .catch((e: unknown) => e);
      expect(errorCode(error)).toBe('BAD_REQUEST');
      expect(clientMessage(error)).toMatch(/rating/);
    }
    const long = await app.newcomer
      .feedback({ rating: 3, comment: 'x'.repeat(2001), language: 'sv', idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(long)).toBe('BAD_REQUEST');
    expect(clientMessage(long)).toMatch(/comment/);
    expect(await db.prisma.visitFeedback.count()).toBe(0);
  });

  it("another household's session sees only its own invitation and feedback", async () => {
    await complete(fixture.visit.id);
    await (
      await newcomer()
    ).newcomer.feedback({ rating: 2, comment: 'privat', language: 'sv', idempotencyKey: key() });
    const other = await otherHousehold(true);
    const app = await caller(newcomerOf(other.id));
    const invitation = await app.newcomer.invitation({ language: 'sv' });
    expect(invitation.visitId).not.toBe(fixture.visit.id);
    expect(invitation.addressees).toEqual([{ givenName: 'Annan', familyName: 'Hushållsson' }]);
    expect(await app.newcomer.myFeedback()).toEqual([]);
    // Its own visit is not completed: no feedback, and certainly not onto the first household's.
    const error = await app.newcomer
      .feedback({ rating: 5, comment: '', language: 'sv', idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('PRECONDITION_FAILED');
    // Staff have no way in through the newcomer's procedures.
    for (const role of ['caseworker', 'analyst', 'national-admin'] as const) {
      const staff = await caller(userFor(role));
      await expect(staff.newcomer.myFeedback()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('stats.feedback: the customer survey as protected statistics', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const as = async (user: SessionUser) =>
    createCallerFactory(appRouter)(await contextFor(depsFor(db), user));
  const COMMENT = 'Hemligt: min granne heter Exempelsson';
  const answers = (locationId: string, ratings: number[], at = '2026-06-10T12:00:00Z') =>
    db.prisma.visitFeedback.createMany({
      data: ratings.map((rating) => ({
        householdId: randomUUID(),
        visitId: randomUUID(),
        locationId,
        rating,
        comment: COMMENT,
        language: 'sv',
        createdAt: new Date(at),
      })),
    });
  const JUNE = { from: '2026-06-01', to: '2026-06-30' };

  function assertProtected(stats: FeedbackStats) {
    const cells = [stats.total, ...stats.locations].flatMap((l) => [l.answers, ...l.ratings]);
    for (const cell of cells) {
      if (cell.value !== null)
        expect(cell.value === 0 || cell.value >= 5, String(cell.value)).toBe(true);
      else expect(cell.flag).toBe('hidden');
    }
  }

  it('counts answers, the distribution and the mean, and hides small cells', async () => {
    await answers('alpha', [5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
    await answers('beta', [1, 3]);
    // The Swedish day decides: 31 May 22:30 UTC is 1 June in Sweden (21:30 is still 31 May),
    // 30 June 22:30 UTC is 1 July.
    await answers('alpha', [2], '2026-06-30T22:30:00Z');
    await answers('alpha', [2], '2026-05-31T22:30:00Z');
    await answers('alpha', [2], '2026-05-31T21:30:00Z');
    expect(swedishDayStart('2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(swedishDayStart('2026-01-01').toISOString()).toBe('2025-12-31T23:00:00.000Z');

    const analyst = await as(userFor('analyst'));
    const stats = await analyst.stats.feedback(JUNE);
    expect(stats.filter).toEqual({ ...JUNE, locationId: null });
    expect(stats.locations.map((l) => l.locationId)).toEqual(['alpha', 'beta']);
    assertProtected(stats);
    const beta = stats.locations[1]!;
    expect(beta.answers).toEqual({ value: null, flag: 'hidden' });
    expect(beta.mean).toBeNull();
    // Ratings nobody gave are published as zeros.
    expect(beta.ratings[1]).toEqual({ value: 0, flag: null });
    // An analyst gets figures, never the comments.
    expect(JSON.stringify(stats)).not.toContain('Exempelsson');
    expect(JSON.stringify(stats)).not.toContain('comment');

    await answers('alpha', [2], '2026-06-01T00:30:00Z');
    await answers('alpha', [2, 2, 2]);
    const alphaOnly = await analyst.stats.feedback({ ...JUNE, locationId: 'alpha' });
    // 10 + the two early answers on 1 June (Swedish time) + 3 = 15; the one in July is left out.
    expect(alphaOnly.locations).toEqual([
      {
        locationId: 'alpha',
        locationName: 'Mötesplats alpha',
        answers: { value: 15, flag: null },
        ratings: [0, 5, 0, 5, 5].map((value) => ({ value, flag: null })),
        mean: 3.67,
      },
    ]);
    expect(alphaOnly.total).toMatchObject({ answers: { value: 15 }, mean: 3.67 });

    const audit = await db.prisma.auditEvent.findMany({ where: { procedure: 'stats.feedback' } });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      entity: 'statistics-table',
      householdId: null,
      locationId: 'alpha',
      detail: { table: 'feedback', protection: 'suppress', ...JUNE },
    });
  });

  it('a location admin sees their own location only', async () => {
    await answers('alpha', [3, 3, 3, 3, 3]);
    await answers('beta', [5, 5, 5, 5, 5]);
    const admin = await as(userFor('location-admin', 'alpha'));
    const own = await admin.stats.feedback(JUNE);
    expect(own.filter.locationId).toBe('alpha');
    expect(own.locations.map((l) => [l.locationId, l.answers.value, l.mean])).toEqual([
      ['alpha', 5, 3],
    ]);
    await expect(admin.stats.feedback({ ...JUNE, locationId: 'beta' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      (await as(userFor('analyst'))).stats.feedback({ ...JUNE, locationId: 'nowhere' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // No answers: the location's line is all zeros, no mean.
    const empty = await admin.stats.feedback({ from: '2026-01-01', to: '2026-01-31' });
    expect(empty.locations).toEqual([
      {
        locationId: 'alpha',
        locationName: 'Mötesplats alpha',
        answers: { value: 0, flag: null },
        ratings: [0, 0, 0, 0, 0].map((value) => ({ value, flag: null })),
        mean: null,
      },
    ]);
  });

  it('refuses a period that ends before it starts, naming `to`', async () => {
    const error = await (
      await as(userFor('analyst'))
    ).stats
      .feedback({ from: '2026-06-30', to: '2026-06-01' })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(clientMessage(error)).toMatch(/to/);
  });
});
