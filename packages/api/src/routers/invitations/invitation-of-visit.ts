import { TRPCError } from '@trpc/server';
import type { InvitationDto, Track } from '@motesplats/contracts';
import type { Locale } from '@motesplats/i18n';
import type { Visit } from '@motesplats/tracks';
import { isoDate } from '../../core/db-dates.js';
import { composeInvitation } from './compose-invitation.js';
import type { VisitWithHousehold } from './load-visit.js';
import { locationConfigOf } from './location-config.js';
import { placeOf } from './place.js';
import { stepsOf } from './visit-steps.js';

/**
 * The invitation of a loaded visit in one language: the one composition shared by the tRPC
 * procedure `invitations.get` and the printable PDF. Pure apart from the checks on the
 * location's configuration; auditing is the caller's job.
 */
export function invitationOfVisit(visit: VisitWithHousehold, language: Locale): InvitationDto {
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
