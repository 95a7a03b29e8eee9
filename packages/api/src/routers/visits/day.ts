import { z } from 'zod';
import { ActorId, DayQuery, DayVisit, Track } from '@motesplats/contracts';
import { query } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';

const isoDate = (value: Date) => value.toISOString().slice(0, 10);

export const day = query({
  permission: 'visits:read-day',
  personalData: true,
  input: DayQuery,
  output: z.array(DayVisit),
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const visits = await ctx.db.visit.findMany({
      where: { locationId: input.locationId, date: new Date(`${input.date}T00:00:00Z`) },
      include: { household: { include: { members: { orderBy: { birthDate: 'asc' } } } } },
      orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }],
    });
    // One audit row per household shown, so each newcomer can later see who looked at them.
    await ctx.audit(
      ...(visits.length
        ? visits.map((visit) => ({
            action: 'read' as const,
            entity: 'visit',
            entityId: visit.id,
            locationId: input.locationId,
            householdId: visit.householdId,
            detail: { view: 'day', members: visit.household.members.length },
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
    return visits.map((visit) => ({
      id: visit.id,
      startTime: visit.startTime,
      track: Track.parse(visit.track),
      invitingAgency: ActorId.parse(visit.invitingAgency),
      status: visit.status,
      household: {
        id: visit.household.id,
        reference: visit.household.reference,
        members: visit.household.members.map((member) => ({
          id: member.id,
          givenName: member.givenName,
          familyName: member.familyName,
          birthDate: isoDate(member.birthDate),
        })),
      },
    }));
  },
});
