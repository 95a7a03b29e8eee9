import { buildDayModel, type VisitModel } from './day-model.js';
import { findPlacement } from './insertion.js';
import { largeNeighbourhoodSearch, type SearchLimits } from './large-neighbourhood-search.js';
import { lowerBoundOf } from './lower-bound.js';
import { toDayPlan } from './plan-output.js';
import { mulberry32 } from './prng.js';
import { PRIORITY_RULES } from './priority-rules.js';
import { compareCost, type Cost, ScheduleState } from './schedule-state.js';
import type { DayInput, DayPlan, PlanOptions, Unplaced } from './types.js';
import { staticUnplacedReason } from './unplaced-reason.js';

export const DEFAULT_TIME_LIMIT_MS = 300;
export const DEFAULT_MAX_ITERATIONS = 2000;

/**
 * Plans one location's day: a constructive start (greedy best insertion under several priority
 * rules, the best one kept), then large neighbourhood search until the iteration cap, the time
 * limit or a provably optimal plan. The objective is lexicographic: place as many households as
 * possible, then minimise their total time in the building, then the makespan. Deterministic for
 * a seed as long as the time limit does not cut the search (`plan.search.stoppedBy !== 'time'`).
 */
export function planDay(input: DayInput, opts: PlanOptions = {}): DayPlan {
  const model = buildDayModel(input);
  const now = opts.now ?? Date.now;
  const deadline = now() + (opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const random = mulberry32(opts.seed ?? 1);

  const staticReasons = new Map<number, Unplaced>();
  const placeable: VisitModel[] = [];
  for (const v of model.visits) {
    const reason = staticUnplacedReason(model, v);
    if (reason) staticReasons.set(v.index, reason);
    else placeable.push(v);
  }

  let best: ScheduleState | null = null;
  let bestCost: Cost | null = null;
  for (const rule of PRIORITY_RULES) {
    const state = new ScheduleState(model);
    for (const v of rule(model, placeable)) {
      const p = findPlacement(state, v, 'best');
      if (p) state.book(v.index, p);
    }
    const cost = state.cost();
    if (!bestCost || compareCost(cost, bestCost) < 0) {
      best = state;
      bestCost = cost;
    }
  }
  const state = best ?? new ScheduleState(model);

  const floor: SearchLimits['floor'] = {
    unplaced: staticReasons.size,
    totalSpan: placeable.reduce((sum, v) => sum + v.total, 0),
    makespan: lowerBoundOf(model).makespan,
  };
  const search = largeNeighbourhoodSearch(state, placeable, {
    random,
    now,
    deadline,
    maxIterations: opts.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    floor,
  });
  return toDayPlan(input, model, state, staticReasons, search);
}
