import { TRPCError } from '@trpc/server';
import {
  parseLocationConfig,
  TRACK_IDS,
  WEEKDAYS,
  type ActorId,
  type LocationConfig,
  type Weekday,
} from '@motesplats/location-config';
import {
  DayInputError,
  planDay,
  type DayInput,
  type DayPlan,
  type PlanOptions,
  type Visit as PlannerVisit,
  type VisitStep as PlannerStep,
} from '@motesplats/scheduling';
import type { NotPlannedVisit, PlanStaffing } from '@motesplats/contracts';
import type { Prisma, Visit as VisitRow } from '@motesplats/db';
import type { z } from 'zod';
import type { HandlerContext } from '../../core/procedure.js';
import { badRequest } from '../../core/bad-request.js';
import { visitState } from './visit-dto.js';

/**
 * How the API turns a location's configuration and its bookings into the day planner's input
 * (@motesplats/scheduling `DayInput`). Every assumption the planner depends on is here, named.
 */

/**
 * ASSUMPTION, until locations keep a staffing roster: every actor present at the location
 * (config.actors) sends this many caseworkers, each working the whole opening hours of the day.
 * Ids are `<actor>-<n>`, e.g. 'af-1', 'af-2'.
 */
export const CASEWORKERS_PER_ACTOR = 2;

export const STAFFING: z.infer<typeof PlanStaffing> = {
  source: 'assumed',
  caseworkersPerActor: CASEWORKERS_PER_ACTOR,
};

/** Languages the caseworkers speak themselves: a household speaking one needs no interpreter. */
export const NO_INTERPRETER_LANGUAGES: ReadonlySet<string> = new Set(['sv']);

/**
 * The language a household needs an interpreter for, or null. English counts as any other
 * language: a location that meets English speakers without an interpreter leaves 'en' out of
 * the household's language, and one that books English interpreters lists them in its pool.
 */
export function interpreterLanguage(householdLanguage: string | null): string | null {
  if (householdLanguage === null || NO_INTERPRETER_LANGUAGES.has(householdLanguage)) return null;
  return householdLanguage;
}

/**
 * How many people sit in the room during a meeting. A location's room capacity counts everyone
 * in it, newcomers and staff (location-config RoomSchema), while the planner's `people` is what
 * must fit the room's capacity. So the household's members, its caseworker and, when it needs
 * one, its interpreter.
 */
export function peopleInRoom(members: number, language: string | null): number {
  return Math.max(members, 1) + 1 + (language === null ? 0 : 1);
}

/** The location's configuration, parsed; an invalid one stops planning until an admin fixes it. */
export async function loadLocationConfig(
  ctx: HandlerContext,
  locationId: string,
): Promise<LocationConfig> {
  const location = await ctx.db.location.findUnique({ where: { id: locationId } });
  if (!location) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `locationId: no location '${locationId}'` });
  }
  const parsed = parseLocationConfig(location.config);
  if (!parsed.ok) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `The configuration of '${locationId}' is invalid; an admin must fix it first`,
    });
  }
  return parsed.config;
}

/**
 * The weekday of a calendar date. The API's dates are Swedish calendar days (Europe/Stockholm),
 * and a calendar day's weekday does not depend on the time zone, so noon UTC is safe.
 */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/** The opening hours on `date`, or null when the location is closed that day. */
export function openingHoursEntryOn(
  config: LocationConfig,
  date: string,
): { opens: string; closes: string } | null {
  const weekday = weekdayOf(date);
  const entry = config.openingHours.find((h) => h.weekday === weekday);
  return entry ? { opens: entry.opens, closes: entry.closes } : null;
}

/** The opening hours on `date`; a weekday without hours is a BAD_REQUEST naming the date. */
export function openingHoursOn(
  config: LocationConfig,
  date: string,
): { opens: string; closes: string } {
  const entry = openingHoursEntryOn(config, date);
  if (!entry) {
    const weekday = weekdayOf(date);
    const open = config.openingHours.map((h) => h.weekday).join(', ');
    throw badRequest([
      {
        path: 'date',
        message: `${config.id} is closed on ${date} (${weekday}); it is open on ${open}`,
      },
    ]);
  }
  return entry;
}

/**
 * The actors that join by video only: a 'video' step of an enabled track whose actor is not
 * present at the location (config.actors). The configuration allows exactly this (an in-person
 * step needs a present actor), so the day must staff it.
 */
export function videoOnlyActors(config: LocationConfig): ActorId[] {
  const actors = new Set<ActorId>();
  for (const track of TRACK_IDS) {
    const { enabled, chain } = config.tracks[track];
    if (!enabled) continue;
    for (const step of chain) {
      if (step.mode === 'video' && !config.actors.includes(step.actor)) actors.add(step.actor);
    }
  }
  return [...actors];
}

/**
 * Rooms, caseworkers and interpreters of the day, from the configuration (see STAFFING).
 * ASSUMPTION for video meetings: an actor that joins by video only (videoOnlyActors) has
 * CASEWORKERS_PER_ACTOR caseworkers too, working remotely; the household still sits in one of
 * the venue's rooms, at the screen, so the planner books a room for a video meeting as for any.
 */
export function resourcesFor(
  config: LocationConfig,
): Pick<DayInput, 'rooms' | 'caseworkers' | 'interpreters'> {
  const numbered = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  return {
    rooms: config.rooms.map((room) => ({ id: room.id, capacity: room.capacity })),
    caseworkers: [...config.actors, ...videoOnlyActors(config)].flatMap((actor) =>
      numbered(CASEWORKERS_PER_ACTOR).map((n) => ({ id: `${actor}-${n}`, actor })),
    ),
    interpreters: config.interpreters.flatMap((pool) =>
      numbered(pool.count).map((n) => ({
        id: `${pool.language}-${n}`,
        languages: [pool.language],
      })),
    ),
  };
}

/** What planning needs of each visit row: its household's language and size, nothing else. */
export const plannedVisitInclude = {
  household: { select: { language: true, _count: { select: { members: true } } } },
} satisfies Prisma.VisitInclude;
export type PlannableVisitRow = VisitRow & {
  household: { language: string | null; _count: { members: number } };
};

export type Bookings = {
  visits: PlannerVisit[];
  /** Per planned visit: the visit's own step index of each planner step. */
  stepIndex: Record<string, number[]>;
  notPlanned: Array<z.infer<typeof NotPlannedVisit>>;
  /** The rows given to the planner. */
  rows: PlannableVisitRow[];
};

/**
 * The day's visits as the planner sees them. Planned: visits still 'booked' (not yet checked
 * in) at the main venue, with every open step of their chain, no earlier than their invitation
 * time. Left out: cancelled and no-show visits, visits already checked in or further (they are
 * on the floor; the planner cannot pin meetings already under way), and visits at a branch or
 * with a mobile team, which do not use the venue's rooms.
 */
export function bookingsOf(rows: readonly PlannableVisitRow[]): Bookings {
  const out: Bookings = { visits: [], stepIndex: {}, notPlanned: [], rows: [] };
  for (const row of rows) {
    const state = visitState(row);
    if (row.venueKind !== 'main') {
      out.notPlanned.push({ visitId: row.id, status: state.status, code: 'OTHER_VENUE' });
      continue;
    }
    const open = state.steps.flatMap((step, index) =>
      step.status === 'pending' ? [{ step, index }] : [],
    );
    if (state.status !== 'booked' || open.length === 0) {
      out.notPlanned.push({ visitId: row.id, status: state.status, code: 'NOT_BOOKED' });
      continue;
    }
    const language = interpreterLanguage(row.household.language);
    out.visits.push({
      id: row.id,
      people: peopleInRoom(row.household._count.members, language),
      language,
      earliest: row.startTime,
      steps: open.map(({ step }): PlannerStep => ({ actor: step.actor, minutes: step.minutes })),
    });
    out.stepIndex[row.id] = open.map(({ index }) => index);
    out.rows.push(row);
  }
  return out;
}

/**
 * Runs the planner. Its input is built here from validated data, so a `DayInputError` is a bug
 * on this side of the call (or corrupt stored data), not the caller's: an INTERNAL error.
 */
export function runPlanner(input: DayInput, opts: PlanOptions): DayPlan {
  try {
    return planDay(input, opts);
  } catch (error) {
    if (error instanceof DayInputError) {
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: `The day planner refused its input: ${error.issues.map((i) => i.message).join('; ')}`,
        cause: error,
      });
    }
    throw error;
  }
}

/** Minutes since midnight of an 'HH:MM' time (already validated). */
export function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}
