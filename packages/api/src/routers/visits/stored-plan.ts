import { z } from 'zod';
import {
  ClockTime,
  DayPlanMetrics,
  NotPlannedVisit,
  PlannedAssignment,
  PlanStaffing,
  UnplacedVisit,
  type DayPlanDto,
  type PlannedVisitTimes,
} from '@motesplats/contracts';
import type { DayPlan as DayPlanRow } from '@motesplats/db';
import type { DayInput, DayPlan } from '@motesplats/scheduling';
import { isoDate } from '../newcomers/to-dto.js';

/**
 * What the DayPlan row's `plan` column holds: the planner's exact input and output, so the plan
 * can be re-validated (`validatePlan(stored.input, stored.plan)`) and explained later, plus what
 * the API added around it. Assignment `step`s are planner indexes; `stepIndex` maps them to the
 * visit's own step indexes.
 */
export const STORED_PLAN_FORMAT = 'day-plan/1';

export type StoredDayPlan = {
  format: typeof STORED_PLAN_FORMAT;
  input: DayInput;
  plan: DayPlan;
  stepIndex: Record<string, number[]>;
  notPlanned: Array<z.infer<typeof NotPlannedVisit>>;
  staffing: z.infer<typeof PlanStaffing>;
};

/** The part of a stored plan the API reads back; anything else (an older format) is ignored. */
const StoredDayPlanView = z.object({
  format: z.literal(STORED_PLAN_FORMAT),
  input: z.object({
    opens: ClockTime,
    closes: ClockTime,
    rooms: z.array(z.object({ id: z.string(), capacity: z.number().int() })),
    caseworkers: z.array(PlannedAssignment.pick({ actor: true }).extend({ id: z.string() })),
    interpreters: z.array(z.object({ id: z.string(), languages: z.array(z.string()) })),
    visits: z.array(z.object({ id: z.string(), earliest: ClockTime.optional() })),
  }),
  plan: z.object({
    assignments: z.array(PlannedAssignment),
    unplaced: z.array(UnplacedVisit),
    metrics: DayPlanMetrics,
    search: z
      .object({
        iterations: z.number().int(),
        stoppedBy: z.enum(['iterations', 'time', 'optimal']),
      })
      .optional(),
  }),
  stepIndex: z.record(z.string(), z.array(z.number().int())),
  notPlanned: z.array(NotPlannedVisit),
  staffing: PlanStaffing,
});
type StoredDayPlanView = z.infer<typeof StoredDayPlanView>;

export function readStoredPlan(json: unknown): StoredDayPlanView | null {
  const parsed = StoredDayPlanView.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function visitStep(stored: StoredDayPlanView, visitId: string, plannerStep: number): number {
  return stored.stepIndex[visitId]?.[plannerStep] ?? plannerStep;
}

export function dayPlanDto(row: DayPlanRow, stored: StoredDayPlanView): DayPlanDto {
  const { input, plan } = stored;
  return {
    locationId: row.locationId,
    date: isoDate(row.date),
    plannedAt: row.createdAt.toISOString(),
    plannedBy: row.createdBy,
    opens: input.opens,
    closes: input.closes,
    assignments: plan.assignments.map((a) => ({
      ...a,
      step: visitStep(stored, a.visitId, a.step),
    })),
    unplaced: plan.unplaced,
    notPlanned: stored.notPlanned,
    metrics: plan.metrics,
    search: plan.search ?? null,
    staffing: stored.staffing,
    resources: {
      rooms: input.rooms,
      caseworkers: input.caseworkers,
      interpreters: input.interpreters,
    },
  };
}

/** The invitation time each visit was planned with, to tell when a plan is stale for it. */
export function plannedInvitationTimes(stored: StoredDayPlanView): Map<string, string | undefined> {
  return new Map(stored.input.visits.map((v) => [v.id, v.earliest]));
}

/** Each placed visit's planned day, for the day board. */
export function plannedTimesByVisit(stored: StoredDayPlanView): Map<string, PlannedVisitTimes> {
  const byVisit = new Map<string, PlannedVisitTimes>();
  // Times are zero-padded 'HH:MM', so string order is time order.
  const sorted = [...stored.plan.assignments].sort((a, b) => a.start.localeCompare(b.start));
  for (const a of sorted) {
    const step = {
      step: visitStep(stored, a.visitId, a.step),
      start: a.start,
      end: a.end,
      roomId: a.roomId,
      interpreterId: a.interpreterId,
    };
    const entry = byVisit.get(a.visitId);
    if (!entry) byVisit.set(a.visitId, { start: a.start, end: a.end, steps: [step] });
    else {
      entry.steps.push(step);
      if (a.end > entry.end) entry.end = a.end;
    }
  }
  return byVisit;
}
