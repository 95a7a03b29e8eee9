import type { InvitationDto, Track } from '@motesplats/contracts';
import { direction, type Locale } from '@motesplats/i18n';
import { bringList } from './bring-list.js';
import { longDate } from './long-date.js';
import { meetingsOf } from './meetings.js';
import type { ResolvedPlace } from './place.js';
import { rendererFor } from './renderer.js';
import type { InvitationStep } from './visit-steps.js';

/** Everything an invitation is made of, already loaded and resolved. */
export type InvitationFacts = {
  visitId: string;
  language: Locale;
  track: Track;
  /** 'YYYY-MM-DD' and 'HH:MM', the visit's booked slot. */
  date: string;
  time: string;
  locationName: string;
  place: ResolvedPlace;
  steps: readonly InvitationStep[];
  members: ReadonlyArray<{ givenName: string; familyName: string; birthDate: string }>;
  /** The household's own language, or null when not known. */
  householdLanguage: string | null;
};

/** The seeds promise "about four hours"; never say less than two, whatever the minutes add to. */
const MIN_HOURS = 2;
/** Languages the staff speak themselves: no interpreter is booked for them. */
const STAFF_LANGUAGES: readonly string[] = ['sv', 'en'];

function addressLine(place: ResolvedPlace['place']): string {
  return `${place.street}, ${place.postalCode} ${place.city}`;
}

/** The invitation (kallelse) as data: pure, every text rendered in `facts.language`. */
export function composeInvitation(facts: InvitationFacts): InvitationDto {
  const r = rendererFor(facts.language);
  const { place, label } = facts.place;
  const minutes = facts.steps.reduce((sum, step) => sum + step.minutes, 0);
  const hours = Math.max(MIN_HOURS, Math.ceil(minutes / 60));
  const interpreterNeeded =
    facts.householdLanguage !== null && !STAFF_LANGUAGES.includes(facts.householdLanguage);
  const bring = bringList({
    track: facts.track,
    onDate: facts.date,
    birthDates: facts.members.map((m) => m.birthDate),
  }).map((item) => ({ item, text: r.t(`invitation.bring.${item}`) }));

  const invitation: Omit<InvitationDto, 'needsReview'> = {
    visitId: facts.visitId,
    language: facts.language,
    dir: direction(facts.language),
    track: facts.track,
    title: r.t('invitation.title'),
    intro: r.t('invitation.intro', { locationName: facts.locationName }),
    date: facts.date,
    time: facts.time,
    when: r.t('invitation.when', { date: longDate(facts.date, facts.language), time: facts.time }),
    where: r.t('invitation.where', {
      venue: r.t(label.key, label.params),
      address: addressLine(place),
    }),
    place,
    directions: place.directions
      ? r.t('invitation.directions', { directions: place.directions })
      : null,
    meetHeading: r.t('invitation.meetHeading'),
    meet: meetingsOf(facts.steps, r),
    bringHeading: r.t('invitation.bringHeading'),
    bring,
    hours,
    duration: r.t('invitation.duration', { hours }),
    interpreter: interpreterNeeded ? r.t('invitation.interpreter') : null,
    addressees: facts.members.map(({ givenName, familyName }) => ({ givenName, familyName })),
  };
  // Last, once every text has been rendered.
  return { ...invitation, needsReview: r.needsReview() };
}
