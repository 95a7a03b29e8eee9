import { z } from 'zod';
import {
  MAX_SUGGESTED_TIMES,
  SuggestedTime,
  SuggestTimesInput,
  todayInSweden,
} from '@motesplats/contracts';
import type { TrackId } from '@motesplats/location-config';
import { formatClock, type DayInput, type DayPlan } from '@motesplats/scheduling';
import { chainFor, LOCATION_TIME_ZONE } from '@motesplats/tracks';
import { query } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import { badRequest } from '../../core/bad-request.js';
import { loadHouseholdInScope } from '../newcomers/household-scope.js';
import { isoDate } from '../newcomers/to-dto.js';
import {
  bookingsOf,
  interpreterLanguage,
  loadLocationConfig,
  minutesOf,
  openingHoursOn,
  peopleInRoom,
  plannedVisitInclude,
  resourcesFor,
  runPlanner,
} from './day-input.js';
import { PLAN_SEED } from './plan-day.js';
import { dbDate } from '../../core/db-dates.js';

/** Invitation times are offered on this grid, in minutes (every half hour). */
export const SUGGESTION_STEP_MINUTES = 30;
/** The wall-clock budget of all planner runs of one call together. */
export const SUGGESTION_BUDGET_MS = 1200;
/** Bounds of one planner run, so the budget is shared whatever the number of candidates. */
const TRY_LIMIT_MS = { min: 10, max: 100 } as const;
const TRY_MAX_ITERATIONS = 300;

const CANDIDATE_ID = 'suggested-visit';

const CLOCK_IN_SWEDEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: LOCATION_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type Outcome = {
  time: number;
  expectedMinutesInBuilding: number;
  waitingMinutes: number;
  /** The other households' minutes in the building, from their invitation times. */
  othersMinutes: number;
};

/** Per placed visit: from its invitation time (or opening) to the end of its last meeting. */
function minutesInBuilding(day: DayInput, plan: DayPlan): Map<string, number> {
  const opens = minutesOf(day.opens);
  const arrival = new Map(
    day.visits.map((v) => [v.id, Math.max(opens, v.earliest ? minutesOf(v.earliest) : opens)]),
  );
  const lastEnd = new Map<string, number>();
  for (const a of plan.assignments) {
    lastEnd.set(a.visitId, Math.max(lastEnd.get(a.visitId) ?? 0, minutesOf(a.end)));
  }
  return new Map([...lastEnd].map(([id, end]) => [id, end - (arrival.get(id) ?? opens)]));
}

/**
 * Up to three invitation times for a household on a day, the ones that keep it waiting least.
 * Each candidate time (every half hour the household's chain still fits before closing) is
 * tried by planning the day's bookings with the household added, invited at that time, with a
 * small share of a fixed budget per run. A time at which the household cannot be placed, or
 * that pushes an already booked household out of the plan, is not offered. Ranked by the
 * household's waiting (its minutes from the invitation time to its last meeting's end, less its
 * meeting minutes), then by the other households' minutes in the building counted the same way
 * (so a time that makes an already invited household wait ranks lower), then by the earlier
 * time. Both count from the invitation time, not from the first meeting as the planner's own
 * objective does: waiting in the lobby before the first meeting is waiting too.
 *
 * A query: nothing is booked or stored; the booking UI offers the times and then calls
 * visits.book with the chosen one.
 */
export const suggestTimes = query({
  permission: 'visits:plan',
  personalData: true,
  input: SuggestTimesInput,
  output: z.array(SuggestedTime).max(MAX_SUGGESTED_TIMES),
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const household = await loadHouseholdInScope(ctx, input.householdId);
    if (household.locationId !== input.locationId) {
      throw badRequest([
        { path: 'householdId', message: `expected a household of '${input.locationId}'` },
      ]);
    }
    const config = await loadLocationConfig(ctx, input.locationId);
    const hours = openingHoursOn(config, input.date);
    const now = ctx.deps.now();
    const today = todayInSweden(now);
    if (input.date < today) {
      throw badRequest([{ path: 'date', message: `${input.date} is in the past` }]);
    }

    const chain = chainFor(config, String(input.track) as TrackId, {
      onDate: input.date,
      members: household.members.map((m) => ({ birthDate: isoDate(m.birthDate) })),
      ...(household.municipalityCode ? { municipalityCode: household.municipalityCode } : {}),
      ...(household.needsFinancialAssistance !== null
        ? { needsFinancialAssistance: household.needsFinancialAssistance }
        : {}),
    });
    if (!chain.ok) {
      throw badRequest([{ path: 'track', message: `${chain.error.code}: ${chain.error.message}` }]);
    }
    const steps = chain.steps.map((s) => ({ actor: s.actor, minutes: s.minutes }));
    const chainMinutes = steps.reduce((sum, s) => sum + s.minutes, 0);
    const language = interpreterLanguage(household.language);

    await ctx.audit({
      action: 'read',
      entity: 'household',
      entityId: household.id,
      locationId: input.locationId,
      householdId: household.id,
      detail: { view: 'suggest-times', date: input.date, track: input.track },
    });

    // The household's own booking that day, if any, is what the suggestion would replace.
    const rows = await ctx.db.visit.findMany({
      where: {
        locationId: input.locationId,
        date: dbDate(input.date),
        householdId: { not: household.id },
      },
      include: plannedVisitInclude,
      orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }],
    });
    const base: DayInput = {
      date: input.date,
      ...hours,
      ...resourcesFor(config),
      visits: bookingsOf(rows).visits,
    };

    const opens = minutesOf(hours.opens);
    const closes = minutesOf(hours.closes);
    const notBefore = input.date === today ? minutesOf(CLOCK_IN_SWEDEN.format(now)) : 0;
    const first =
      Math.ceil(Math.max(opens, notBefore) / SUGGESTION_STEP_MINUTES) * SUGGESTION_STEP_MINUTES;
    const candidates: number[] = [];
    for (let t = first; t + chainMinutes <= closes; t += SUGGESTION_STEP_MINUTES) {
      candidates.push(t);
    }
    if (candidates.length === 0) return [];

    const perTry = Math.min(
      TRY_LIMIT_MS.max,
      Math.max(TRY_LIMIT_MS.min, Math.floor(SUGGESTION_BUDGET_MS / (candidates.length + 1))),
    );
    const options = { timeLimitMs: perTry, maxIterations: TRY_MAX_ITERATIONS, seed: PLAN_SEED };
    const placedBefore = base.visits.length - runPlanner(base, options).unplaced.length;

    const outcomes: Outcome[] = [];
    for (const time of candidates) {
      const day: DayInput = {
        ...base,
        visits: [
          ...base.visits,
          {
            id: CANDIDATE_ID,
            people: peopleInRoom(household.members.length, language),
            language,
            earliest: formatClock(time),
            steps,
          },
        ],
      };
      const plan = runPlanner(day, options);
      const stays = minutesInBuilding(day, plan);
      const own = stays.get(CANDIDATE_ID);
      if (own === undefined) continue;
      if (stays.size - 1 < placedBefore) continue;
      let othersMinutes = 0;
      for (const [id, minutes] of stays) if (id !== CANDIDATE_ID) othersMinutes += minutes;
      outcomes.push({
        time,
        expectedMinutesInBuilding: own,
        waitingMinutes: own - chainMinutes,
        othersMinutes,
      });
    }

    outcomes.sort(
      (a, b) =>
        a.waitingMinutes - b.waitingMinutes || a.othersMinutes - b.othersMinutes || a.time - b.time,
    );
    return outcomes.slice(0, MAX_SUGGESTED_TIMES).map((o) => ({
      time: formatClock(o.time),
      expectedMinutesInBuilding: o.expectedMinutesInBuilding,
      waitingMinutes: o.waitingMinutes,
    }));
  },
});
