import { SATELLITE_NOT_STAFFED_CONFIG } from '@motesplats/location-config';
import { describe, expect, it } from 'vitest';
import { chainFor, createVisit, transition } from '../src/index.js';
import type { Visit, VisitErrorCode, VisitEvent, VisitStatus } from '../src/index.js';
import {
  ADULTS,
  DAY,
  DAY_AFTER,
  DAY_BEFORE,
  apply,
  at,
  book,
  booked,
  by,
  checkIn,
  checkedIn,
  completed,
  deepFreeze,
  draft,
  inProgress,
  skip,
  stepEvent,
} from './support.js';

const cancel = (reason?: string): VisitEvent => ({
  type: 'cancel',
  at: at(DAY, '10:00'),
  by: by('kommun'),
  reason,
});
const noShow = (date = DAY, time = '16:00'): VisitEvent => ({
  type: 'no-show',
  at: at(date, time),
  by: by('skv'),
});
const reschedule = (date = DAY_AFTER, when = at(DAY_BEFORE)): VisitEvent => ({
  type: 'reschedule',
  at: when,
  by: by('af'),
  date,
  time: '13:00',
});

type Legal = {
  name: string;
  from: () => Visit;
  event: (v: Visit) => VisitEvent;
  status: VisitStatus;
  check?: (after: Visit, before: Visit) => void;
};

const LEGAL: Legal[] = [
  {
    name: 'book a draft',
    from: draft,
    event: () => book(),
    status: 'booked',
    check: (v) => {
      expect(v.slot).toEqual({ date: DAY, time: '09:00' });
      expect(v.booked?.by).toEqual(by('af'));
    },
  },
  {
    name: 'book for today',
    from: draft,
    event: () => book(DAY, at(DAY, '07:00')),
    status: 'booked',
  },
  {
    name: 'reschedule a booked visit',
    from: booked,
    event: () => reschedule(),
    status: 'booked',
    check: (v) => {
      expect(v.slot).toEqual({ date: DAY_AFTER, time: '13:00' });
      expect(v.rescheduled?.from).toEqual({ date: DAY, time: '09:00' });
    },
  },
  {
    name: 'check in on the visit day',
    from: booked,
    event: () => checkIn(),
    status: 'checked-in',
    check: (v) => expect(v.checkedIn?.at).toBe(at(DAY, '08:50')),
  },
  {
    name: 'check in with a UTC timestamp that is already the visit day in Sweden',
    from: booked,
    event: () => checkIn(`${DAY_BEFORE}T23:30:00Z`),
    status: 'checked-in',
  },
  {
    name: 'no-show at the end of the visit day',
    from: booked,
    event: () => noShow(),
    status: 'no-show',
  },
  {
    name: 'no-show recorded the day after',
    from: booked,
    event: () => noShow(DAY_AFTER, '09:00'),
    status: 'no-show',
  },
  { name: 'cancel a draft', from: draft, event: () => cancel(), status: 'cancelled' },
  {
    name: 'cancel a booked visit, with a reason',
    from: booked,
    event: () => cancel('  Permit card not ready  '),
    status: 'cancelled',
    check: (v) => expect(v.cancelled?.reason).toBe('Permit card not ready'),
  },
  {
    name: 'cancel a checked-in visit',
    from: checkedIn,
    event: () => cancel(),
    status: 'cancelled',
  },
  {
    name: 'cancel a visit in progress',
    from: inProgress,
    event: () => cancel(),
    status: 'cancelled',
  },
  {
    name: 'start the first step',
    from: checkedIn,
    event: (v) => stepEvent(v, 'start-step', 0),
    status: 'in-progress',
    check: (v) => {
      expect(v.steps[0]?.status).toBe('in-progress');
      expect(v.steps[0]?.started?.by).toEqual(by('mv'));
      expect(v.currentStep).toBe(0);
    },
  },
  {
    name: 'complete the step in progress',
    from: inProgress,
    event: (v) => stepEvent(v, 'complete-step', 0, 30),
    status: 'in-progress',
    check: (v) => {
      expect(v.steps[0]?.status).toBe('completed');
      expect(v.currentStep).toBe(1);
    },
  },
  {
    name: 'skip the first step, with a reason, right after check-in',
    from: checkedIn,
    event: (v) => skip(v, 0, 'Decision already notified by letter'),
    status: 'in-progress',
    check: (v) => {
      expect(v.steps[0]?.skipped).toMatchObject({ reason: 'Decision already notified by letter' });
      expect(v.currentStep).toBe(1);
    },
  },
  {
    name: 'skip the step in progress (the meeting was broken off)',
    from: inProgress,
    event: (v) => skip(v, 0, 'Felt unwell'),
    status: 'in-progress',
    check: (v) => expect(v.steps[0]?.status).toBe('skipped'),
  },
  {
    name: 'skip a later step ahead of time',
    from: inProgress,
    event: (v) => skip(v, 3, 'Already registered with Skatteverket'),
    status: 'in-progress',
    check: (v) => {
      expect(v.steps[3]?.status).toBe('skipped');
      expect(v.currentStep).toBe(0);
    },
  },
  {
    name: 'start the next step after a skipped one',
    from: () => {
      const v = checkedIn();
      return apply(v, skip(v, 0, 'Notified by letter'));
    },
    event: (v) => stepEvent(v, 'start-step', 1),
    status: 'in-progress',
  },
  {
    name: 'complete the last step: the visit is completed',
    from: () => {
      const v = checkedIn();
      const last = v.steps.length - 1;
      let w = v;
      for (let i = 0; i < last; i++) w = apply(w, skip(w, i, 'Done elsewhere'));
      return apply(w, stepEvent(w, 'start-step', last));
    },
    event: (v) => stepEvent(v, 'complete-step', v.steps.length - 1, 30),
    status: 'completed',
    check: (v) => {
      expect(v.currentStep).toBeNull();
      expect(v.completedAt).toBe(at(DAY, '13:30'));
    },
  },
  {
    name: 'skip the last open step: the visit is completed',
    from: () => {
      const v = checkedIn();
      let w = v;
      for (let i = 0; i < v.steps.length - 1; i++) {
        w = apply(w, stepEvent(w, 'start-step', i), stepEvent(w, 'complete-step', i, 30));
      }
      return w;
    },
    event: (v) => skip(v, v.steps.length - 1, 'Municipality closed today'),
    status: 'completed',
  },
];

type Illegal = {
  name: string;
  from: () => Visit;
  event: (v: Visit) => unknown;
  code: VisitErrorCode;
};

const ILLEGAL: Illegal[] = [
  { name: 'book a booked visit', from: booked, event: () => book(), code: 'ILLEGAL_TRANSITION' },
  {
    name: 'book a cancelled visit',
    from: () => apply(draft(), cancel()),
    event: () => book(),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'book a day in the past',
    from: draft,
    event: () => book(DAY_BEFORE, at(DAY)),
    code: 'WRONG_DAY',
  },
  {
    name: 'reschedule a draft',
    from: draft,
    event: () => reschedule(),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'reschedule after check-in',
    from: checkedIn,
    event: () => reschedule(DAY_AFTER, at(DAY)),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'reschedule to a past day',
    from: booked,
    event: () => reschedule(DAY_BEFORE, at(DAY)),
    code: 'WRONG_DAY',
  },
  {
    name: 'reschedule a no-show',
    from: () => apply(booked(), noShow()),
    event: () => reschedule(),
    code: 'ILLEGAL_TRANSITION',
  },
  { name: 'check in a draft', from: draft, event: () => checkIn(), code: 'ILLEGAL_TRANSITION' },
  { name: 'check in twice', from: checkedIn, event: () => checkIn(), code: 'ILLEGAL_TRANSITION' },
  {
    name: 'check in the day before',
    from: booked,
    event: () => checkIn(at(DAY_BEFORE, '15:00')),
    code: 'WRONG_DAY',
  },
  {
    name: 'check in the day after',
    from: booked,
    event: () => checkIn(at(DAY_AFTER)),
    code: 'WRONG_DAY',
  },
  {
    name: 'check in a cancelled visit',
    from: () => apply(booked(), cancel()),
    event: () => checkIn(),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'no-show before the visit day',
    from: booked,
    event: () => noShow(DAY_BEFORE),
    code: 'WRONG_DAY',
  },
  {
    name: 'no-show after check-in',
    from: checkedIn,
    event: () => noShow(),
    code: 'ILLEGAL_TRANSITION',
  },
  { name: 'no-show of a draft', from: draft, event: () => noShow(), code: 'ILLEGAL_TRANSITION' },
  {
    name: 'cancel a completed visit',
    from: completed,
    event: () => cancel(),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'cancel a cancelled visit',
    from: () => apply(draft(), cancel()),
    event: () => cancel(),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'cancel a no-show',
    from: () => apply(booked(), noShow()),
    event: () => cancel(),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'start a step before check-in',
    from: booked,
    event: (v) => stepEvent(v, 'start-step', 0),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'start a step of a completed visit',
    from: completed,
    event: (v) => stepEvent(v, 'start-step', 0),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'skip a step before check-in',
    from: booked,
    event: (v) => skip(v, 0, 'reason'),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'start a step past the end',
    from: checkedIn,
    event: (v) => ({ ...stepEvent(v, 'start-step', 0), step: 9 }),
    code: 'UNKNOWN_STEP',
  },
  {
    name: 'start step -1',
    from: checkedIn,
    event: (v) => ({ ...stepEvent(v, 'start-step', 0), step: -1 }),
    code: 'UNKNOWN_STEP',
  },
  {
    name: 'start step 0 naming another actor',
    from: checkedIn,
    event: (v) => ({ ...stepEvent(v, 'start-step', 0), actor: 'af' }),
    code: 'WRONG_ACTOR',
  },
  {
    name: "start MV's step as an AF caseworker",
    from: checkedIn,
    event: (v) => ({ ...stepEvent(v, 'start-step', 0), by: by('af') }),
    code: 'WRONG_ACTOR',
  },
  {
    name: "complete MV's step as an AF caseworker",
    from: inProgress,
    event: (v) => ({ ...stepEvent(v, 'complete-step', 0), by: by('af') }),
    code: 'WRONG_ACTOR',
  },
  {
    name: 'skip step 1 naming another actor',
    from: checkedIn,
    event: (v) => ({ ...skip(v, 1, 'reason'), actor: 'kommun' }),
    code: 'WRONG_ACTOR',
  },
  {
    name: 'start step 1 while step 0 is open',
    from: checkedIn,
    event: (v) => stepEvent(v, 'start-step', 1),
    code: 'OUT_OF_ORDER',
  },
  {
    name: 'start step 1 while step 0 is in progress',
    from: inProgress,
    event: (v) => stepEvent(v, 'start-step', 1),
    code: 'OUT_OF_ORDER',
  },
  {
    name: 'start the step in progress again',
    from: inProgress,
    event: (v) => stepEvent(v, 'start-step', 0),
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'complete a step that was never started',
    from: checkedIn,
    event: (v) => stepEvent(v, 'complete-step', 0),
    code: 'NOT_STARTED',
  },
  {
    name: 'complete step 2 while step 0 is open',
    from: inProgress,
    event: (v) => stepEvent(v, 'complete-step', 2),
    code: 'OUT_OF_ORDER',
  },
  {
    name: 'complete a completed step',
    from: () => {
      const v = inProgress();
      return apply(v, stepEvent(v, 'complete-step', 0, 30));
    },
    event: (v) => stepEvent(v, 'complete-step', 0, 40),
    code: 'ALREADY_COMPLETED',
  },
  {
    name: 'start a completed step',
    from: () => {
      const v = inProgress();
      return apply(v, stepEvent(v, 'complete-step', 0, 30));
    },
    event: (v) => stepEvent(v, 'start-step', 0, 40),
    code: 'ALREADY_COMPLETED',
  },
  {
    name: 'complete a skipped step',
    from: () => {
      const v = checkedIn();
      return apply(v, skip(v, 0, 'Notified by letter'));
    },
    event: (v) => stepEvent(v, 'complete-step', 0),
    code: 'ALREADY_COMPLETED',
  },
  {
    name: 'skip a completed step',
    from: () => {
      const v = inProgress();
      return apply(v, stepEvent(v, 'complete-step', 0, 30));
    },
    event: (v) => skip(v, 0, 'changed my mind'),
    code: 'ALREADY_COMPLETED',
  },
  {
    name: 'skip a skipped step',
    from: () => {
      const v = checkedIn();
      return apply(v, skip(v, 2, 'Not needed'));
    },
    event: (v) => skip(v, 2, 'Still not needed'),
    code: 'ALREADY_COMPLETED',
  },
  {
    name: 'skip without a reason',
    from: checkedIn,
    event: (v) => skip(v, 0),
    code: 'REASON_REQUIRED',
  },
  {
    name: 'skip with a blank reason',
    from: inProgress,
    event: (v) => skip(v, 0, '   '),
    code: 'REASON_REQUIRED',
  },
  {
    name: 'a timestamp without an offset',
    from: booked,
    event: () => ({ ...checkIn(), at: `${DAY}T09:00:00` }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'an impossible timestamp',
    from: booked,
    event: () => ({ ...checkIn(), at: '2025-02-30T09:00:00+01:00' }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'an event without who did it',
    from: booked,
    event: () => ({ type: 'check-in', at: at(DAY) }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'a blank caseworker id',
    from: booked,
    event: () => ({ ...checkIn(), by: { actor: 'skv', caseworkerId: ' ' } }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'an unknown event type',
    from: booked,
    event: () => ({ ...checkIn(), type: 'arrive' }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'a booking at 25:00',
    from: draft,
    event: () => ({ ...book(), time: '25:00' }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'a fractional step index',
    from: checkedIn,
    event: (v) => ({ ...stepEvent(v, 'start-step', 0), step: 0.5 }),
    code: 'INVALID_INPUT',
  },
  {
    name: 'a field the event does not have',
    from: booked,
    event: () => ({ ...checkIn(), room: 'room-1' }),
    code: 'INVALID_INPUT',
  },
];

describe('transition: every legal transition', () => {
  it.each(LEGAL)('$name → $status', ({ from, event, status, check }) => {
    const before = deepFreeze(from());
    const result = transition(before, event(before));
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.visit.status).toBe(status);
    expect(result.visit.version).toBe(before.version + 1);
    check?.(result.visit, before);
  });
});

describe('transition: refused events', () => {
  it.each(ILLEGAL)('$name → $code', ({ from, event, code }) => {
    const before = deepFreeze(from());
    const snapshot = structuredClone(before);
    const result = transition(before, event(before) as VisitEvent);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(0);
    // Nothing changed: a refused event leaves the visit and its version as they were.
    expect(before).toEqual(snapshot);
  });
});

describe('a whole day', () => {
  it('draft → booked → rescheduled → checked in → every step → completed, version per event', () => {
    let v = draft();
    expect(v).toMatchObject({ status: 'draft', version: 1, currentStep: 0, slot: null });
    v = apply(v, book(DAY_BEFORE, at('2025-03-01')), reschedule(DAY, at('2025-03-02')), checkIn());
    expect(v.version).toBe(4);
    for (let i = 0; i < v.steps.length; i++) {
      v = apply(v, stepEvent(v, 'start-step', i), stepEvent(v, 'complete-step', i, 30));
    }
    expect(v.status).toBe('completed');
    expect(v.version).toBe(4 + 2 * v.steps.length);
    expect(v.steps.every((s) => s.status === 'completed' && s.started && s.completed)).toBe(true);
  });

  it('a home-municipality info step is run by the service office, not the absent municipality', () => {
    const planned = chainFor(SATELLITE_NOT_STAFFED_CONFIG, '2', {
      ...ADULTS,
      municipalityCode: '9903',
    });
    if (!planned.ok) throw new Error(planned.error.message);
    let v = apply(
      must(createVisit({ id: 'v', locationId: 'provstad', track: '2', steps: planned.steps })),
      book(),
      checkIn(),
    );
    const last = v.steps.length - 1;
    expect(v.steps[last]?.kind).toBe('home-municipality-info');
    for (let i = 0; i < last; i++) v = apply(v, skip(v, i, 'test'));
    const start = {
      type: 'start-step',
      at: at(DAY, '11:00'),
      step: last,
      actor: 'kommun',
    } as const;
    expect(transition(v, { ...start, by: by('kommun') }).ok).toBe(true); // the host municipality may
    v = apply(v, { ...start, by: by('skv') });
    v = apply(v, { ...start, type: 'complete-step', by: by('fk') });
    expect(v.status).toBe('completed');
  });
});

describe('createVisit', () => {
  it('refuses a visit with no steps, or blank ids', () => {
    expect(createVisit({ id: 'v', locationId: 'demo', track: '1', steps: [] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      createVisit({ id: ' ', locationId: 'demo', track: '1', steps: draft().steps }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('copies the planned steps, all pending', () => {
    const v = draft();
    expect(v.steps.map((s) => [s.actor, s.status])).toEqual([
      ['mv', 'pending'],
      ['af', 'pending'],
      ['fk', 'pending'],
      ['skv', 'pending'],
      ['kommun', 'pending'],
    ]);
  });
});

function must(result: ReturnType<typeof createVisit>): Visit {
  if (!result.ok) throw new Error(result.error.message);
  return result.visit;
}
