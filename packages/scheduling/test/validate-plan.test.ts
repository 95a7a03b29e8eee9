import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  type Assignment,
  type DayInput,
  type DayPlan,
  validatePlan,
} from '../src/index.js';
import { codes, emptyDay, visit } from './support.js';

// A small hand-made day and a timetable for it that is valid by construction. Each test breaks
// exactly one rule and expects exactly that rule's code, so a check that stops working (or one
// that fires for the wrong reason) fails here.
const day: DayInput = emptyDay({
  rooms: [
    { id: 'small', capacity: 2 },
    { id: 'medium', capacity: 3 },
    { id: 'big', capacity: 6 },
    { id: 'office', capacity: 2 },
  ],
  caseworkers: [
    { id: 'mv-1', actor: 'mv' },
    { id: 'af-1', actor: 'af' },
    { id: 'af-2', actor: 'af' },
    { id: 'fk-1', actor: 'fk', from: '08:00', to: '12:00' },
  ],
  interpreters: [
    { id: 'ar-1', languages: ['ar'] },
    { id: 'ar-2', languages: ['ar', 'ku'] },
    { id: 'ar-3', languages: ['ar'] },
    { id: 'ti-1', languages: ['ti'] },
    { id: 'so-1', languages: ['so'] },
  ],
  visits: [
    visit('A', 'mv:30 af:45', { language: 'ar', earliest: '09:00' }),
    visit('B', 'af:45 fk:30', { language: 'ti', people: 5 }),
    visit('C', 'af:45', { people: 2 }),
    visit('D', 'mv:30', { language: 'ar' }),
  ],
});

const row = (
  visitId: string,
  step: number,
  actor: Assignment['actor'],
  start: string,
  end: string,
  roomId: string,
  caseworkerId: string,
  interpreterId: string | null,
): Assignment => ({ visitId, step, actor, start, end, roomId, caseworkerId, interpreterId });

function validPlan(): DayPlan {
  const assignments = [
    row('A', 0, 'mv', '09:00', '09:30', 'small', 'mv-1', 'ar-1'),
    row('A', 1, 'af', '09:30', '10:15', 'small', 'af-1', 'ar-1'),
    row('B', 0, 'af', '09:00', '09:45', 'big', 'af-2', 'ti-1'),
    row('B', 1, 'fk', '09:45', '10:15', 'big', 'fk-1', 'ti-1'),
    row('C', 0, 'af', '10:15', '11:00', 'small', 'af-1', null),
    row('D', 0, 'mv', '09:30', '10:00', 'office', 'mv-1', 'ar-2'),
  ];
  return { assignments, unplaced: [], metrics: computeMetrics(day, assignments) };
}

/** Applies a change to one assignment and recomputes the metrics, so only the change is wrong. */
function broken(change: (rows: Assignment[]) => Assignment[] | void): DayPlan {
  const plan = validPlan();
  const rows = plan.assignments.map((a) => ({ ...a }));
  const changed = change(rows) ?? rows;
  return { ...plan, assignments: changed, metrics: computeMetrics(day, changed) };
}

const find = (rows: Assignment[], visitId: string, step: number) =>
  rows.find((a) => a.visitId === visitId && a.step === step)!;

describe('validatePlan', () => {
  it('accepts the hand-made plan', () => {
    expect(validatePlan(day, validPlan())).toEqual([]);
  });

  it.each<[string, string, (rows: Assignment[]) => Assignment[] | void]>([
    ['a double-booked room', 'DOUBLE_BOOKED_ROOM', (r) => void (find(r, 'A', 1).roomId = 'big')],
    [
      'a room too small for the family',
      'ROOM_TOO_SMALL',
      (r) => void (find(r, 'B', 1).roomId = 'medium'),
    ],
    [
      'steps out of chain order',
      'STEP_ORDER',
      (r) => {
        Object.assign(find(r, 'A', 0), { start: '09:45', end: '10:15' });
        Object.assign(find(r, 'A', 1), { start: '09:00', end: '09:45' });
        Object.assign(find(r, 'D', 0), { start: '10:15', end: '10:45' });
      },
    ],
    [
      'an interpreter switch mid-visit',
      'INTERPRETER_SWITCH',
      (r) => void (find(r, 'A', 1).interpreterId = 'ar-3'),
    ],
    [
      'a step outside opening hours',
      'OUTSIDE_OPENING_HOURS',
      (r) => void Object.assign(find(r, 'C', 0), { start: '16:30', end: '17:15' }),
    ],
    [
      'a double-booked caseworker',
      'DOUBLE_BOOKED_CASEWORKER',
      (r) =>
        void Object.assign(find(r, 'C', 0), {
          start: '09:15',
          end: '10:00',
          roomId: 'medium',
          caseworkerId: 'af-2',
        }),
    ],
    [
      'a step outside the caseworker’s working hours',
      'OUTSIDE_WORKING_HOURS',
      (r) => void Object.assign(find(r, 'B', 1), { start: '12:00', end: '12:30' }),
    ],
    [
      'a caseworker of the wrong actor',
      'WRONG_ACTOR',
      (r) => void (find(r, 'A', 0).caseworkerId = 'af-1'),
    ],
    [
      'an assignment naming the wrong actor',
      'WRONG_ACTOR',
      (r) => void (find(r, 'A', 0).actor = 'fk'),
    ],
    [
      'a missing step (partial visit)',
      'MISSING_STEP',
      (r) => r.filter((a) => !(a.visitId === 'A' && a.step === 1)),
    ],
    [
      'an interpreter reserved by another household (whole-stay model)',
      'DOUBLE_BOOKED_INTERPRETER',
      (r) => void (find(r, 'D', 0).interpreterId = 'ar-1'),
    ],
    [
      'an interpreter without the language',
      'INTERPRETER_LANGUAGE',
      (r) => void (find(r, 'D', 0).interpreterId = 'so-1'),
    ],
    [
      'no interpreter for a household that needs one',
      'INTERPRETER_MISSING',
      (r) => void (find(r, 'D', 0).interpreterId = null),
    ],
    [
      'an interpreter for a household that needs none',
      'INTERPRETER_NOT_NEEDED',
      (r) => void (find(r, 'C', 0).interpreterId = 'so-1'),
    ],
    [
      'a start before the invitation time',
      'BEFORE_EARLIEST',
      (r) => void Object.assign(find(r, 'A', 0), { start: '08:30', end: '09:00' }),
    ],
    ['a wrong duration', 'DURATION', (r) => void (find(r, 'C', 0).end = '11:15')],
    ['an unknown room', 'UNKNOWN_RESOURCE', (r) => void (find(r, 'C', 0).roomId = 'attic')],
    [
      'an unknown caseworker',
      'UNKNOWN_RESOURCE',
      (r) => void (find(r, 'C', 0).caseworkerId = 'af-9'),
    ],
    [
      'a step scheduled twice',
      'DUPLICATE_STEP',
      (r) => [...r, { ...find(r, 'C', 0), start: '11:00', end: '11:45' }],
    ],
    [
      'a step index beyond the chain',
      'UNKNOWN_STEP',
      (r) => [...r, { ...find(r, 'C', 0), step: 3 }],
    ],
    [
      'an assignment for an unknown visit',
      'UNKNOWN_VISIT',
      (r) => [...r, { ...find(r, 'C', 0), visitId: 'Z' }],
    ],
    ['a malformed time', 'INVALID_TIME', (r) => void (find(r, 'C', 0).start = '10.15')],
    [
      'a visit neither placed nor unplaced',
      'MISSING_VISIT',
      (r) => r.filter((a) => a.visitId !== 'C'),
    ],
  ])('catches %s (%s)', (_label, code, change) => {
    expect(codes(validatePlan(day, broken(change)))).toEqual([code]);
  });

  it('reserves the interpreter through the waiting between steps', () => {
    // A waits 09:30–10:00 between its steps; D's 09:30–10:00 meeting cannot borrow A's interpreter.
    const plan = broken((r) => {
      Object.assign(find(r, 'A', 1), { start: '10:00', end: '10:45' });
      Object.assign(find(r, 'C', 0), { start: '10:45', end: '11:30' });
      find(r, 'D', 0).interpreterId = 'ar-1';
    });
    expect(codes(validatePlan(day, plan))).toEqual(['DOUBLE_BOOKED_INTERPRETER']);
  });

  it('rejects interpreter hours that do not cover the whole stay', () => {
    const shortDay = {
      ...day,
      interpreters: day.interpreters.map((i) => (i.id === 'ar-1' ? { ...i, to: '10:00' } : i)),
    };
    expect(codes(validatePlan(shortDay, validPlan()))).toEqual(['OUTSIDE_WORKING_HOURS']);
  });

  it('checks the unplaced list', () => {
    const plan = validPlan();
    expect(
      codes(validatePlan(day, { ...plan, unplaced: [{ visitId: 'C', reason: 'no room' }] })),
    ).toEqual(['PLACED_AND_UNPLACED']);
    const withoutC = broken((r) => r.filter((a) => a.visitId !== 'C'));
    expect(
      validatePlan(day, { ...withoutC, unplaced: [{ visitId: 'C', reason: 'no room' }] }),
    ).toEqual([]);
    expect(
      codes(validatePlan(day, { ...withoutC, unplaced: [{ visitId: 'C', reason: ' ' }] })),
    ).toEqual(['UNPLACED_WITHOUT_REASON']);
    expect(
      codes(
        validatePlan(day, {
          ...withoutC,
          unplaced: [
            { visitId: 'C', reason: 'no room' },
            { visitId: 'C', reason: 'no room' },
            { visitId: 'X', reason: 'gone' },
          ],
        }),
      ),
    ).toEqual(['DUPLICATE_UNPLACED', 'UNKNOWN_VISIT']);
  });

  it('checks that the metrics describe the plan', () => {
    const plan = validPlan();
    expect(
      codes(validatePlan(day, { ...plan, metrics: { ...plan.metrics, maxWaiting: 99 } })),
    ).toEqual(['METRICS']);
  });

  it('reports a malformed input instead of throwing', () => {
    expect(codes(validatePlan({ ...day, opens: '8am' }, validPlan()))).toEqual(['INVALID_INPUT']);
  });
});
