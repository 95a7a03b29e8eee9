import type { ActorId } from '@motesplats/location-config';
import type { Assignment, DayInput, DayPlan, Visit } from '../src/index.js';

/** A day with nobody booked yet; tests add what they need. */
export function emptyDay(overrides: Partial<DayInput> = {}): DayInput {
  return {
    date: '2026-11-23',
    opens: '08:00',
    closes: '17:00',
    rooms: [],
    caseworkers: [],
    interpreters: [],
    visits: [],
    ...overrides,
  };
}

/** `visit('v1', 'mv:30 af:45', { language: 'ar' })`: a chain in the order written. */
export function visit(
  id: string,
  chain: string,
  extra: Partial<Omit<Visit, 'id' | 'steps'>> = {},
): Visit {
  return {
    id,
    people: 1,
    language: null,
    ...extra,
    steps: chain.split(' ').map((s) => {
      const [actor, minutes] = s.split(':');
      return { actor: actor as ActorId, minutes: Number(minutes) };
    }),
  };
}

/** One caseworker per actor, all day. */
export function oneOfEach(): DayInput['caseworkers'] {
  return (['mv', 'af', 'fk', 'pm', 'skv', 'kommun'] as const).map((actor) => ({
    id: `${actor}-1`,
    actor,
  }));
}

export function stepsOf(plan: DayPlan, visitId: string): Assignment[] {
  return plan.assignments.filter((a) => a.visitId === visitId).sort((a, b) => a.step - b.step);
}

export function codes(issues: ReadonlyArray<{ code: string }>): string[] {
  return [...new Set(issues.map((i) => i.code))].sort();
}

export function minutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}
