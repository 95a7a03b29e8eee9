import { TRPCError } from '@trpc/server';
import { InvitationDto, InvitationQuery, type Track } from '@motesplats/contracts';
import type { Visit } from '@motesplats/tracks';
import { query } from '../../core/procedure.js';
import { composeInvitation } from './compose-invitation.js';
import { loadVisitInScope } from './load-visit.js';
import { locationConfigOf } from './location-config.js';
import { placeOf } from './place.js';
import { stepsOf } from './visit-steps.js';
import { isoDate } from '../../core/db-dates.js';

/**
 * A visit's invitation (kallelse) in one of the six languages: time, place, whom they meet,
 * what to bring. The addressees are the household's members, so every read is audited.
 */
export const get = query({
  permission: 'invitations:read',
  personalData: true,
  input: InvitationQuery,
  output: InvitationDto,
  async handler({ ctx, input }) {
    const visit = await loadVisitInScope(ctx, input.visitId);
    const config = locationConfigOf(visit.location);
    const place = placeOf(config, visit.venueKind, visit.venueId);
    if (!place) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `visitId: the visit's venue (${visit.venueKind} '${visit.venueId ?? ''}') is not in the configuration of '${visit.locationId}'; rebook it at a configured venue`,
      });
    }
    const track = visit.track as Track;
    const date = isoDate(visit.date);
    const members = visit.household.members.map((m) => ({
      givenName: m.givenName,
      familyName: m.familyName,
      birthDate: isoDate(m.birthDate),
    }));
    const steps = stepsOf(visit.state as unknown as Visit | null, {
      track,
      household: {
        onDate: date,
        members: members.map(({ birthDate }) => ({ birthDate })),
        ...(visit.household.needsFinancialAssistance !== null
          ? { needsFinancialAssistance: visit.household.needsFinancialAssistance }
          : {}),
      },
    });
    const invitation = composeInvitation({
      visitId: visit.id,
      language: input.language,
      track,
      date,
      time: visit.startTime,
      locationName: config.name,
      place,
      steps,
      members,
      householdLanguage: visit.household.language,
    });
    await ctx.audit({
      action: 'read',
      entity: 'invitation',
      entityId: visit.id,
      locationId: visit.locationId,
      householdId: visit.householdId,
      detail: { language: input.language },
    });
    return invitation;
  },
});
