import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@motesplats/db/testing';
import type { Database } from '@motesplats/db';
import type { ActorId } from '@motesplats/contracts';
import { appRouter } from '../src/router.js';
import { createCallerFactory } from '../src/core/procedure.js';
import {
  clientMessage,
  contextFor,
  depsFor,
  errorCode,
  seedTwoLocations,
  userFor,
} from './support.js';

describe('booking and the day flow', () => {
  let db: Database;
  let fixture: Awaited<ReturnType<typeof seedTwoLocations>>;
  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await seedTwoLocations(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const caseworker = async (agency: ActorId, locationId = 'alpha') =>
    createCallerFactory(appRouter)(
      await contextFor(depsFor(db), { ...userFor('caseworker', locationId), agency }),
    );
  const key = () => crypto.randomUUID();
  const booking = (track: 1 | 2 | 3, extra: object = {}) => ({
    householdId: fixture.household.id,
    track,
    date: fixture.day,
    time: '10:00',
    preconditions: { permitCardReady: true, idDocumentsReady: false },
    idempotencyKey: key(),
    ...extra,
  });

  /** A spår 2 visit, checked in, with AF's first step started: the usual middle of the day. */
  const bookedCheckedInAndStarted = async () => {
    const af = await caseworker('af');
    let visit = await af.visits.book(booking(2));
    visit = await af.visits.checkIn({
      visitId: visit.id,
      expectedVersion: visit.version,
      idempotencyKey: key(),
    });
    return af.visits.startStep({
      visitId: visit.id,
      expectedVersion: visit.version,
      step: 0,
      actor: 'af',
      idempotencyKey: key(),
    });
  };

  it('AF booking a spår 1 visit is FORBIDDEN; MV may', async () => {
    const error = await (await caseworker('af')).visits.book(booking(1)).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
    expect(clientMessage(error)).toMatch(/^track: spår 1 is booked by mv/);
    const visit = await (await caseworker('mv')).visits.book(booking(1));
    expect(visit.steps[0]?.actor).toBe('mv');
  });

  it('books with the chain, the preconditions and an assessment of every member', async () => {
    const visit = await (await caseworker('af')).visits.book(booking(2));
    expect(visit).toMatchObject({
      status: 'booked',
      track: 2,
      invitingAgency: 'af',
      version: 2,
      currentStep: 0,
    });
    expect(visit.steps.map((s) => s.actor)).not.toContain('mv');
    expect(visit.atRisk.map((r) => r.code)).toEqual(['ID_DOCUMENTS_NOT_READY']);
    const assessments = await db.prisma.targetGroupAssessment.findMany();
    expect(assessments).toHaveLength(1);
    expect(assessments[0]).toMatchObject({ inTargetGroup: 'true', ruleSet: '2016-07-28' });
  });

  it('refuses someone outside the target group with the reasons, unless overridden with a reason', async () => {
    await db.prisma.newcomer.update({
      where: { id: fixture.household.members[0]!.id },
      data: { housing: null, permitChapter: 16 },
    });
    const error = await (await caseworker('af')).visits.book(booking(2)).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('PRECONDITION_FAILED');
    expect(clientMessage(error)).toMatch(/Testa Exempelsson: (not|not known) in the target group/);
    const visit = await (
      await caseworker('af')
    ).visits.book(
      booking(2, {
        override: { reason: 'Reunited with a spouse in the target group; confirmed by phone' },
      }),
    );
    expect(visit.overrideReason).toMatch(/Reunited/);
    expect(visit.atRisk.map((r) => r.code)).toContain('OUTSIDE_TARGET_GROUP');
  });

  it('walks a visit through its chain in order, each step by its own agency, to completion', async () => {
    let visit = await (await caseworker('af')).visits.book(booking(2));
    visit = await (
      await caseworker('af')
    ).visits.checkIn({ visitId: visit.id, expectedVersion: visit.version, idempotencyKey: key() });
    expect(visit.status).toBe('checked-in');
    const second = visit.steps[1]!;
    const outOfOrder = await (
      await caseworker(second.actor)
    ).visits
      .startStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: 1,
        actor: second.actor,
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(outOfOrder)).toBe('PRECONDITION_FAILED');
    for (const step of visit.steps) {
      const c = await caseworker(step.actor);
      if (step.actor === 'pm') {
        visit = await c.visits.skipStep({
          visitId: visit.id,
          expectedVersion: visit.version,
          step: step.index,
          actor: step.actor,
          reason: 'nobody is 65 or over',
          idempotencyKey: key(),
        });
        continue;
      }
      visit = await c.visits.startStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: step.index,
        actor: step.actor,
        idempotencyKey: key(),
      });
      expect(visit.steps[step.index]?.heldBy).not.toBeNull();
      visit = await c.visits.completeStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: step.index,
        actor: step.actor,
        idempotencyKey: key(),
      });
    }
    expect(visit.status).toBe('completed');
    expect(visit.steps.every((s) => s.status === 'completed' || s.status === 'skipped')).toBe(true);
  });

  it('another agency cannot complete a step that is not theirs', async () => {
    const visit = await bookedCheckedInAndStarted();
    const error = await (
      await caseworker('skv')
    ).visits
      .completeStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: 0,
        actor: 'af',
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('FORBIDDEN');
  });

  it('two caseworkers completing the same step at the same time: one succeeds, the other gets CONFLICT', async () => {
    const visit = await bookedCheckedInAndStarted();
    const [a, b] = [await caseworker('af'), await caseworker('af')];
    const results = await Promise.allSettled([
      a.visits.completeStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: 0,
        actor: 'af',
        idempotencyKey: key(),
      }),
      b.visits.completeStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: 0,
        actor: 'af',
        idempotencyKey: key(),
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(errorCode(rejected.reason)).toBe('CONFLICT');
    const row = await db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } });
    expect(row.version).toBe(visit.version + 1);
  });

  it('reschedules and cancels while booked, records a no-show, and refuses what the state machine forbids', async () => {
    const c = await caseworker('af');
    let visit = await c.visits.book(booking(2));
    visit = await c.visits.reschedule({
      visitId: visit.id,
      expectedVersion: visit.version,
      date: fixture.day,
      time: '13:30',
      idempotencyKey: key(),
    });
    expect(visit.time).toBe('13:30');
    const skipWithoutReason = await c.visits
      .skipStep({
        visitId: visit.id,
        expectedVersion: visit.version,
        step: 0,
        actor: 'af',
        reason: '',
        idempotencyKey: key(),
      })
      .catch((e: unknown) => e);
    expect(errorCode(skipWithoutReason)).toBe('BAD_REQUEST');
    visit = await c.visits.noShow({
      visitId: visit.id,
      expectedVersion: visit.version,
      idempotencyKey: key(),
    });
    expect(visit.status).toBe('no-show');
    const cancelAfter = await c.visits
      .cancel({ visitId: visit.id, expectedVersion: visit.version, idempotencyKey: key() })
      .catch((e: unknown) => e);
    expect(errorCode(cancelAfter)).toBe('PRECONDITION_FAILED');
  });

  it('the day board shows every visit with its current step, who holds it and the risks; the queue shows mine', async () => {
    let visit = await (await caseworker('af')).visits.book(booking(2));
    visit = await (
      await caseworker('af')
    ).visits.checkIn({ visitId: visit.id, expectedVersion: visit.version, idempotencyKey: key() });
    // The caseworker who takes the step is a known staff member, as after a real sign-in.
    const holder = {
      ...userFor('caseworker', 'alpha'),
      agency: 'af' as const,
      displayName: 'Greta Arbetsdemo',
    };
    await db.prisma.staffMember.create({
      data: {
        id: holder.id,
        displayName: holder.displayName,
        role: 'caseworker',
        agency: 'af',
        locationId: 'alpha',
      },
    });
    await createCallerFactory(appRouter)(await contextFor(depsFor(db), holder)).visits.startStep({
      visitId: visit.id,
      expectedVersion: visit.version,
      step: 0,
      actor: 'af',
      idempotencyKey: key(),
    });
    const board = await (
      await caseworker('skv')
    ).visits.day({ locationId: 'alpha', date: fixture.day });
    expect(board).toHaveLength(2);
    const mine = board.find((v) => v.id === visit.id)!;
    expect(mine.currentStep).toBe(0);
    expect(mine.steps[0]?.heldBy?.name).toBe('Greta Arbetsdemo');
    expect(mine.atRisk.map((r) => r.code)).toEqual(['ID_DOCUMENTS_NOT_READY']);
    const queue = await (await caseworker('af')).visits.myQueue({ date: fixture.day });
    expect(queue[0]).toMatchObject({ id: visit.id, readyForMe: true, myStep: 0 });
    const otherLocation = await (
      await caseworker('af', 'beta')
    ).visits
      .day({ locationId: 'alpha', date: fixture.day })
      .catch((e: unknown) => e);
    expect(errorCode(otherLocation)).toBe('FORBIDDEN');
  });
});
