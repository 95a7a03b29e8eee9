import { formatClock } from './clock-time.js';
import type { DayModel, VisitModel } from './day-model.js';
import { findPlacement } from './insertion.js';
import type { ScheduleState } from './schedule-state.js';
import type { Unplaced } from './types.js';

/**
 * Why a visit can never be placed on this day, whatever the rest of the timetable looks like;
 * null when it could be. The search skips these visits, and the plan names the cause so that a
 * location admin knows what to fix (a bigger room, an interpreter, a caseworker).
 */
export function staticUnplacedReason(model: DayModel, v: VisitModel): Unplaced | null {
  const out = (code: Unplaced['code'], reason: string): Unplaced => ({
    visitId: v.id,
    code,
    reason,
  });
  const missing = [...new Set(v.actors)].filter((a) => model.caseworkersByActor[a].length === 0);
  if (missing.length > 0) {
    return out('NO_CASEWORKER_FOR_ACTOR', `no caseworker for ${missing.join(', ')} works this day`);
  }
  if (v.rooms.length === 0) {
    const largest = Math.max(0, ...model.rooms.map((r) => r.capacity));
    return out(
      'NO_ROOM_FOR_FAMILY',
      `the household of ${v.people} does not fit in any room (largest holds ${largest})`,
    );
  }
  if (v.language !== null && v.interpreters.length === 0) {
    return out(
      'NO_INTERPRETER_FOR_LANGUAGE',
      `no interpreter for "${v.language}" works this day; book one before inviting the household`,
    );
  }
  if (v.release + v.total > model.closes) {
    return out(
      'DAY_TOO_SHORT',
      `the chain takes ${v.total} min but only ${Math.max(0, model.closes - v.release)} min remain from ${formatClock(v.release)} to closing`,
    );
  }
  if (
    v.language !== null &&
    !v.interpreters.some((i) => {
      const it = model.interpreters[i]!;
      return Math.max(it.from, v.release) + v.total <= it.to;
    })
  ) {
    return out(
      'INTERPRETER_HOURS_TOO_SHORT',
      `no "${v.language}" interpreter works long enough to follow the household through its ${v.total} min chain`,
    );
  }
  return null;
}

/**
 * Why a visit that could have been placed was not, in the final timetable: if it fits once the
 * interpreter requirement is relaxed, the interpreters of its language are booked up; otherwise
 * the caseworkers, rooms or hours are.
 */
export function dynamicUnplacedReason(state: ScheduleState, v: VisitModel): Unplaced {
  if (v.language !== null && findPlacement(state, v, 'ignore-interpreter')) {
    return {
      visitId: v.id,
      code: 'INTERPRETER_BOOKED_UP',
      reason: `every "${v.language}" interpreter is busy with other households whenever the chain could run; the plan never splits a household between interpreters`,
    };
  }
  return {
    visitId: v.id,
    code: 'NO_TIME_LEFT',
    reason: 'the caseworkers and rooms the chain needs are booked up before closing',
  };
}
