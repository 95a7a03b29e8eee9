export type {
  Assignment,
  Caseworker,
  ClockTime,
  DayInput,
  DayPlan,
  Interpreter,
  LowerBound,
  PlanIssue,
  PlanMetrics,
  PlanOptions,
  Room,
  SearchStats,
  Unplaced,
  UnplacedCode,
  Visit,
  VisitStep,
} from './types.js';
export { DayInputError } from './day-input-error.js';
export { planDay, DEFAULT_MAX_ITERATIONS, DEFAULT_TIME_LIMIT_MS } from './plan-day.js';
export { planDayFcfs } from './plan-day-fcfs.js';
export { validatePlan } from './validate-plan.js';
export { lowerBound } from './lower-bound.js';
export { computeMetrics } from './metrics.js';
export { formatClock, parseClock } from './clock-time.js';
