import { describe, expect, it } from 'vitest';
import {
  DayInputError,
  lowerBound,
  planDay,
  planDayFcfs,
  validatePlan,
  type DayInput,
  type DayPlan,
} from '../src/index.js';
import { emptyDay, minutes, oneOfEach, stepsOf, visit } from './support.js';

// Generous search budget, no clock pressure: these tests are about behaviour, never speed.
const opts = { timeLimitMs: 60_000, maxIterations: 300 };

function plan(day: DayInput, seed = 1): DayPlan {
  const result = planDay(day, { ...opts, seed });
  expect(validatePlan(day, result)).toEqual([]);
  return result;
}

const span = (p: DayPlan, id: string) => {
  const steps = stepsOf(p, id);
  return minutes(steps.at(-1)!.end) - minutes(steps[0]!.start);
};

describe('planDay: rooms and families', () => {
  it('puts a family of six in the only room that holds it', () => {
    const day = emptyDay({
      rooms: [
        { id: 'small', capacity: 2 },
        { id: 'medium', capacity: 4 },
        { id: 'big', capacity: 6 },
      ],
      caseworkers: oneOfEach(),
      visits: [
        visit('family', 'af:45 fk:40 skv:30 kommun:60', { people: 6 }),
        visit('single', 'af:45 fk:30', { people: 1 }),
      ],
    });
    const p = plan(day);
    expect(p.unplaced).toEqual([]);
    expect(new Set(stepsOf(p, 'family').map((a) => a.roomId))).toEqual(new Set(['big']));
    // Best fit: the single person does not take the big room.
    expect(stepsOf(p, 'single').every((a) => a.roomId !== 'big')).toBe(true);
  });

  it('lists a family that fits in no room as unplaced, with the reason', () => {
    const day = emptyDay({
      rooms: [{ id: 'small', capacity: 4 }],
      caseworkers: oneOfEach(),
      visits: [visit('family', 'af:45', { people: 6 })],
    });
    const p = plan(day);
    expect(p.assignments).toEqual([]);
    expect(p.unplaced).toEqual([
      expect.objectContaining({ visitId: 'family', code: 'NO_ROOM_FOR_FAMILY' }),
    ]);
    expect(p.unplaced[0]!.reason).toMatch(/6/);
  });
});

describe('planDay: one interpreter follows the household', () => {
  const twoArabic = (closes: string): DayInput =>
    emptyDay({
      closes,
      rooms: [
        { id: 'r1', capacity: 4 },
        { id: 'r2', capacity: 4 },
      ],
      caseworkers: oneOfEach(),
      interpreters: [{ id: 'tolk-ar', languages: ['ar'] }],
      visits: [
        visit('v1', 'af:45 fk:30', { language: 'ar', earliest: '09:00' }),
        visit('v2', 'mv:30 skv:30', { language: 'ar', earliest: '09:00' }),
      ],
    });

  it('sequences two same-language households that would overlap', () => {
    const p = plan(twoArabic('17:00'));
    expect(p.unplaced).toEqual([]);
    for (const id of ['v1', 'v2']) {
      expect(new Set(stepsOf(p, id).map((a) => a.interpreterId))).toEqual(new Set(['tolk-ar']));
    }
    const [first, second] = ['v1', 'v2']
      .map((id) => stepsOf(p, id))
      .sort((a, b) => minutes(a[0]!.start) - minutes(b[0]!.start));
    expect(minutes(second![0]!.start)).toBeGreaterThanOrEqual(minutes(first!.at(-1)!.end));
    expect(p.metrics.interpreterContinuity).toBe(1);
  });

  it('leaves one unplaced with a reason when the day is too short to sequence them', () => {
    const p = plan(twoArabic('10:30'));
    expect(p.assignments.length).toBeGreaterThan(0);
    expect(p.unplaced).toHaveLength(1);
    expect(p.unplaced[0]).toMatchObject({ code: 'INTERPRETER_BOOKED_UP' });
    expect(p.metrics.interpreterContinuity).toBe(0.5);
  });

  it('never switches interpreters to fit a household in', () => {
    // Two Arabic interpreters, each free only half the day: neither can follow the whole chain.
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 4 }],
      caseworkers: oneOfEach(),
      interpreters: [
        { id: 'am', languages: ['ar'], to: '10:00' },
        { id: 'pm', languages: ['ar'], from: '10:00' },
      ],
      visits: [visit('v1', 'af:45 fk:30', { language: 'ar', earliest: '09:30' })],
    });
    const p = plan({ ...day, closes: '10:45' });
    expect(p.unplaced).toEqual([
      expect.objectContaining({ visitId: 'v1', code: 'INTERPRETER_HOURS_TOO_SHORT' }),
    ]);
  });

  it('says so explicitly when no interpreter speaks the language', () => {
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 4 }],
      caseworkers: oneOfEach(),
      interpreters: [{ id: 'tolk-ar', languages: ['ar'] }],
      visits: [visit('v1', 'af:45', { language: 'ti' }), visit('v2', 'af:45')],
    });
    const p = plan(day);
    expect(p.unplaced).toEqual([
      expect.objectContaining({ visitId: 'v1', code: 'NO_INTERPRETER_FOR_LANGUAGE' }),
    ]);
    expect(p.unplaced[0]!.reason).toContain('"ti"');
    expect(stepsOf(p, 'v2')).toHaveLength(1);
    expect(p.metrics.interpreterContinuity).toBe(0);
  });

  it('gives households without a language no interpreter', () => {
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 4 }],
      caseworkers: oneOfEach(),
      interpreters: [{ id: 'tolk-ar', languages: ['ar'] }],
      visits: [visit('v1', 'af:45 fk:30')],
    });
    expect(stepsOf(plan(day), 'v1').map((a) => a.interpreterId)).toEqual([null, null]);
  });
});

describe('planDay: time', () => {
  it('respects the invitation time', () => {
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 4 }],
      caseworkers: oneOfEach(),
      visits: [visit('v1', 'mv:30 af:45', { earliest: '10:00' })],
    });
    const p = plan(day);
    expect(stepsOf(p, 'v1').map((a) => [a.start, a.end])).toEqual([
      ['10:00', '10:30'],
      ['10:30', '11:15'],
    ]);
  });

  it('starts a household later rather than letting it wait inside', () => {
    // One AF caseworker. FCFS starts v2 at once and lets it wait for AF; the planner starts it
    // 15 minutes later so it walks straight from MV to AF.
    const day = emptyDay({
      rooms: [
        { id: 'r1', capacity: 4 },
        { id: 'r2', capacity: 4 },
      ],
      caseworkers: oneOfEach(),
      visits: [
        visit('v1', 'af:45', { earliest: '09:00' }),
        visit('v2', 'mv:30 af:45', { earliest: '09:00' }),
      ],
    });
    const fcfs = planDayFcfs(day);
    expect(validatePlan(day, fcfs)).toEqual([]);
    expect(fcfs.metrics.maxWaiting).toBe(15);
    const p = plan(day);
    expect(p.metrics.maxWaiting).toBe(0);
    expect(p.metrics.lowerBoundRatio).toBe(1);
    expect(span(p, 'v2')).toBe(75);
    expect(p.metrics.meanTimeInBuilding).toBeLessThan(fcfs.metrics.meanTimeInBuilding);
  });

  it('uses the resources in parallel down to the makespan bound', () => {
    const day = emptyDay({
      rooms: [
        { id: 'r1', capacity: 2 },
        { id: 'r2', capacity: 2 },
      ],
      caseworkers: [{ id: 'af-1', actor: 'af' }],
      visits: ['a', 'b', 'c'].map((id) => visit(id, 'af:60')),
    });
    const p = plan(day);
    expect(lowerBound(day).makespan).toBe(180);
    expect(p.metrics.makespan).toBe(180);
    expect(p.search?.stoppedBy).toBe('optimal');
  });

  it('keeps caseworkers within their working hours', () => {
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 2 }],
      caseworkers: [{ id: 'fk-pm', actor: 'fk', from: '13:00', to: '15:00' }],
      visits: [visit('v1', 'fk:30')],
    });
    expect(stepsOf(plan(day), 'v1')[0]).toMatchObject({ start: '13:00', caseworkerId: 'fk-pm' });
  });

  it('reports a chain that cannot fit before closing', () => {
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 2 }],
      caseworkers: oneOfEach(),
      visits: [visit('late', 'mv:30 af:45 fk:30 skv:30 kommun:45', { earliest: '15:00' })],
    });
    expect(plan(day).unplaced).toEqual([expect.objectContaining({ code: 'DAY_TOO_SHORT' })]);
  });

  it('reports an actor nobody staffs', () => {
    const day = emptyDay({
      rooms: [{ id: 'r1', capacity: 2 }],
      caseworkers: [{ id: 'af-1', actor: 'af' }],
      visits: [visit('v1', 'af:45 pm:20')],
    });
    const p = plan(day);
    expect(p.unplaced).toEqual([expect.objectContaining({ code: 'NO_CASEWORKER_FOR_ACTOR' })]);
    expect(p.unplaced[0]!.reason).toContain('pm');
  });

  it('reports a full day when the caseworkers are booked up', () => {
    const day = emptyDay({
      closes: '09:30',
      rooms: [
        { id: 'r1', capacity: 2 },
        { id: 'r2', capacity: 2 },
      ],
      caseworkers: [{ id: 'af-1', actor: 'af' }],
      visits: [visit('v1', 'af:60'), visit('v2', 'af:60')],
    });
    const p = plan(day);
    expect(p.unplaced).toEqual([expect.objectContaining({ code: 'NO_TIME_LEFT' })]);
  });
});

describe('planDay: search', () => {
  const busyDay = (): DayInput =>
    emptyDay({
      rooms: [
        { id: 'r1', capacity: 2 },
        { id: 'r2', capacity: 4 },
        { id: 'r3', capacity: 6 },
      ],
      caseworkers: [...oneOfEach(), { id: 'af-2', actor: 'af' }],
      interpreters: [
        { id: 't1', languages: ['ar'] },
        { id: 't2', languages: ['ar', 'ku'] },
        { id: 't3', languages: ['ti'] },
      ],
      visits: Array.from({ length: 12 }, (_, i) =>
        visit(`v${i}`, i % 3 === 0 ? 'mv:30 af:45 fk:30 skv:30 kommun:45' : 'af:45 fk:30 skv:30', {
          people: 1 + (i % 6),
          language: [null, 'ar', 'ti', 'ku'][i % 4] ?? null,
          earliest: i % 2 === 0 ? '08:00' : '10:00',
        }),
      ),
    });

  it('is deterministic for the same seed', () => {
    const a = planDay(busyDay(), { ...opts, seed: 42 });
    const b = planDay(busyDay(), { ...opts, seed: 42 });
    expect(a.search?.stoppedBy).not.toBe('time');
    expect(b).toEqual(a);
  });

  it('gives valid plans for other seeds and no worse than FCFS on time in the building', () => {
    const day = busyDay();
    const fcfs = planDayFcfs(day);
    expect(validatePlan(day, fcfs)).toEqual([]);
    for (const seed of [1, 2, 3]) {
      const p = plan(day, seed);
      expect(p.unplaced.length).toBeLessThanOrEqual(fcfs.unplaced.length);
      if (p.unplaced.length === fcfs.unplaced.length) {
        expect(p.metrics.meanTimeInBuilding).toBeLessThanOrEqual(fcfs.metrics.meanTimeInBuilding);
      }
    }
  });

  it('stops at the time limit with a valid plan, using the injected clock', () => {
    let now = 0;
    const clock = () => (now += 10);
    const day = busyDay();
    const p = planDay(day, { timeLimitMs: 50, maxIterations: 1_000_000, now: clock });
    expect(p.search?.stoppedBy).toBe('time');
    expect(p.search?.iterations).toBeLessThan(50);
    expect(validatePlan(day, p)).toEqual([]);
  });

  it('with no time at all, still returns the constructed plan', () => {
    const day = busyDay();
    const p = planDay(day, { timeLimitMs: 0 });
    expect(p.search?.iterations).toBe(0);
    expect(validatePlan(day, p)).toEqual([]);
  });
});

describe('planDay: input', () => {
  it('throws DayInputError listing every problem', () => {
    const day = emptyDay({
      opens: '8:00',
      rooms: [
        { id: 'r1', capacity: 2 },
        { id: 'r1', capacity: 0 },
      ],
      visits: [visit('v1', 'af:0'), { id: 'v2', people: 1, language: null, steps: [] }],
    });
    try {
      planDay(day);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DayInputError);
      expect((error as DayInputError).issues.map((i) => i.code).sort()).toEqual([
        'DUPLICATE_ID',
        'INVALID_CAPACITY',
        'INVALID_MINUTES',
        'INVALID_TIME',
        'NO_STEPS',
      ]);
    }
  });

  it('handles an empty day', () => {
    const p = plan(emptyDay());
    expect(p).toMatchObject({ assignments: [], unplaced: [] });
    expect(p.metrics).toEqual({
      meanTimeInBuilding: 0,
      maxWaiting: 0,
      makespan: 0,
      interpreterContinuity: 1,
      lowerBoundRatio: 1,
    });
  });
});
