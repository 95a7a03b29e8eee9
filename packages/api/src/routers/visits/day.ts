import { z } from 'zod';
import { DayQuery, DayVisit } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { householdInclude } from '../newcomers/to-dto.js';
import { dayVisitDto, staffNamesFor } from './visit-dto.js';

/** The location's board: every visit of the day with its current step, who holds it, and risks. */
export const day = query({
  permission: 'visits:read-day',
  personalData: true,
  input: DayQuery,
  output: z.array(DayVisit),
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const rows = await ctx.db.visit.findMany({
      where: { locationId: input.locationId, date: new Date(`${input.date}T00:00:00Z`) },
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
    return rows.map((row) => dayVisitDto(row, names));
  },
});
