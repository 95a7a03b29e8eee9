import type { ActorId } from '@motesplats/location-config';

/** A wall-clock time of the day, `HH:MM` (00:00–24:00). The API validates the shape. */
export type ClockTime = string;

export interface Room {
  id: string;
  /** How many people of one household fit in the room (the caseworker and interpreter come on top). */
  capacity: number;
}

export interface Caseworker {
  id: string;
  actor: ActorId;
  /** Working hours; missing means the location's opening hours. */
  from?: ClockTime;
  to?: ClockTime;
}

export interface Interpreter {
  id: string;
  languages: string[];
  from?: ClockTime;
  to?: ClockTime;
}

export interface VisitStep {
  actor: ActorId;
  minutes: number;
}

/** One household's booked day: the chain of meetings, in the order it must be taken. */
export interface Visit {
  id: string;
  people: number;
  /** The language the household needs an interpreter for; `null` when none is needed. */
  language: string | null;
  /** The household is not in the building before this time (its invitation time). */
  earliest?: ClockTime;
  steps: VisitStep[];
}

export interface DayInput {
  date: string;
  opens: ClockTime;
  closes: ClockTime;
  rooms: Room[];
  caseworkers: Caseworker[];
  interpreters: Interpreter[];
  visits: Visit[];
}

export interface Assignment {
  visitId: string;
  /** Index into the visit's `steps`. */
  step: number;
  actor: ActorId;
  start: ClockTime;
  end: ClockTime;
  roomId: string;
  caseworkerId: string;
  interpreterId: string | null;
}

/** Why a visit is not in the plan. Every code has a human-readable `reason` next to it. */
export type UnplacedCode =
  | 'NO_CASEWORKER_FOR_ACTOR'
  | 'NO_ROOM_FOR_FAMILY'
  | 'NO_INTERPRETER_FOR_LANGUAGE'
  | 'INTERPRETER_HOURS_TOO_SHORT'
  | 'DAY_TOO_SHORT'
  | 'INTERPRETER_BOOKED_UP'
  | 'NO_TIME_LEFT';

export interface Unplaced {
  visitId: string;
  code: UnplacedCode;
  reason: string;
}

export interface PlanMetrics {
  /** Mean over placed visits of last end − first start, in minutes. */
  meanTimeInBuilding: number;
  /** The longest total waiting of one household (time in building − its meeting minutes). */
  maxWaiting: number;
  /** Minutes from opening to the last step's end (0 when nothing is placed). */
  makespan: number;
  /** Share of the visits needing an interpreter that are placed with one interpreter for all steps. */
  interpreterContinuity: number;
  /** meanTimeInBuilding ÷ the mean per-visit lower bound, over the placed visits (1 when none). */
  lowerBoundRatio: number;
}

/** How the search ended; equal for equal seeds unless `stoppedBy` is `'time'`. */
export interface SearchStats {
  iterations: number;
  stoppedBy: 'iterations' | 'time' | 'optimal';
}

export interface DayPlan {
  assignments: Assignment[];
  unplaced: Unplaced[];
  metrics: PlanMetrics;
  search?: SearchStats;
}

export interface PlanOptions {
  /** Wall-clock cap on the search, default 300 ms. Construction always completes. */
  timeLimitMs?: number;
  /** Seed of the search's PRNG, default 1. */
  seed?: number;
  /** Cap on large-neighbourhood-search iterations, default 2000. Reached first ⇒ deterministic. */
  maxIterations?: number;
  /** Milliseconds clock, default `Date.now`; tests and hosts may inject their own. */
  now?: () => number;
}

export interface PlanIssue {
  code: string;
  message: string;
}

export interface LowerBound {
  /** Per visit: the sum of its step minutes. No plan can keep a household shorter. */
  perVisit: Record<string, number>;
  /** Minutes from opening that no complete plan can beat. */
  makespan: number;
}
