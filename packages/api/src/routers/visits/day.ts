import { z } from 'zod';
import { DayQuery, DayVisit, type PlannedVisitTimes } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { householdInclude } from '../newcomers/to-dto.js';
import { dayVisitDto, staffNamesFor } from './visit-dto.js';
import { plannedInvitationTimes, plannedTimesByVisit, readStoredPlan } from './stored-plan.js';
import { dbDate } from '../../core/db-dates.js';

/**
 * The location's board: every visit of the day with its current step, who holds it, and risks,
 * and its planned times from the day's stored plan (visits.planDay): null when there is no plan,
 * the plan left the visit out, or the visit changed since (cancelled, no-show, another time).
 */
export const day = query({
  permission: 'visits:read-day',
  personalData: true,
  input: DayQuery,
  output: z.array(DayVisit),
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const rows = await ctx.db.visit.findMany({
      where: { locationId: input.locationId, date: dbDate(input.date) },
      include: { household: { include: householdInclude } },
      orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }],
    });
    // One audit row per household shown, so each newcomer can later see who looked at them.
    await ctx.audit(
      ...(rows.length
        ? rows.map((row) => ({
            action: 'read' as const,
            entity: 'visit',
            entityId: row.id,
            locationId: input.locationId,
            householdId: row.householdId,
            detail: { view: 'day' },
          }))
        : [
            {
              action: 'read' as const,
              entity: 'day',
              locationId: input.locationId,
              detail: { date: input.date, visits: 0 },
            },
          ]),
    );
    const names = await staffNamesFor(ctx.db, rows);
    const stored = await ctx.db.dayPlan.findUnique({
      where: {
        locationId_date: {
          locationId: input.locationId,
          date: dbDate(input.date),
        },
      },
    });
    const view = stored ? readStoredPlan(stored.plan) : null;
    const planned = view ? plannedTimesByVisit(view) : new Map<string, PlannedVisitTimes>();
    const invitedAt = view ? plannedInvitationTimes(view) : new Map<string, string | undefined>();
    // A plan is shown for a visit only while it still holds: not for a cancelled or no-show
    // visit, nor for one whose time was changed after planning (plan the day again for it).
    const current = (row: (typeof rows)[number]) =>
      row.status !== 'cancelled' &&
      row.status !== 'no-show' &&
      invitedAt.get(row.id) === row.startTime;
    return rows.map((row) =>
      dayVisitDto(row, names, current(row) ? (planned.get(row.id) ?? null) : null),
    );
  },
});
