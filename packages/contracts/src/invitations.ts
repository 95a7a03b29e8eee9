import { z } from 'zod';
import { ActorId } from './actors.js';
import { ClockTime, IsoDate } from './dates.js';
import { Track } from './visits.js';

/**
 * The languages an invitation comes in: those of the national information sheet. This list
 * mirrors `LOCALES` in @motesplats/i18n, which contracts may not import (lint boundary); a test
 * in packages/api keeps the two equal.
 */
export const INVITATION_LANGUAGES = ['sv', 'en', 'ar', 'prs', 'so', 'ti'] as const;
export const InvitationLanguage = z.enum(INVITATION_LANGUAGES, {
  error: `expected one of ${INVITATION_LANGUAGES.join(', ')}`,
});
export type InvitationLanguage = z.infer<typeof InvitationLanguage>;

export const InvitationQuery = z.strictObject({
  visitId: z.uuid({ message: 'expected a visit id (UUID)' }),
  language: InvitationLanguage,
});
export type InvitationQuery = z.infer<typeof InvitationQuery>;

/** Where the day happens: the location's own venue, one of its branches, or a mobile team's venue. */
export const INVITATION_VENUES = ['main', 'branch', 'mobile-team'] as const;

/** The full address, as structured data beside the rendered `where` text. */
export const InvitationPlace = z.object({
  venue: z.enum(INVITATION_VENUES),
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  /** How to find the entrance, as the location wrote it (in Swedish), or null. */
  directions: z.string().nullable(),
});
export type InvitationPlace = z.infer<typeof InvitationPlace>;

/**
 * One actor the household meets, in chain order. 'home-municipality-info': the household's home
 * municipality (a satellite) is not at the office; the service office tells them how to reach it,
 * and `homeContact` is what the location wrote about that (in Swedish).
 */
export const InvitationMeeting = z.object({
  actor: ActorId,
  kind: z.enum(['meeting', 'home-municipality-info']),
  name: z.string(),
  municipality: z.string().nullable(),
  homeContact: z.string().nullable(),
});
export type InvitationMeeting = z.infer<typeof InvitationMeeting>;

export const BRING_ITEMS = [
  'identity',
  'permitCard',
  'decision',
  'certificates',
  'childrenDocuments',
] as const;
export const BringItem = z.enum(BRING_ITEMS);
export type BringItem = z.infer<typeof BringItem>;

/**
 * A visit's invitation (kallelse) as data, every text rendered in `language`. Personal data: the
 * addressees are the household's members.
 */
export const InvitationDto = z.object({
  visitId: z.string(),
  language: InvitationLanguage,
  dir: z.enum(['ltr', 'rtl']),
  /** Some text is machine-drafted and not yet reviewed: for staff previews only. */
  needsReview: z.boolean(),
  track: Track,
  title: z.string(),
  intro: z.string(),
  date: IsoDate,
  time: ClockTime,
  when: z.string(),
  where: z.string(),
  place: InvitationPlace,
  directions: z.string().nullable(),
  meetHeading: z.string(),
  meet: z.array(InvitationMeeting),
  bringHeading: z.string(),
  bring: z.array(z.object({ item: BringItem, text: z.string() })),
  hours: z.number().int().min(2),
  duration: z.string(),
  interpreter: z.string().nullable(),
  addressees: z.array(z.object({ givenName: z.string(), familyName: z.string() })),
});
export type InvitationDto = z.infer<typeof InvitationDto>;
