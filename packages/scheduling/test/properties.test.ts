import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '@motesplats/location-config';
import {
  formatClock,
  lowerBound,
  planDay,
  planDayFcfs,
  validatePlan,
  type DayInput,
  type DayPlan,
} from '../src/index.js';
import { minutes } from './support.js';

// Random small days: few rooms of random sizes, 0–2 caseworkers per actor (some actors
// unstaffed, some part-time), 0–3 interpreters, languages that may have no interpreter, chains
// of 1–4 steps in any actor order. Tight on purpose, so that unplaced visits occur too.
const clock = (from: number, to: number) =>
  fc.integer({ min: from / 5, max: to / 5 }).map((m) => formatClock(m * 5));
const hours = fc.option(fc.tuple(clock(480, 780), fc.integer({ min: 60, max: 480 })), {
  nil: undefined,
});
const withHours = <T extends object>(base: T, h: [string, number] | undefined) =>
  h ? { ...base, from: h[0], to: formatClock(Math.min(24 * 60, minutes(h[0]) + h[1])) } : base;

const dayArbitrary: fc.Arbitrary<DayInput> = fc
  .record({
    closes: clock(660, 1020),
    rooms: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
    staff: fc.array(fc.tuple(fc.constantFrom(...ACTOR_IDS), hours), { maxLength: 8 }),
    interpreters: fc.array(fc.tuple(fc.subarray(['ar', 'ti', 'so'], { minLength: 1 }), hours), {
      maxLength: 3,
    }),
    visits: fc.array(
      fc.record({
        people: fc.integer({ min: 1, max: 6 }),
        language: fc.constantFrom(null, null, 'ar', 'ti', 'so', 'prs'),
        earliest: fc.option(clock(480, 900), { nil: undefined }),
        steps: fc.array(
          fc.record({
            actor: fc.constantFrom(...ACTOR_IDS),
            minutes: fc.constantFrom(15, 20, 30, 45, 60),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { maxLength: 7 },
    ),
  })
  .map(({ closes, rooms, staff, interpreters, visits }) => ({
    date: '2026-11-23',
    opens: '08:00',
    closes,
    rooms: rooms.map((capacity, i) => ({ id: `r${i}`, capacity })),
    caseworkers: staff.map(([actor, h], i) => withHours({ id: `c${i}`, actor }, h)),
    interpreters: interpreters.map(([languages, h], i) => withHours({ id: `t${i}`, languages }, h)),
    visits: visits.map((v, i) =>
      v.earliest === undefined ? { ...v, id: `v${i}`, earliest: undefined } : { ...v, id: `v${i}` },
    ),
  }));

function placedOrUnplacedOnce(day: DayInput, plan: DayPlan) {
  const unplaced = plan.unplaced.map((u) => u.visitId);
  for (const v of day.visits) {
    const steps = plan.assignments.filter((a) => a.visitId === v.id).length;
    const isUnplaced = unplaced.filter((id) => id === v.id).length;
    // Fully placed (every step once) xor listed once as unplaced with a reason.
    expect(steps === v.steps.length ? isUnplaced : isUnplaced === 1 && steps === 0 ? 0 : 1).toBe(0);
  }
  for (const u of plan.unplaced) expect(u.reason.length).toBeGreaterThan(0);
}

describe('properties', () => {
  it('every plan passes validatePlan and places or lists every visit', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: 1, max: 1000 }), (day, seed) => {
        const plan = planDay(day, { seed, maxIterations: 40, timeLimitMs: 60_000 });
        expect(validatePlan(day, plan)).toEqual([]);
        placedOrUnplacedOnce(day, plan);
      }),
      { numRuns: 300 },
    );
  });

  it('the FCFS baseline passes validatePlan too', () => {
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        const plan = planDayFcfs(day);
        expect(validatePlan(day, plan)).toEqual([]);
        placedOrUnplacedOnce(day, plan);
      }),
      { numRuns: 300 },
    );
  });

  it('no plan beats the lower bounds', () => {
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        const bound = lowerBound(day);
        for (const plan of [
          planDay(day, { maxIterations: 40, timeLimitMs: 60_000 }),
          planDayFcfs(day),
        ]) {
          expect(plan.metrics.lowerBoundRatio).toBeGreaterThanOrEqual(1);
          for (const v of day.visits) {
            const steps = plan.assignments.filter((a) => a.visitId === v.id);
            if (steps.length === 0) continue;
            const span =
              Math.max(...steps.map((a) => minutes(a.end))) -
              Math.min(...steps.map((a) => minutes(a.start)));
            expect(span).toBeGreaterThanOrEqual(bound.perVisit[v.id]!);
          }
          // The makespan bound holds for complete plans (only never-placeable visits left out).
          const dynamic = plan.unplaced.filter(
            (u) => u.code === 'NO_TIME_LEFT' || u.code === 'INTERPRETER_BOOKED_UP',
          );
          if (dynamic.length === 0)
            expect(plan.metrics.makespan).toBeGreaterThanOrEqual(bound.makespan);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the search never ends worse than its own construction', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: 1, max: 1000 }), (day, seed) => {
        const start = planDay(day, { seed, maxIterations: 0 });
        const end = planDay(day, { seed, maxIterations: 60, timeLimitMs: 60_000 });
        const key = (p: DayPlan) => [
          p.unplaced.length,
          p.metrics.meanTimeInBuilding * (day.visits.length - p.unplaced.length),
        ];
        const [u0 = 0, s0 = 0] = key(start);
        const [u1 = 0, s1 = 0] = key(end);
        expect(u1 < u0 || (u1 === u0 && s1 <= s0 + 1e-6)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the same seed gives the same plan', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: 1, max: 1000 }), (day, seed) => {
        const o = { seed, maxIterations: 30, timeLimitMs: 60_000 };
        expect(planDay(day, o)).toEqual(planDay(day, o));
      }),
      { numRuns: 100 },
    );
  });
});
