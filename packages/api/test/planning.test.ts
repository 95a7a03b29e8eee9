import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import { todayInSweden, type ActorId } from '@motesplats/contracts';
import { DEMO_CONFIG } from '@motesplats/location-config';
import { validatePlan, type DayInput, type DayPlan } from '@motesplats/scheduling';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import {
  bookedVisitRow,
  clientMessage,
  contextFor,
  depsFor,
  errorCode,
  seedTwoLocations,
  userFor,
} from './support.js';

/** The next date after today (Swedish calendar) that falls on `weekday` (0 = Sunday). */
function next(weekday: number): string {
  let day = new Date(`${todayInSweden()}T12:00:00Z`);
  do day = new Date(day.getTime() + 86_400_000);
  while (day.getUTCDay() !== weekday);
  return day.toISOString().slice(0, 10);
}
// The test locations (configFor) are open on Tuesdays and Thursdays, 08:30–16:00.
const TUESDAY = next(2);
const WEDNESDAY = next(3);
const OPENS = '08:30';
const CLOSES = '16:00';
const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const capacity = new Map(DEMO_CONFIG.rooms.map((r) => [r.id, r.capacity]));

async function household(
  db: Database,
  reference: string,
  language: string | null,
  birthDates: string[],
) {
  return db.prisma.household.create({
    data: {
      locationId: 'alpha',
      reference,
      language,
      members: {
        create: birthDates.map((birthDate, i) => ({
          givenName: `Person ${i + 1}`,
          familyName: reference,
          birthDate: new Date(birthDate),
          sex: i % 2 ? 'male' : 'female',
          permitChapter: 5,
          permitSection: 1,
          housing: 'own',
        })),
      },
    },
  });
}

const FAMILY = ['1982-03-01', '1984-07-12', '2010-01-05', '2012-06-30', '2015-09-09', '2019-02-14'];

describe('visits.planDay, the day board and visits.suggestTimes', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  let family: { id: string };
  let tigrinya: { id: string };
  let familyVisit: { id: string };
  let tigrinyaVisit: { id: string };

  beforeEach(async () => {
    db = await createTestDatabase();
    // A single person (no interpreter), track 2 at 09:00.
    fixture = await seedTwoLocations(db, TUESDAY);
    // A family of six speaking Arabic, track 1 at 09:00; a couple speaking Tigrinya, track 2 at 09:30.
    const fam = await household(db, 'TEST-FAM6', 'ar', FAMILY);
    const ti = await household(db, 'TEST-TI2', 'ti', ['1990-01-01', '1992-02-02']);
    family = fam;
    tigrinya = ti;
    familyVisit = await bookedVisitRow(db, {
      locationId: 'alpha',
      householdId: fam.id,
      day: TUESDAY,
      track: 1,
      birthDates: FAMILY,
      time: '09:00',
    });
    tigrinyaVisit = await bookedVisitRow(db, {
      locationId: 'alpha',
      householdId: ti.id,
      day: TUESDAY,
      track: 2,
      birthDates: ['1990-01-01', '1992-02-02'],
      time: '09:30',
    });
  });
  afterEach(async () => {
    await db.close();
  });

  const caller = async (locationId = 'alpha', agency: ActorId = 'af') =>
    createCallerFactory(appRouter)(
      await contextFor(depsFor(db), { ...userFor('caseworker', locationId), agency }),
    );
  const key = () => crypto.randomUUID();

  it('plans the booked visits, stores a plan that validatePlan accepts, and the board shows it', async () => {
    // A cancelled visit is on the board but not in the plan.
    const cancelled = await bookedVisitRow(db, {
      locationId: 'alpha',
      householdId: fixture.household.id,
      day: TUESDAY,
      track: 2,
      birthDates: ['1990-05-01'],
      time: '11:00',
    });
    await (
      await caller()
    ).visits.cancel({
      visitId: cancelled.id,
      expectedVersion: cancelled.version,
      reason: 'the family asked to come another day',
      idempotencyKey: key(),
    });

    const before = await (await caller()).visits.day({ locationId: 'alpha', date: TUESDAY });
    expect(before).toHaveLength(4);
    expect(before.every((v) => v.planned === null)).toBe(true);

    const dto = await (
      await caller()
    ).visits.planDay({ locationId: 'alpha', date: TUESDAY, idempotencyKey: key() });
    expect(dto).toMatchObject({ locationId: 'alpha', date: TUESDAY, opens: OPENS, closes: CLOSES });
    expect(dto.unplaced).toEqual([]);
    expect(dto.notPlanned).toEqual([
      { visitId: cancelled.id, status: 'cancelled', code: 'NOT_BOOKED' },
    ]);
    expect(dto.staffing).toEqual({ source: 'assumed', caseworkersPerActor: 2 });
    expect(dto.resources.caseworkers).toHaveLength(2 * DEMO_CONFIG.actors.length);
    expect(dto.resources.interpreters.map((i) => i.id)).toContain('ti-1');

    // The stored plan re-validates on its own, from the JSON column.
    const row = await db.prisma.dayPlan.findUniqueOrThrow({
      where: { locationId_date: { locationId: 'alpha', date: new Date(`${TUESDAY}T00:00:00Z`) } },
    });
    const stored = row.plan as unknown as { input: DayInput; plan: DayPlan };
    expect(validatePlan(stored.input, stored.plan)).toEqual([]);
    expect(stored.input.visits.map((v) => v.id).sort()).toEqual(
      [fixture.visit.id, familyVisit.id, tigrinyaVisit.id].sort(),
    );
    // Room capacity counts everyone in the room: six, their caseworker and their interpreter.
    expect(stored.input.visits.find((v) => v.id === familyVisit.id)?.people).toBe(8);
    expect(stored.plan.assignments).toHaveLength(dto.assignments.length);

    const of = (visitId: string) => dto.assignments.filter((a) => a.visitId === visitId);
    // Every step of every booked visit is placed, in order, not before the invitation time.
    for (const [visit, time] of [
      [fixture.visit, '09:00'],
      [familyVisit, '09:00'],
      [tigrinyaVisit, '09:30'],
    ] as const) {
      const steps = (await db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } }))
        .state as { steps: unknown[] };
      const mine = of(visit.id);
      expect(mine.map((a) => a.step)).toEqual(steps.steps.map((_, i) => i));
      expect(minutes(mine[0]!.start)).toBeGreaterThanOrEqual(minutes(time));
      expect(minutes(mine.at(-1)!.end)).toBeLessThanOrEqual(minutes(CLOSES));
    }
    // The family of six fits only the family room (capacity 10; the others hold 3 or 4).
    expect(of(familyVisit.id).every((a) => a.roomId === 'family-room')).toBe(true);
    for (const a of dto.assignments) {
      const people = stored.input.visits.find((v) => v.id === a.visitId)!.people;
      expect(capacity.get(a.roomId)).toBeGreaterThanOrEqual(people);
    }
    // One Tigrinya interpreter for all four meetings; the Arabic family keeps one Arabic one.
    expect(of(tigrinyaVisit.id)).toHaveLength(4);
    expect(new Set(of(tigrinyaVisit.id).map((a) => a.interpreterId))).toEqual(new Set(['ti-1']));
    expect(new Set(of(familyVisit.id).map((a) => a.interpreterId)).size).toBe(1);
    expect(of(familyVisit.id)[0]?.interpreterId).toMatch(/^ar-\d$/);
    expect(of(fixture.visit.id).every((a) => a.interpreterId === null)).toBe(true);

    // The board now shows each planned visit's times; the cancelled one has none.
    const board = await (await caller()).visits.day({ locationId: 'alpha', date: TUESDAY });
    for (const visit of [fixture.visit, familyVisit, tigrinyaVisit]) {
      const shown = board.find((v) => v.id === visit.id)!;
      const mine = of(visit.id);
      expect(shown.planned).toEqual({
        start: mine[0]!.start,
        end: mine.at(-1)!.end,
        steps: mine.map((a) => ({
          step: a.step,
          start: a.start,
          end: a.end,
          roomId: a.roomId,
          interpreterId: a.interpreterId,
        })),
      });
    }
    expect(board.find((v) => v.id === cancelled.id)?.planned).toBeNull();

    // One audit row per visit planned, and one for the plan.
    const audit = await db.prisma.auditEvent.findMany({ where: { procedure: 'visits.planDay' } });
    expect(
      audit
        .filter((a) => a.entity === 'visit')
        .map((a) => a.entityId)
        .sort(),
    ).toEqual([fixture.visit.id, familyVisit.id, tigrinyaVisit.id].sort());
    expect(audit.filter((a) => a.entity === 'day-plan')).toHaveLength(1);

    // Planning again replaces the plan. A visit cancelled or moved to another time since then
    // shows no planned times any more: its plan no longer holds.
    await (
      await caller()
    ).visits.planDay({ locationId: 'alpha', date: TUESDAY, idempotencyKey: key() });
    expect(await db.prisma.dayPlan.count()).toBe(1);
    await db.prisma.visit.update({ where: { id: tigrinyaVisit.id }, data: { startTime: '13:00' } });
    await (
      await caller()
    ).visits.cancel({
      visitId: fixture.visit.id,
      expectedVersion: fixture.visit.version,
      idempotencyKey: key(),
    });
    const later = await (await caller()).visits.day({ locationId: 'alpha', date: TUESDAY });
    expect(later.find((v) => v.id === tigrinyaVisit.id)?.planned).toBeNull();
    expect(later.find((v) => v.id === fixture.visit.id)?.planned).toBeNull();
    expect(later.find((v) => v.id === familyVisit.id)?.planned).not.toBeNull();
  });

  it('a closed weekday is a BAD_REQUEST naming the date', async () => {
    const error = await (
      await caller()
    ).visits
      .planDay({ locationId: 'alpha', date: WEDNESDAY, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(clientMessage(error)).toContain(`date: alpha is closed on ${WEDNESDAY} (wed)`);
    const suggest = await (
      await caller()
    ).visits
      .suggestTimes({ locationId: 'alpha', date: WEDNESDAY, householdId: tigrinya.id, track: 2 })
      .catch((e: unknown) => e);
    expect(errorCode(suggest)).toBe('BAD_REQUEST');
    expect(clientMessage(suggest)).toContain(WEDNESDAY);
    expect(await db.prisma.dayPlan.count()).toBe(0);
  });

  it('a caseworker from another location is FORBIDDEN, and the refusal is audited', async () => {
    const plan = await (
      await caller('beta')
    ).visits
      .planDay({ locationId: 'alpha', date: TUESDAY, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(plan)).toBe('FORBIDDEN');
    const suggest = await (
      await caller('beta')
    ).visits
      .suggestTimes({ locationId: 'alpha', date: TUESDAY, householdId: family.id, track: 1 })
      .catch((e: unknown) => e);
    expect(errorCode(suggest)).toBe('FORBIDDEN');
    expect(await db.prisma.dayPlan.count()).toBe(0);
    const denied = await db.prisma.auditEvent.findMany({ where: { outcome: 'denied' } });
    expect(denied.map((d) => d.procedure).sort()).toEqual([
      'visits.planDay',
      'visits.suggestTimes',
    ]);
  });

  it('suggestTimes offers at most three times within opening hours, least waiting first', async () => {
    // Another Tigrinya speaker: the location has one Tigrinya interpreter, and the couple
    // invited at 09:30 keeps them for their whole stay.
    const single = await household(db, 'TEST-TI1', 'ti', ['1995-05-05']);
    const chainMinutes = 60 + 30 + 30 + 45; // track 2 at DEMO_CONFIG: af, fk, skv, kommun
    const times = await (
      await caller()
    ).visits.suggestTimes({ locationId: 'alpha', date: TUESDAY, householdId: single.id, track: 2 });

    expect(times.length).toBeGreaterThan(0);
    expect(times.length).toBeLessThanOrEqual(3);
    for (const t of times) {
      expect(minutes(t.time) % 30).toBe(0);
      expect(minutes(t.time)).toBeGreaterThanOrEqual(minutes(OPENS));
      expect(minutes(t.time) + t.expectedMinutesInBuilding).toBeLessThanOrEqual(minutes(CLOSES));
      expect(t.expectedMinutesInBuilding).toBe(chainMinutes + t.waitingMinutes);
    }
    const waiting = times.map((t) => t.waitingMinutes);
    expect(waiting).toEqual([...waiting].sort((a, b) => a - b));
    expect(new Set(times.map((t) => t.time)).size).toBe(times.length);
    // The one Tigrinya interpreter stays with the couple invited at 09:30 until 12:15 at the
    // earliest. The best time keeps both households from waiting: after the couple's day.
    expect(times[0]?.waitingMinutes).toBe(0);
    expect(minutes(times[0]!.time)).toBeGreaterThanOrEqual(minutes('12:15'));

    // A household already booked that day is fitted in without its own booking: the family of
    // six is not competing with itself for the family room and the Arabic interpreters.
    const forFamily = await (
      await caller()
    ).visits.suggestTimes({ locationId: 'alpha', date: TUESDAY, householdId: family.id, track: 1 });
    expect(forFamily[0]?.waitingMinutes).toBe(0);
    expect(minutes(forFamily[0]!.time)).toBeLessThan(minutes('12:00'));

    const audit = await db.prisma.auditEvent.findMany({
      where: { procedure: 'visits.suggestTimes' },
    });
    expect(audit.map((a) => a.householdId).sort()).toEqual([single.id, family.id].sort());
  });
});
