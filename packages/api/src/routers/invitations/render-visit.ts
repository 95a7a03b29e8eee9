import { TRPCError } from '@trpc/server';
import type { InvitationDto, InvitationLanguage, Track } from '@motesplats/contracts';
import type { Visit } from '@motesplats/tracks';
import { composeInvitation } from './compose-invitation.js';
import type { VisitWithHousehold } from './load-visit.js';
import { locationConfigOf } from './location-config.js';
import { placeOf } from './place.js';
import { stepsOf } from './visit-steps.js';
import { isoDate } from '../../core/db-dates.js';

/**
 * A loaded visit's invitation in `language`: resolves the venue from the location's
 * configuration and the steps from the visit's state, then composes. The one path from a visit
 * row to an InvitationDto, for staff (invitations.get) and the newcomer (newcomer.invitation).
 * The caller checks scope and writes the audit event.
 */
export function invitationForVisit(
  visit: VisitWithHousehold,
  language: InvitationLanguage,
): InvitationDto {
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
  return composeInvitation({
    visitId: visit.id,
    language,
    track,
    date,
    time: visit.startTime,
    locationName: config.name,
    place,
    steps,
    members,
    householdLanguage: visit.household.language,
  });
}
