import { buildDayModel } from './day-model.js';
import { findPlacement } from './insertion.js';
import { toDayPlan } from './plan-output.js';
import { ScheduleState } from './schedule-state.js';
import type { DayInput, DayPlan, Unplaced } from './types.js';
import { staticUnplacedReason } from './unplaced-reason.js';

/**
 * The naive baseline the planner is measured against: first come, first served. Households are
 * taken in invitation order; each starts as soon as its chain can run at all, every meeting is
 * as early as possible after the previous one, and the first free room, caseworker and
 * interpreter is taken. It obeys every hard constraint (one interpreter per household included),
 * so the comparison is only about the quality of the timetable.
 */
export function planDayFcfs(input: DayInput): DayPlan {
  const model = buildDayModel(input);
  const state = new ScheduleState(model);
  const staticReasons = new Map<number, Unplaced>();
  const queue = [...model.visits].sort((a, b) => a.release - b.release || a.index - b.index);
  for (const v of queue) {
    const reason = staticUnplacedReason(model, v);
    if (reason) {
      staticReasons.set(v.index, reason);
      continue;
    }
    const p = findPlacement(state, v, 'fcfs');
    if (p) state.book(v.index, p);
  }
  return toDayPlan(input, model, state, staticReasons);
}
