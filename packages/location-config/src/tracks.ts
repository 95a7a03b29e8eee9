import { z } from 'zod';

/**
 * The three tracks (spår). They are named by who invites the newcomer: '1' Migrationsverket
 * (permit just granted, decision notified at the meeting), '2' Arbetsförmedlingen (already
 * notified, often family reunification), '3' the municipality (municipality-placed persons and
 * quota refugees). Keys are strings because they are object keys in a config ('tracks.1').
 */
export const TRACK_IDS = ['1', '2', '3'] as const;
export const TrackId = z.enum(TRACK_IDS);
export type TrackId = z.infer<typeof TrackId>;
