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

export const VenueChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('main') }),
  z.strictObject({ kind: z.literal('branch'), id: z.string().min(1) }),
  z.strictObject({ kind: z.literal('mobile-team'), id: z.string().min(1) }),
]);
export type VenueChoice = z.infer<typeof VenueChoice>;

/** Recorded at booking; a missing one puts the visit at risk on the day board. */
export const Preconditions = z.strictObject({
  permitCardReady: z.boolean(),
  idDocumentsReady: z.boolean(),
});

export const BookVisitInput = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }),
  track: Track,
  date: IsoDate,
  time: ClockTime,
  venue: VenueChoice.default({ kind: 'main' }),
  preconditions: Preconditions,
  /** Books someone outside the target group anyway; the reason is kept with the visit. */
  override: z
    .strictObject({
      reason: z.string().trim().min(10, 'expected a reason of at least 10 characters'),
    })
    .optional(),
});
export type BookVisitInput = z.infer<typeof BookVisitInput>;

const VisitVersion = {
  visitId: z.uuid({ message: 'expected a visit id (UUID)' }),
  /** The version the caller saw: a change made since then is a CONFLICT, not overwritten. */
  expectedVersion: z.number().int().min(1),
};
export const VisitActionInput = z.strictObject(VisitVersion);
export const RescheduleVisitInput = z.strictObject({
  ...VisitVersion,
  date: IsoDate,
  time: ClockTime,
});
export const CancelVisitInput = z.strictObject({
  ...VisitVersion,
  reason: z.string().trim().max(500).optional(),
});
export const StepActionInput = z.strictObject({
  ...VisitVersion,
  step: z.number().int().min(0),
  actor: ActorId,
});
export const SkipStepInput = z.strictObject({
  ...VisitVersion,
  step: z.number().int().min(0),
  actor: ActorId,
  reason: z.string().trim().min(3, 'expected a reason for skipping the step'),
});

export const RiskFlag = z.object({
  code: z.enum(['PERMIT_CARD_NOT_READY', 'ID_DOCUMENTS_NOT_READY', 'OUTSIDE_TARGET_GROUP']),
  message: z.string(),
});

export const VisitStepDto = z.object({
  index: z.number().int(),
  actor: ActorId,
  kind: z.enum(['meeting', 'home-municipality-info']),
  mode: z.enum(['in-person', 'video']),
  minutes: z.number().int(),
  status: z.enum(['pending', 'in-progress', 'completed', 'skipped']),
  /** Who holds the step: the caseworker who started it, while it is in progress. */
  heldBy: z
    .object({ caseworkerId: z.string(), name: z.string().nullable(), since: z.string() })
    .nullable(),
  skipReason: z.string().nullable(),
});

export const VisitDto = z.object({
  id: z.string(),
  locationId: LocationId,
  householdId: z.string(),
  track: Track,
  invitingAgency: ActorId,
  status: z.enum([
    'draft',
    'booked',
    'checked-in',
    'in-progress',
    'completed',
    'no-show',
    'cancelled',
  ]),
  date: IsoDate,
  time: ClockTime,
  venue: z.object({ kind: z.enum(['main', 'branch', 'mobile-team']), id: z.string().nullable() }),
  preconditions: z.object({ permitCardReady: z.boolean(), idDocumentsReady: z.boolean() }),
  atRisk: z.array(RiskFlag),
  overrideReason: z.string().nullable(),
  currentStep: z.number().int().nullable(),
  steps: z.array(VisitStepDto),
  version: z.number().int(),
});
export type VisitDto = z.infer<typeof VisitDto>;

/** One meeting of a visit as the stored day plan has it (`step` is VisitDto.steps[].index). */
export const PlannedStepTimes = z.object({
  step: z.number().int().min(0),
  start: ClockTime,
  end: ClockTime,
  roomId: z.string(),
  interpreterId: z.string().nullable(),
});

/** A visit's planned day: its first meeting's start, its last meeting's end, and each meeting. */
export const PlannedVisitTimes = z.object({
  start: ClockTime,
  end: ClockTime,
  steps: z.array(PlannedStepTimes),
});
export type PlannedVisitTimes = z.infer<typeof PlannedVisitTimes>;

/** One booked household on a location's day, as the day board shows it. Personal data. */
export const DayVisit = VisitDto.extend({
  household: z.object({
    id: z.string(),
    reference: z.string(),
    members: z.array(DayVisitMember),
  }),
  /** From the stored day plan (visits.planDay); null when no plan was made or it left the visit out. */
  planned: PlannedVisitTimes.nullable().optional(),
});
export type DayVisit = z.infer<typeof DayVisit>;

export const MyQueueInput = z.strictObject({ date: IsoDate.optional() });

/** A visit in my agency's queue, with the step that is mine and whether it is up now. */
export const QueueItem = DayVisit.extend({
  myStep: z.number().int(),
  readyForMe: z.boolean(),
});
export type QueueItem = z.infer<typeof QueueItem>;
