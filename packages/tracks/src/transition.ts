import { ACTOR_NAMES } from '@motesplats/location-config';
import type { VisitResult } from './create-visit.js';
import { swedishDate } from './timestamp.js';
import type { Slot, Stamp, Visit, VisitStatus, VisitStep } from './visit.js';
import { firstOpenStep, isStepDone } from './visit.js';
import type { VisitError, VisitErrorCode } from './visit-errors.js';
import type { VisitEvent } from './visit-events.js';
import { VisitEventSchema } from './visit-events.js';

type StepEvent = Extract<VisitEvent, { type: 'start-step' | 'complete-step' | 'skip-step' }>;

/** The statuses in which the chain of meetings is being walked. */
const ON_SITE: readonly VisitStatus[] = ['checked-in', 'in-progress'];
const CANCELLABLE: readonly VisitStatus[] = ['draft', 'booked', 'checked-in', 'in-progress'];

/**
 * Applies one event to a visit. Accepted: a new visit with `version + 1`. Refused: an error with
 * a code from VISIT_ERROR_CODES, and the caller keeps the visit it had (it is never changed).
 * The event is validated here too, so a caller without the zod edge cannot corrupt a visit.
 */
export function transition(visit: Visit, event: VisitEvent): VisitResult {
  const parsed = VisitEventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'event';
    return refuse('INVALID_INPUT', `${field}: ${issue?.message ?? 'invalid event'}`);
  }
  const e = parsed.data;
  const stamp: Stamp = { at: e.at, by: { ...e.by } };
  const today = swedishDate(e.at);

  switch (e.type) {
    case 'book':
    case 'reschedule': {
      const from: VisitStatus = e.type === 'book' ? 'draft' : 'booked';
      if (visit.status !== from) {
        return illegal(
          visit,
          e.type,
          e.type === 'book' ? 'a draft' : 'a booked visit, before check-in',
        );
      }
      if (e.date < today) {
        return refuse(
          'WRONG_DAY',
          `Expected a visit day on or after today (${today}), got ${e.date}`,
        );
      }
      const slot = { date: e.date, time: e.time };
      if (e.type === 'book') return accept(visit, { status: 'booked', slot, booked: stamp });
      const previous = bookedSlot(visit);
      if (!previous.ok) return previous;
      return accept(visit, { slot, rescheduled: { ...stamp, from: { ...previous.slot } } });
    }

    case 'check-in': {
      if (visit.status !== 'booked') return illegal(visit, e.type, 'a booked visit');
      const booked = bookedSlot(visit);
      if (!booked.ok) return booked;
      if (today !== booked.slot.date) {
        return refuse(
          'WRONG_DAY',
          `Expected check-in on the visit day ${booked.slot.date}, not ${today}`,
        );
      }
      return accept(visit, { status: 'checked-in', checkedIn: stamp });
    }

    case 'no-show': {
      if (visit.status !== 'booked') {
        return illegal(visit, e.type, 'a booked visit that was never checked in');
      }
      const booked = bookedSlot(visit);
      if (!booked.ok) return booked;
      if (today < booked.slot.date) {
        return refuse(
          'WRONG_DAY',
          `Expected a no-show on or after the visit day ${booked.slot.date}, not ${today}`,
        );
      }
      return accept(visit, { status: 'no-show', noShow: stamp });
    }

    case 'cancel': {
      if (!CANCELLABLE.includes(visit.status)) {
        return illegal(visit, e.type, 'a visit that is not completed, no-show or cancelled');
      }
      const reason = e.reason?.trim();
      return accept(visit, {
        status: 'cancelled',
        cancelled: reason ? { ...stamp, reason } : stamp,
      });
    }

    case 'start-step':
    case 'complete-step':
    case 'skip-step':
      return stepTransition(visit, e, stamp);
  }
}

function stepTransition(visit: Visit, e: StepEvent, stamp: Stamp): VisitResult {
  if (!ON_SITE.includes(visit.status)) {
    return illegal(visit, e.type, 'a checked-in visit');
  }
  const step = visit.steps[e.step];
  if (!step) {
    return refuse(
      'UNKNOWN_STEP',
      `Expected a step index from 0 to ${visit.steps.length - 1}, got ${e.step}`,
    );
  }
  const label = `step ${e.step}`;
  if (step.actor !== e.actor) {
    return refuse(
      'WRONG_ACTOR',
      `Expected ${label} to be ${e.actor}'s, but it is ${step.actor}'s (${ACTOR_NAMES[step.actor].sv})`,
    );
  }
  // Skipping is open to any caseworker (the step's own agency may be the one missing today),
  // but the reason and who skipped are recorded. Running a meeting is the performers' alone.
  if (e.type !== 'skip-step' && !step.performers.includes(e.by.actor)) {
    return refuse(
      'WRONG_ACTOR',
      `Expected a caseworker from ${step.performers.join(' or ')} to run ${label}, not ${e.by.actor}`,
    );
  }
  if (isStepDone(step)) {
    return refuse(
      'ALREADY_COMPLETED',
      `Expected ${label} to be open, but it is already ${step.status}`,
    );
  }
  if (e.type === 'skip-step') {
    // Skipping may jump ahead (a later step known to be unnecessary): order binds only meetings.
    const reason = e.reason?.trim();
    if (!reason) return refuse('REASON_REQUIRED', `Expected a reason for skipping ${label}`);
    const skipped: VisitStep = { ...step, status: 'skipped', skipped: { ...stamp, reason } };
    return withStep(visit, e.step, skipped, stamp);
  }

  const earlierOpen = visit.steps.slice(0, e.step).findIndex((s) => !isStepDone(s));
  if (earlierOpen !== -1) {
    return refuse(
      'OUT_OF_ORDER',
      `Expected step ${earlierOpen} to be completed or skipped before ${label}`,
    );
  }
  if (e.type === 'start-step') {
    if (step.status === 'in-progress') {
      return refuse('ILLEGAL_TRANSITION', `Expected ${label} to be pending, not in progress`);
    }
    return withStep(visit, e.step, { ...step, status: 'in-progress', started: stamp }, stamp);
  }
  if (step.status !== 'in-progress') {
    return refuse('NOT_STARTED', `Expected ${label} to be started before it is completed`);
  }
  return withStep(visit, e.step, { ...step, status: 'completed', completed: stamp }, stamp);
}

/**
 * Replaces one step and derives the rest: the current step, and the visit's completion once
 * every step is completed or skipped (the last one done completes the visit).
 */
function withStep(visit: Visit, index: number, step: VisitStep, stamp: Stamp): VisitResult {
  const steps = visit.steps.map((s, i) => (i === index ? step : s));
  const currentStep = firstOpenStep(steps);
  if (currentStep === null) {
    return accept(visit, { steps, currentStep, status: 'completed', completedAt: stamp.at });
  }
  return accept(visit, { steps, currentStep, status: 'in-progress' });
}

/**
 * A booked visit always has a slot (only 'book' leaves 'draft', and it sets one); a visit value
 * that says otherwise was built by hand or corrupted, and is refused rather than trusted.
 */
function bookedSlot(visit: Visit): { ok: true; slot: Slot } | { ok: false; error: VisitError } {
  if (visit.slot) return { ok: true, slot: visit.slot };
  return {
    ok: false,
    error: { code: 'INVALID_INPUT', message: `Expected a slot on a ${visit.status} visit` },
  };
}

function accept(visit: Visit, changes: Partial<Visit>): VisitResult {
  return { ok: true, visit: { ...visit, ...changes, version: visit.version + 1 } };
}

function refuse(code: VisitErrorCode, message: string): VisitResult {
  return { ok: false, error: { code, message } };
}

function illegal(visit: Visit, type: VisitEvent['type'], expected: string): VisitResult {
  return refuse(
    'ILLEGAL_TRANSITION',
    `Expected ${expected} for ${type}, but the visit is ${visit.status}`,
  );
}
