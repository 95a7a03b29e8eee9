import type { ActorId, TrackId } from '@motesplats/location-config';
import type { PlannedStep } from './planned-step.js';

/**
 * draft → booked → checked-in → in-progress → completed, with the side exits no-show (booked,
 * never checked in) and cancelled (any time before completion). completed, no-show and
 * cancelled are final.
 */
export const VISIT_STATUSES = [
  'draft',
  'booked',
  'checked-in',
  'in-progress',
  'completed',
  'no-show',
  'cancelled',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const FINAL_STATUSES: readonly VisitStatus[] = ['completed', 'no-show', 'cancelled'];

/** completed and skipped are both "done": the chain may move past them. */
export const STEP_STATUSES = ['pending', 'in-progress', 'completed', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Who did something: the agency and the caseworker's id (no name: ids are resolved elsewhere). */
export type Staff = { actor: ActorId; caseworkerId: string };
export type Stamp = { at: string; by: Staff };

/** The booked day ('YYYY-MM-DD', Swedish calendar) and time of day ('HH:MM'). */
export type Slot = { date: string; time: string };

export type VisitStep = PlannedStep & {
  status: StepStatus;
  started?: Stamp;
  completed?: Stamp;
  skipped?: Stamp & { reason: string };
};

/**
 * One household's Mötesplats visit. A plain value: transition() returns a new one and never
 * changes its input. `version` counts accepted events (1 when created), for the API's
 * optimistic concurrency: a write based on an older version is a conflict.
 */
export type Visit = {
  id: string;
  locationId: string;
  track: TrackId;
  status: VisitStatus;
  slot: Slot | null;
  steps: VisitStep[];
  /** The first step neither completed nor skipped; null once every step is done. */
  currentStep: number | null;
  version: number;
  booked?: Stamp;
  /** The latest reschedule and the slot it moved from. */
  rescheduled?: Stamp & { from: Slot };
  checkedIn?: Stamp;
  completedAt?: string;
  noShow?: Stamp;
  cancelled?: Stamp & { reason?: string };
};

export function isStepDone(step: Pick<VisitStep, 'status'>): boolean {
  return step.status === 'completed' || step.status === 'skipped';
}

export function firstOpenStep(steps: readonly VisitStep[]): number | null {
  const index = steps.findIndex((step) => !isStepDone(step));
  return index === -1 ? null : index;
}
