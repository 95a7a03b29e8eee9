import { z } from 'zod';
import { ActorId } from './actors.js';
import { ClockTime, IsoDate } from './dates.js';
import { LocationId } from './location.js';
import { Track } from './visits.js';

/** Bounds of the planner's wall-clock budget for one planDay call, in milliseconds. */
export const PLAN_TIME_LIMIT_MS = { min: 10, max: 2000, default: 300 } as const;

export const PlanDayInput = z.strictObject({
  locationId: LocationId,
  /** The Mötesplats day, a Swedish calendar day (Europe/Stockholm). */
  date: IsoDate,
  /** The search's wall-clock cap; a valid plan exists after construction whatever the cap. */
  timeLimitMs: z
    .int({ error: 'expected a whole number of milliseconds' })
    .min(PLAN_TIME_LIMIT_MS.min)
    .max(PLAN_TIME_LIMIT_MS.max)
    .optional(),
});
export type PlanDayInput = z.infer<typeof PlanDayInput>;

/** One meeting in the plan. `step` is the index into the visit's steps (VisitDto.steps[].index). */
export const PlannedAssignment = z.object({
  visitId: z.string(),
  step: z.number().int().min(0),
  actor: ActorId,
  start: ClockTime,
  end: ClockTime,
  roomId: z.string(),
  caseworkerId: z.string(),
  /** The household's one interpreter for the whole day; null when it needs none. */
  interpreterId: z.string().nullable(),
});
export type PlannedAssignment = z.infer<typeof PlannedAssignment>;

/** Why the planner could not place a household (the codes of @motesplats/scheduling). */
export const UNPLACED_CODES = [
  'NO_CASEWORKER_FOR_ACTOR',
  'NO_ROOM_FOR_FAMILY',
  'NO_INTERPRETER_FOR_LANGUAGE',
  'INTERPRETER_HOURS_TOO_SHORT',
  'DAY_TOO_SHORT',
  'INTERPRETER_BOOKED_UP',
  'NO_TIME_LEFT',
] as const;
export const UnplacedCode = z.enum(UNPLACED_CODES);
export type UnplacedCode = z.infer<typeof UnplacedCode>;

export const UnplacedVisit = z.object({
  visitId: z.string(),
  code: UnplacedCode,
  /** A sentence for the location admin. */
  reason: z.string(),
});

/**
 * A visit of the day that was not given to the planner: no longer (or not yet) a booking to plan
 * (cancelled, no-show, already checked in or further), or booked at a branch or mobile team.
 */
export const NOT_PLANNED_CODES = ['NOT_BOOKED', 'OTHER_VENUE'] as const;
export const NotPlannedVisit = z.object({
  visitId: z.string(),
  status: z.string(),
  code: z.enum(NOT_PLANNED_CODES),
});

export const DayPlanMetrics = z.object({
  /** Mean over placed visits of last end − first start, in minutes. */
  meanTimeInBuilding: z.number(),
  /** The longest total waiting of one household, in minutes. */
  maxWaiting: z.number(),
  /** Minutes from opening to the last meeting's end. */
  makespan: z.number(),
  /** Share of the households needing an interpreter that keep one interpreter all day. */
  interpreterContinuity: z.number(),
  /** meanTimeInBuilding ÷ the mean per-visit lower bound (1 is optimal). */
  lowerBoundRatio: z.number(),
});

/**
 * Where the day's staff came from. There is no staffing roster yet, so the API assumes a fixed
 * number of caseworkers per actor present, working the opening hours ('assumed'); a roster
 * would make it 'roster'.
 */
export const PlanStaffing = z.object({
  source: z.enum(['assumed', 'roster']),
  caseworkersPerActor: z.number().int().nullable(),
});

export const DayPlanResources = z.object({
  rooms: z.array(z.object({ id: z.string(), capacity: z.number().int() })),
  caseworkers: z.array(z.object({ id: z.string(), actor: ActorId })),
  interpreters: z.array(z.object({ id: z.string(), languages: z.array(z.string()) })),
});

/** A location's planned day as the planner left it: every booked visit placed or unplaced. */
export const DayPlanDto = z.object({
  locationId: LocationId,
  date: IsoDate,
  /** ISO 8601 instant of the planning run, and the staff member who ran it. */
  plannedAt: z.string(),
  plannedBy: z.string().nullable(),
  opens: ClockTime,
  closes: ClockTime,
  assignments: z.array(PlannedAssignment),
  unplaced: z.array(UnplacedVisit),
  notPlanned: z.array(NotPlannedVisit),
  metrics: DayPlanMetrics,
  search: z
    .object({
      iterations: z.number().int(),
      stoppedBy: z.enum(['iterations', 'time', 'optimal']),
    })
    .nullable(),
  staffing: PlanStaffing,
  resources: DayPlanResources,
});
export type DayPlanDto = z.infer<typeof DayPlanDto>;

export const SuggestTimesInput = z.strictObject({
  locationId: LocationId,
  date: IsoDate,
  householdId: z.uuid({ message: 'expected a household id (UUID)' }),
  track: Track,
});
export type SuggestTimesInput = z.infer<typeof SuggestTimesInput>;

/** At most this many suggestions are returned. */
export const MAX_SUGGESTED_TIMES = 3;

/**
 * An invitation time and what the planner expects of it for this household: minutes from the
 * invitation time to the end of its last meeting, and how many of those are spent waiting.
 */
export const SuggestedTime = z.object({
  time: ClockTime,
  expectedMinutesInBuilding: z.number().int().min(0),
  waitingMinutes: z.number().int().min(0),
});
export type SuggestedTime = z.infer<typeof SuggestedTime>;
