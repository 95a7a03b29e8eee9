import { parseClock } from './clock-time.js';
import type { Assignment, DayInput, PlanMetrics } from './types.js';

/**
 * The figures a plan is judged by, computed from the plan itself (not from solver internals) so
 * that `validatePlan` can recompute and check them and the baseline is measured the same way.
 */
export function computeMetrics(input: DayInput, assignments: readonly Assignment[]): PlanMetrics {
  const opens = parseClock(input.opens) ?? 0;
  const byVisit = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const list = byVisit.get(a.visitId);
    if (list) list.push(a);
    else byVisit.set(a.visitId, [a]);
  }
  let spanSum = 0;
  let boundSum = 0;
  let placed = 0;
  let maxWaiting = 0;
  let lastEnd = opens;
  let interpreted = 0;
  let continuous = 0;
  for (const v of input.visits) {
    const list = byVisit.get(v.id) ?? [];
    if (v.language !== null) {
      interpreted++;
      const ids = new Set(list.map((a) => a.interpreterId));
      const [only] = ids;
      if (list.length === v.steps.length && ids.size === 1 && only != null) continuous++;
    }
    if (list.length === 0) continue;
    const starts = list.map((a) => parseClock(a.start) ?? 0);
    const ends = list.map((a) => parseClock(a.end) ?? 0);
    const span = Math.max(...ends) - Math.min(...starts);
    const bound = v.steps.reduce((sum, s) => sum + s.minutes, 0);
    placed++;
    spanSum += span;
    boundSum += bound;
    maxWaiting = Math.max(maxWaiting, span - bound);
    lastEnd = Math.max(lastEnd, ...ends);
  }
  return {
    meanTimeInBuilding: placed === 0 ? 0 : round(spanSum / placed, 2),
    maxWaiting,
    makespan: lastEnd - opens,
    interpreterContinuity: interpreted === 0 ? 1 : round(continuous / interpreted, 4),
    lowerBoundRatio: boundSum === 0 ? 1 : round(spanSum / boundSum, 4),
  };
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
