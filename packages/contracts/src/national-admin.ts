import { z } from 'zod';
import {
  EXAMPLE_NAMES,
  MunicipalitySchema,
  NationalFrameSchema,
  Slug,
} from '@motesplats/location-config';
import { ActorId } from './actors.js';
import { IsoDate } from './dates.js';
import { LocationId } from './location.js';
import { IsoWeek, PulseStatus } from './stats.js';
import { Track } from './visits.js';

/** One problem in a configuration or a frame, at its path, e.g. 'tracks.1.chain[2].mode'. */
export const ConfigProblem = z.object({ path: z.string(), message: z.string() });
export type ConfigProblem = z.infer<typeof ConfigProblem>;

// ---- The national frame (Statens servicecenter) ----------------------------------------------

/** A location whose saved configuration breaks the frame, with every problem at its path. */
export const FrameBreach = z.object({
  locationId: LocationId,
  name: z.string(),
  problems: z.array(ConfigProblem),
});
export type FrameBreach = z.infer<typeof FrameBreach>;

/** The frame in force, the version an edit must name, and the locations that break it. */
export const NationalFrameDto = z.object({
  frame: NationalFrameSchema,
  version: z.number().int(),
  updatedAt: z.string(),
  /** Display name of whoever saved this version; null for the built-in default. */
  updatedBy: z.string().nullable(),
  breaches: z.array(FrameBreach),
});
export type NationalFrameDto = z.infer<typeof NationalFrameDto>;

/**
 * The frame arrives unchecked (`unknown`), as a location's configuration does: the handler
 * reports every problem with its path ('frame.maxChainMinutes') instead of one zod message.
 */
export const UpdateNationalFrameInput = z.strictObject({
  expectedVersion: z.number().int().min(1),
  frame: z.unknown(),
});
export type UpdateNationalFrameInput = z.input<typeof UpdateNationalFrameInput>;

// ---- All locations and their status ------------------------------------------------------------

export const LocationStatus = z.object({
  id: LocationId,
  name: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  actors: z.array(ActorId),
  tracksEnabled: z.array(Track),
  /** Where the saved configuration breaks the frame in force; empty when it keeps within it. */
  frameProblems: z.array(ConfigProblem),
  /** The newest weekly pulse report, if any. */
  lastPulse: z.object({ isoWeek: IsoWeek, status: PulseStatus }).nullable(),
  /** Visits booked from today (Swedish calendar day) on, in any state but cancelled or draft. */
  upcomingVisits: z.number().int(),
});
export type LocationStatus = z.infer<typeof LocationStatus>;

// ---- A new location from a template ------------------------------------------------------------

export const LocationTemplateName = z.enum(EXAMPLE_NAMES, {
  error: `expected one of the templates: ${EXAMPLE_NAMES.join(', ')}`,
});
export type LocationTemplateName = z.infer<typeof LocationTemplateName>;

export const LocationTemplate = z.object({
  id: LocationTemplateName,
  /** Swedish, for the wizard. */
  title: z.string(),
  description: z.string(),
  actors: z.array(ActorId),
  tracksEnabled: z.array(Track),
});
export type LocationTemplate = z.infer<typeof LocationTemplate>;

export const CreateLocationInput = z.strictObject({
  locationId: Slug,
  name: z.string().trim().min(1, { error: 'expected the location’s name' }).max(120),
  municipality: MunicipalitySchema,
  template: LocationTemplateName,
});
export type CreateLocationInput = z.input<typeof CreateLocationInput>;

// ---- Preview: the chains and a sample day for a draft configuration ----------------------------

export const PreviewDayInput = z.strictObject({
  locationId: LocationId,
  /** The draft, unchecked: an invalid one answers 400 with every problem under 'config.…'. */
  config: z.unknown(),
  /** The sample day; a day the draft keeps closed says so in `closedReason`. */
  date: IsoDate,
});
export type PreviewDayInput = z.input<typeof PreviewDayInput>;

export const PreviewChainStep = z.object({
  actor: ActorId,
  minutes: z.number().int(),
  mode: z.string(),
  condition: z.string().nullable(),
});

export const PreviewChain = z.object({
  track: Track,
  enabled: z.boolean(),
  steps: z.array(PreviewChainStep),
  totalMinutes: z.number().int(),
});
export type PreviewChain = z.infer<typeof PreviewChain>;

/** One invented sample household's planned day: no real person is involved. */
export const PreviewVisit = z.object({
  label: z.string(),
  track: Track,
  members: z.number().int(),
  language: z.string().nullable(),
  meetings: z.array(
    z.object({
      actor: ActorId,
      start: z.string(),
      end: z.string(),
      room: z.string().nullable(),
      mode: z.string(),
    }),
  ),
});
export type PreviewVisit = z.infer<typeof PreviewVisit>;

export const PreviewDayDto = z.object({
  chains: z.array(PreviewChain),
  date: IsoDate,
  /** Null when the location is open that day. */
  closedReason: z.string().nullable(),
  visits: z.array(PreviewVisit),
  /**
   * `code` is the day planner's UnplacedCode (e.g. 'NO_ROOM_FOR_FAMILY'), so a UI can say it in
   * its own language; null when the chain itself could not be made (`reason` says why).
   */
  unplaced: z.array(
    z.object({ label: z.string(), code: z.string().nullable(), reason: z.string() }),
  ),
});
export type PreviewDayDto = z.infer<typeof PreviewDayDto>;
