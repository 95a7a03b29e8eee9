import { z } from 'zod';
import { ActorId } from './actors.js';
import { LocationId } from './location.js';
import { ClockTime, IsoDate } from './dates.js';

export const Track = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Track = z.infer<typeof Track>;

export const DayQuery = z.object({ locationId: LocationId, date: IsoDate });
export type DayQuery = z.infer<typeof DayQuery>;

export const DayVisitMember = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: IsoDate,
});

/** One booked household on a location's day, as the day board shows it. Personal data. */
export const DayVisit = z.object({
  id: z.string(),
  startTime: ClockTime,
  track: Track,
  invitingAgency: ActorId,
  status: z.string(),
  household: z.object({
    id: z.string(),
    reference: z.string(),
    members: z.array(DayVisitMember),
  }),
});
export type DayVisit = z.infer<typeof DayVisit>;
