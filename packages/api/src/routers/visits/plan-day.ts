import { TRPCError } from '@trpc/server';
import { DayPlanDto, PLAN_TIME_LIMIT_MS, PlanDayInput } from '@motesplats/contracts';
import { validatePlan, type DayInput, type UnplacedCode } from '@motesplats/scheduling';
import type { Prisma } from '@motesplats/db';
import type { z } from 'zod';
import { mutation } from '../../core/procedure.js';
import { assertLocationScope } from '../../auth/location-scope.js';
import {
  STAFFING,
  bookingsOf,
  loadLocationConfig,
  openingHoursOn,
  plannedVisitInclude,
  resourcesFor,
  runPlanner,
} from './day-input.js';
import {
  STORED_PLAN_FORMAT,
  dayPlanDto,
  readStoredPlan,
  type StoredDayPlan,
} from './stored-plan.js';
import { dbDate } from '../../core/db-dates.js';

// The contract lists the planner's unplaced codes by hand (contracts depends on no domain
// package but location-config); this fails to compile when the two lists drift apart.
type ContractCode = z.infer<typeof DayPlanDto>['unplaced'][number]['code'];
const sameCodes: [UnplacedCode, ContractCode] extends [ContractCode, UnplacedCode] ? true : never =
  true;
void sameCodes;

/** The seed of the planner's search: a fixed one makes equal days give equal plans. */
export const PLAN_SEED = 1;

/**
 * Plans a location's day with the day planner and stores the plan (one per location and date;
 * planning again replaces it). See ./day-input.ts for what is planned and the assumptions made.
 *
 * Personal data: the plan holds visit ids, times and rooms but no names; it is built from the
 * households' sizes and languages, though, and its interpreter ids name the language
 * ('ti-1'), so a visit id in it reveals the household's language. It is treated as personal
 * data: one audit row per visit planned, plus one for the plan itself.
 */
export const planDay = mutation({
  permission: 'visits:plan',
  personalData: true,
  input: PlanDayInput,
  output: DayPlanDto,
  async handler({ ctx, input }) {
    assertLocationScope(ctx.session, input.locationId);
    const config = await loadLocationConfig(ctx, input.locationId);
    const hours = openingHoursOn(config, input.date);
    const date = dbDate(input.date);
    const rows = await ctx.db.visit.findMany({
      where: { locationId: input.locationId, date },
      include: plannedVisitInclude,
      orderBy: [{ startTime: 'asc' }, { createdAt: 'asc' }],
    });
    const bookings = bookingsOf(rows);
    const day: DayInput = {
      date: input.date,
      ...hours,
      ...resourcesFor(config),
      visits: bookings.visits,
    };
    const plan = runPlanner(day, {
      timeLimitMs: input.timeLimitMs ?? PLAN_TIME_LIMIT_MS.default,
      seed: PLAN_SEED,
    });
    const issues = validatePlan(day, plan);
    if (issues.length > 0) {
      // The planner promises valid plans; storing a broken one would mislead the whole day.
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: `The day planner produced an invalid plan (a planner bug): ${issues
          .map((i) => `${i.code}: ${i.message}`)
          .join('; ')}`,
      });
    }

    const stored: StoredDayPlan = {
      format: STORED_PLAN_FORMAT,
      input: day,
      plan,
      stepIndex: bookings.stepIndex,
      notPlanned: bookings.notPlanned,
      staffing: STAFFING,
    };
    const json = stored as unknown as Prisma.InputJsonValue;
    const createdBy = ctx.session?.id ?? null;
    const createdAt = ctx.deps.now();
    const row = await ctx.db.dayPlan.upsert({
      where: { locationId_date: { locationId: input.locationId, date } },
      create: { locationId: input.locationId, date, plan: json, createdAt, createdBy },
      update: { plan: json, createdAt, createdBy },
    });

    await ctx.audit(
      ...bookings.rows.map((visit) => ({
        action: 'read' as const,
        entity: 'visit',
        entityId: visit.id,
        locationId: input.locationId,
        householdId: visit.householdId,
        detail: { view: 'plan', date: input.date },
      })),
      {
        action: 'update',
        entity: 'day-plan',
        entityId: row.id,
        locationId: input.locationId,
        detail: {
          date: input.date,
          visits: bookings.visits.length,
          unplaced: plan.unplaced.length,
        },
      },
    );

    const view = readStoredPlan(row.plan);
    if (!view) {
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'The stored day plan does not read back in its own format',
      });
    }
    return dayPlanDto(row, view);
  },
});
