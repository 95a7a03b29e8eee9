import { z } from 'zod';
import { ActorId } from './actors.js';
import { BranchSchema } from './branch.js';
import { TracksSchema } from './chain.js';
import { InfoSheetLanguage } from './info-sheet-languages.js';
import { InterpreterPoolEntrySchema } from './interpreters.js';
import { MobileTeamSchema } from './mobile-team.js';
import { MunicipalitySchema } from './municipality.js';
import { OpeningHoursEntrySchema } from './opening-hours.js';
import { RoomSchema } from './room.js';
import { SatelliteMunicipalitySchema } from './satellite.js';
import { Slug } from './slug.js';
import { NonEmptyText } from './text.js';
import { VenueSchema } from './venue.js';

/**
 * The types of a location's configuration, without the rules that relate fields to each other
 * (those are in ./rules and applied by LocationConfigSchema). Objects are strict: a hand-edited
 * config with a typo ("enabeld") must fail loudly rather than silently lose the setting.
 * Lists are required even when empty, so "no branches" is written down, not assumed.
 */
export const LocationConfigShapeSchema = z.strictObject({
  id: Slug,
  name: NonEmptyText,
  /** The home municipality: the one the location is in. */
  municipality: MunicipalitySchema,
  venue: VenueSchema,
  /** The actors physically present at the venue on a Mötesplats day. */
  actors: z.array(ActorId).min(1, { error: 'Expected at least one actor present' }),
  tracks: TracksSchema,
  satellites: z.array(SatelliteMunicipalitySchema),
  branches: z.array(BranchSchema),
  mobileTeams: z.array(MobileTeamSchema),
  rooms: z.array(RoomSchema).min(1, { error: 'Expected at least one room' }),
  interpreters: z.array(InterpreterPoolEntrySchema),
  infoSheetLanguages: z
    .array(InfoSheetLanguage)
    .min(1, { error: 'Expected at least one info-sheet language' }),
  openingHours: z
    .array(OpeningHoursEntrySchema)
    .min(1, { error: 'Expected at least one weekday with opening hours' }),
});

export type LocationConfig = z.infer<typeof LocationConfigShapeSchema>;
