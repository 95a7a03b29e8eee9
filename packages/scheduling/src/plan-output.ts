import { formatClock } from './clock-time.js';
import type { DayModel } from './day-model.js';
import { computeMetrics } from './metrics.js';
import type { ScheduleState } from './schedule-state.js';
import type { Assignment, DayInput, DayPlan, SearchStats, Unplaced } from './types.js';
import { dynamicUnplacedReason } from './unplaced-reason.js';

/** Turns the search state back into the public plan: ids, `HH:MM`, reasons and metrics. */
export function toDayPlan(
  input: DayInput,
  model: DayModel,
  state: ScheduleState,
  staticReasons: ReadonlyMap<number, Unplaced>,
  search?: SearchStats,
): DayPlan {
  const assignments: Array<Assignment & { at: number; order: number }> = [];
  const unplaced: Unplaced[] = [];
  for (const v of model.visits) {
    const p = state.placements[v.index];
    if (!p) {
      unplaced.push(staticReasons.get(v.index) ?? dynamicUnplacedReason(state, v));
      continue;
    }
    p.starts.forEach((s, k) => {
      assignments.push({
        visitId: v.id,
        step: k,
        actor: v.actors[k]!,
        start: formatClock(s),
        end: formatClock(s + (v.minutes[k] as number)),
        roomId: model.rooms[p.rooms[k] as number]!.id,
        caseworkerId: model.caseworkers[p.caseworkers[k] as number]!.id,
        interpreterId: p.interpreter >= 0 ? model.interpreters[p.interpreter]!.id : null,
        at: s,
        order: v.index,
      });
    });
  }
  // A timetable is read by the clock: by start, then in the order the visits were booked.
  assignments.sort((a, b) => a.at - b.at || a.order - b.order || a.step - b.step);
  const clean = assignments.map(({ at: _at, order: _order, ...a }) => a);
  const plan: DayPlan = { assignments: clean, unplaced, metrics: computeMetrics(input, clean) };
  if (search) plan.search = search;
  return plan;
}
