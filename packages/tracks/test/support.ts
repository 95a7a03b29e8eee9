import { DEMO_CONFIG } from '@motesplats/location-config';
import type { ActorId } from '@motesplats/location-config';
import { chainFor, createVisit, transition } from '../src/index.js';
import type { HouseholdFacts, PlannedStep, Staff, Visit, VisitEvent } from '../src/index.js';

/** The visit day used throughout: a Tuesday in winter time (UTC+1). */
export const DAY = '2025-03-04';
export const DAY_BEFORE = '2025-03-03';
export const DAY_AFTER = '2025-03-05';
export const at = (date: string, time = '09:00') => `${date}T${time}:00+01:00`;

export const by = (actor: ActorId): Staff => ({ actor, caseworkerId: `cw-${actor}-1` });

export const ADULTS: HouseholdFacts = {
  onDate: DAY,
  members: [{ birthDate: '1990-05-01' }, { birthDate: '1992-11-30' }],
};

/** Demo, spår 1, two adults: mv, af, fk, skv, kommun (no PM: nobody is 65). */
export function demoSteps(): PlannedStep[] {
  const result = chainFor(DEMO_CONFIG, '1', ADULTS);
  if (!result.ok) throw new Error(result.error.message);
  return result.steps;
}

export function must(result: ReturnType<typeof transition>): Visit {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.visit;
}

export function draft(steps: PlannedStep[] = demoSteps()): Visit {
  return must(createVisit({ id: 'visit-1', locationId: 'demo', track: '1', steps }));
}

export function apply(visit: Visit, ...events: VisitEvent[]): Visit {
  return events.reduce((v, event) => must(transition(v, event)), visit);
}

export const book = (date = DAY, when = at(DAY_BEFORE)): VisitEvent => ({
  type: 'book',
  at: when,
  by: by('af'),
  date,
  time: '09:00',
});
export const checkIn = (when = at(DAY, '08:50')): VisitEvent => ({
  type: 'check-in',
  at: when,
  by: by('skv'),
});

type StepType = 'start-step' | 'complete-step';
export function stepEvent(visit: Visit, type: StepType, step: number, minute = 0): VisitEvent {
  const actor = visit.steps[step]?.actor ?? 'mv';
  const performer = visit.steps[step]?.performers[0] ?? actor;
  const time = `${String(9 + step).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { type, at: at(DAY, time), by: by(performer), step, actor };
}

export function skip(visit: Visit, step: number, reason?: string): VisitEvent {
  const actor = visit.steps[step]?.actor ?? 'mv';
  return { type: 'skip-step', at: at(DAY, '12:00'), by: by('skv'), step, actor, reason };
}

export const booked = () => apply(draft(), book());
export const checkedIn = () => apply(booked(), checkIn());
export const inProgress = () => {
  const v = checkedIn();
  return apply(v, stepEvent(v, 'start-step', 0));
};
/** Every step started and completed in order. */
export function completed(): Visit {
  let v = checkedIn();
  for (let i = 0; i < v.steps.length; i++) {
    v = apply(v, stepEvent(v, 'start-step', i), stepEvent(v, 'complete-step', i, 30));
  }
  return v;
}

/** Frozen all the way down, so any attempt to change a visit in place throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
