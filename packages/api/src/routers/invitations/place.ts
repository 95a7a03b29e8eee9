import type { InvitationPlace } from '@motesplats/contracts';
import type { MessageKey, MessageParams } from '@motesplats/i18n';
import type { Address, LocationConfig } from '@motesplats/location-config';

/** The place of the day, and how the invitation names it in the reader's language. */
export type ResolvedPlace = {
  place: InvitationPlace;
  label: { key: MessageKey; params: MessageParams };
};

function placeAt(venue: InvitationPlace['venue'], name: string, address: Address) {
  return {
    venue,
    name,
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    directions: address.directions ?? null,
  };
}

/**
 * The visit's venue from the location's configuration: the main venue, a branch or a mobile
 * team's venue by `venueId`. Null when the branch or team is no longer configured: the
 * invitation must then not guess, since sending people to the wrong building is the problem.
 */
export function placeOf(
  config: LocationConfig,
  venueKind: string,
  venueId: string | null,
): ResolvedPlace | null {
  switch (venueKind) {
    case 'main':
      return {
        place: placeAt('main', config.venue.name, config.venue.address),
        label: { key: `invitation.venue.${config.venue.kind}`, params: {} },
      };
    case 'branch': {
      const branch = config.branches.find((b) => b.id === venueId);
      if (!branch) return null;
      return {
        place: placeAt('branch', branch.name, branch.address),
        label: { key: 'invitation.venue.branch', params: { name: branch.address.city } },
      };
    }
    case 'mobile-team': {
      const team = config.mobileTeams.find((m) => m.id === venueId);
      if (!team) return null;
      return {
        place: placeAt('mobile-team', team.venue.name, team.venue.address),
        label: { key: 'invitation.venue.mobile-team', params: { name: team.venue.name } },
      };
    }
    default:
      return null;
  }
}
