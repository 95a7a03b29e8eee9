import { ACTOR_IDS } from '@motesplats/location-config';
import type { ActorId } from '@motesplats/location-config';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FINAL_STATUSES,
  VISIT_EVENT_TYPES,
  firstOpenStep,
  isStepDone,
  transition,
} from '../src/index.js';
import type { Visit, VisitEvent, VisitEventType, VisitStep } from '../src/index.js';
import { DAY, by, deepFreeze, draft } from './support.js';

/**
 * Random event sequences from a draft visit. Events are generated as "recipes" turned into an
 * event against the current visit, biased towards plausible ones (the current step, its actor,
 * a performer, the visit day) so that runs get deep into the chain; a share are wild (any index,
 * any actor, blank reasons, other days, malformed values) so that refusals are exercised too.
 */
type Recipe = {
  /** 'natural': the event that moves this visit forward (book a draft, check in, start, complete). */
  type: VisitEventType | 'natural';
  /** Relative to the current step, or an absolute (possibly out-of-range) index. */
  step: { relative: number } | { absolute: number };
  nameOwnActor: boolean;
  byPerformer: boolean;
  actor: ActorId;
  byActor: ActorId;
  reason: string | undefined;
  dayOffset: number;
  bookOffset: number;
  malformed: boolean;
};

/** true with probability 9/10 (or the given odds). */
const mostly = (yes = 9, no = 1) =>
  fc.oneof(
    { weight: yes, arbitrary: fc.constant(true) },
    { weight: no, arbitrary: fc.constant(false) },
  );

const recipe: fc.Arbitrary<Recipe> = fc.record({
  type: fc.oneof(
    { weight: 5, arbitrary: fc.constant('natural' as const) },
    { weight: 1, arbitrary: fc.constantFrom<VisitEventType>(...VISIT_EVENT_TYPES) },
  ),
  step: fc.oneof(
    { weight: 12, arbitrary: fc.constant({ relative: 0 }) },
    { weight: 3, arbitrary: fc.integer({ min: -2, max: 3 }).map((relative) => ({ relative })) },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 8 }).map((absolute) => ({ absolute })) },
  ),
  nameOwnActor: mostly(),
  byPerformer: mostly(),
  actor: fc.constantFrom(...ACTOR_IDS),
  byActor: fc.constantFrom(...ACTOR_IDS),
  reason: fc.constantFrom(undefined, '', '   ', 'Already done elsewhere', 'Interpreter missing'),
  dayOffset: fc.oneof(
    { weight: 6, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) },
  ),
  bookOffset: fc.integer({ min: -1, max: 2 }),
  malformed: mostly(1, 30),
});

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function naturalNext(visit: Visit): VisitEventType {
  if (visit.status === 'draft') return 'book';
  if (visit.status === 'booked') return 'check-in';
  const current = visit.currentStep === null ? undefined : visit.steps[visit.currentStep];
  return current?.status === 'in-progress' ? 'complete-step' : 'start-step';
}

function toEvent(r: Recipe, visit: Visit, clock: number): VisitEvent {
  const type = r.type === 'natural' ? naturalNext(visit) : r.type;
  const date = plusDays(visit.slot?.date ?? DAY, r.dayOffset);
  const hh = String(8 + (Math.floor(clock / 60) % 10)).padStart(2, '0');
  const mm = String(clock % 60).padStart(2, '0');
  const at = r.malformed ? `${date} ${hh}:${mm}` : `${date}T${hh}:${mm}:00+01:00`;
  switch (type) {
    case 'book':
    case 'reschedule':
      return { type, at, by: by('af'), date: plusDays(date, r.bookOffset), time: '09:00' };
    case 'check-in':
    case 'no-show':
      return { type, at, by: by('skv') };
    case 'cancel':
      return { type, at, by: by('kommun'), reason: r.reason };
    case 'start-step':
    case 'complete-step':
    case 'skip-step': {
      const current = visit.currentStep ?? visit.steps.length - 1;
      const step = 'relative' in r.step ? current + r.step.relative : r.step.absolute;
      const target: VisitStep | undefined = visit.steps[step];
      const actor = r.nameOwnActor && target ? target.actor : r.actor;
      const who = r.byPerformer && target ? (target.performers[0] ?? r.byActor) : r.byActor;
      if (type === 'skip-step') return { type, at, by: by(who), step, actor, reason: r.reason };
      return { type, at, by: by(who), step, actor };
    }
  }
}

/** Checked after every accepted event. */
function checkInvariants(v: Visit): void {
  v.steps.forEach((step, i) => {
    // Order is kept: a step is under way or completed only when every earlier one is done.
    if (step.status === 'in-progress' || step.status === 'completed') {
      expect(v.steps.slice(0, i).every(isStepDone)).toBe(true);
    }
    // A skip always carries a reason.
    if (step.status === 'skipped') expect(step.skipped?.reason.trim()).toBeTruthy();
    if (step.status === 'completed') expect(step.completed && step.started).toBeTruthy();
  });
  expect(v.steps.filter((s) => s.status === 'in-progress').length).toBeLessThanOrEqual(1);
  // A completed visit has every step completed or skipped, and a visit whose steps are all done
  // is completed.
  expect(v.status === 'completed').toBe(v.steps.every(isStepDone));
  expect(v.currentStep).toBe(firstOpenStep(v.steps));
  // Only 'book' leaves 'draft' (bar cancelling), and it sets the slot.
  if (v.status !== 'draft' && v.status !== 'cancelled') expect(v.slot).not.toBeNull();
}

const STATUS_ORDER = { pending: 0, 'in-progress': 1, completed: 2, skipped: 2 } as const;

describe('visit state machine properties', () => {
  it('invariants hold for any event sequence; versions count accepted events exactly', () => {
    let completedRuns = 0;
    let refusals = 0;
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 80, size: 'max' }), (recipes) => {
        let visit = deepFreeze(draft());
        let accepted = 0;
        const completions = new Map<number, number>();
        recipes.forEach((r, clock) => {
          const event = toEvent(r, visit, clock);
          const before = visit;
          const snapshot = structuredClone(before);
          const result = transition(before, event);
          if (!result.ok) {
            refusals++;
            // Refused: nothing changed, not even the version.
            expect(before).toEqual(snapshot);
            return;
          }
          accepted++;
          const after = deepFreeze(result.visit);
          expect(after.version).toBe(before.version + 1);
          // A final status is final.
          expect(FINAL_STATUSES).not.toContain(before.status);
          // Steps only move forward, and a completion is never replaced.
          after.steps.forEach((step, i) => {
            const old = before.steps[i];
            expect(old).toBeDefined();
            if (!old) return;
            expect(STATUS_ORDER[step.status]).toBeGreaterThanOrEqual(STATUS_ORDER[old.status]);
            if (isStepDone(old)) expect(step).toBe(old);
            if (step.status === 'completed' && old.status !== 'completed') {
              completions.set(i, (completions.get(i) ?? 0) + 1);
            }
          });
          checkInvariants(after);
          visit = after;
        });
        // No step is completed twice, and the version is 1 + the accepted events.
        for (const count of completions.values()) expect(count).toBe(1);
        expect(visit.version).toBe(1 + accepted);
        if (visit.status === 'completed') completedRuns++;
      }),
      { numRuns: 400 },
    );
    // The generator reaches the end of the chain and gets refused, or the test proves little.
    expect(completedRuns).toBeGreaterThan(20);
    expect(refusals).toBeGreaterThan(0);
  });

  it('a step is completed only through start then complete, never out of order', () => {
    fc.assert(
      fc.property(fc.array(recipe, { maxLength: 80, size: 'max' }), (recipes) => {
        let visit = draft();
        recipes.forEach((r, clock) => {
          const event = toEvent(r, visit, clock);
          const result = transition(visit, event);
          if (!result.ok) return;
          if (event.type === 'complete-step' || event.type === 'start-step') {
            // Accepted step work always concerns the first open step.
            expect(event.step).toBe(visit.currentStep);
            expect(result.visit.steps[event.step]?.performers).toContain(event.by.actor);
          }
          visit = result.visit;
        });
      }),
      { numRuns: 300 },
    );
  });
});
