import { z } from 'zod';
import { MyQueueInput, QueueItem, todayInSweden } from '@motesplats/contracts';
import { FINAL_STATUSES } from '@motesplats/tracks';
import { query } from '../../core/procedure.js';
import { householdInclude } from '../newcomers/to-dto.js';
import { ownLocation } from '../newcomers/household-scope.js';
import { staffOf } from './apply-event.js';
import { dayVisitDto, staffNamesFor, visitState } from './visit-dto.js';
import { dbDate } from '../../core/db-dates.js';

/**
 * My agency's queue for the day: visits with a step of ours still open, those whose turn it is
 * first, then in booked order.
 */
export const myQueue = query({
  permission: 'visits:queue',
  personalData: true,
  input: MyQueueInput,
  output: z.array(QueueItem),
  async handler({ ctx, input }) {
    const me = staffOf(ctx);
    const locationId = ownLocation(ctx);
    const date = input.date ?? todayInSweden(ctx.deps.now());
    const rows = await ctx.db.visit.findMany({
      where: {
        locationId,
        date: dbDate(date),
        status: { notIn: [...FINAL_STATUSES] },
      },
      include: { household: { include: householdInclude } },
      orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }],
    });
    const mine = rows.flatMap((row) => {
      const state = visitState(row);
      const myStep = state.steps.findIndex(
        (step) =>
          (step.actor === me.actor || step.performers.includes(me.actor)) &&
          (step.status === 'pending' || step.status === 'in-progress'),
      );
      if (myStep === -1) return [];
      const readyForMe = state.currentStep === myStep && state.status !== 'booked';
      return [{ row, myStep, readyForMe }];
    });
    mine.sort((a, b) => Number(b.readyForMe) - Number(a.readyForMe));
    await ctx.audit(
      ...(mine.length
        ? mine.map(({ row }) => ({
            action: 'read' as const,
            entity: 'visit',
            entityId: row.id,
            locationId,
            householdId: row.householdId,
            detail: { view: 'queue', agency: me.actor },
          }))
        : [
            {
              action: 'read' as const,
              entity: 'queue',
              locationId,
              detail: { date, agency: me.actor, visits: 0 },
            },
          ]),
    );
    const names = await staffNamesFor(
      ctx.db,
      mine.map((m) => m.row),
    );
    return mine.map(({ row, myStep, readyForMe }) => ({
      ...dayVisitDto(row, names),
      myStep,
      readyForMe,
    }));
  },
});
