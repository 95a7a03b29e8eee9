import { parseClock } from './clock-time.js';
import { inputIssues } from './day-model.js';
import { computeMetrics } from './metrics.js';
import type { Assignment, DayInput, DayPlan, PlanIssue, Visit } from './types.js';

/**
 * Checks a plan against every hard rule of the day, independently of the planner: it shares
 * no code with the search but time parsing, the input check and the metrics definition, so a
 * solver bug cannot hide behind its own assumptions. Empty result = valid.
 *
 * The interpreter model (ADR 0003): a household's interpreter is reserved from its first step's
 * start to its last step's end, waiting included. So interpreter double-booking and working hours
 * are checked on that whole span, not per step.
 */
export function validatePlan(
  input: DayInput,
  plan: Pick<DayPlan, 'assignments' | 'metrics'> & {
    // Any plan with the contract's shape can be checked, not only this planner's (which adds `code`).
    unplaced: ReadonlyArray<{ visitId: string; reason: string }>;
  },
): PlanIssue[] {
  const bad = inputIssues(input);
  if (bad.length > 0) return bad.map((i) => ({ code: 'INVALID_INPUT', message: i.message }));
  const issues: PlanIssue[] = [];
  const report = (code: string, message: string) => issues.push({ code, message });

  const opens = parseClock(input.opens) as number;
  const closes = parseClock(input.closes) as number;
  // Missing personal hours mean "whenever the location is open"; the opening hours are checked
  // on their own, so the same slip is not reported twice.
  const hours = (from?: string, to?: string) => ({
    from: from === undefined ? 0 : (parseClock(from) as number),
    to: to === undefined ? 24 * 60 : (parseClock(to) as number),
  });
  const visits = new Map(input.visits.map((v) => [v.id, v]));
  const rooms = new Map(input.rooms.map((r) => [r.id, r]));
  const caseworkers = new Map(
    input.caseworkers.map((c) => [c.id, { ...c, ...hours(c.from, c.to) }]),
  );
  const interpreters = new Map(
    input.interpreters.map((i) => [i.id, { ...i, ...hours(i.from, i.to) }]),
  );

  const unplaced = new Set<string>();
  for (const u of plan.unplaced) {
    if (!visits.has(u.visitId))
      report('UNKNOWN_VISIT', `unplaced visit "${u.visitId}" is not in the input`);
    if (unplaced.has(u.visitId))
      report('DUPLICATE_UNPLACED', `visit "${u.visitId}" is unplaced twice`);
    if (typeof u.reason !== 'string' || u.reason.trim() === '') {
      report('UNPLACED_WITHOUT_REASON', `visit "${u.visitId}" is unplaced without a reason`);
    }
    unplaced.add(u.visitId);
  }

  type Timed = { a: Assignment; s: number; e: number };
  const byVisit = new Map<string, Timed[]>();
  const roomUse = new Map<string, Timed[]>();
  const caseworkerUse = new Map<string, Timed[]>();
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  const where = (a: Assignment) => `visit "${a.visitId}" step ${a.step}`;

  for (const a of plan.assignments) {
    const v = visits.get(a.visitId);
    if (!v) {
      report('UNKNOWN_VISIT', `assignment for unknown visit "${a.visitId}"`);
      continue;
    }
    const step = Number.isInteger(a.step) ? v.steps[a.step] : undefined;
    if (!step) {
      report('UNKNOWN_STEP', `${where(a)}: the visit has ${v.steps.length} steps`);
      continue;
    }
    const s = parseClock(a.start);
    const e = parseClock(a.end);
    if (s === null || e === null) {
      report('INVALID_TIME', `${where(a)}: "${a.start}"–"${a.end}" is not HH:MM`);
      // The step is there, only its times are unreadable: do not also call it missing.
      push(byVisit, v.id, { a, s: NaN, e: NaN });
      continue;
    }
    const timed = { a, s, e };
    push(byVisit, v.id, timed);
    if (e - s !== step.minutes) {
      report('DURATION', `${where(a)} lasts ${e - s} min, the step takes ${step.minutes}`);
    }
    if (a.actor !== step.actor) {
      report('WRONG_ACTOR', `${where(a)} is for ${step.actor}, the assignment says ${a.actor}`);
    }
    if (s < opens || e > closes) {
      report(
        'OUTSIDE_OPENING_HOURS',
        `${where(a)} ${a.start}–${a.end} is outside ${input.opens}–${input.closes}`,
      );
    }
    const earliest = v.earliest === undefined ? null : parseClock(v.earliest);
    if (earliest !== null && s < earliest) {
      report(
        'BEFORE_EARLIEST',
        `${where(a)} starts ${a.start}, before the household's ${v.earliest}`,
      );
    }
    const room = rooms.get(a.roomId);
    if (!room) report('UNKNOWN_RESOURCE', `${where(a)}: unknown room "${a.roomId}"`);
    else {
      push(roomUse, room.id, timed);
      if (room.capacity < v.people) {
        report(
          'ROOM_TOO_SMALL',
          `${where(a)}: room "${room.id}" holds ${room.capacity}, the household is ${v.people}`,
        );
      }
    }
    const cw = caseworkers.get(a.caseworkerId);
    if (!cw) report('UNKNOWN_RESOURCE', `${where(a)}: unknown caseworker "${a.caseworkerId}"`);
    else {
      push(caseworkerUse, cw.id, timed);
      if (cw.actor !== step.actor) {
        report(
          'WRONG_ACTOR',
          `${where(a)}: caseworker "${cw.id}" works for ${cw.actor}, not ${step.actor}`,
        );
      }
      if (s < cw.from || e > cw.to) {
        report(
          'OUTSIDE_WORKING_HOURS',
          `${where(a)}: caseworker "${cw.id}" does not work ${a.start}–${a.end}`,
        );
      }
    }
    if (a.interpreterId !== null) {
      const it = interpreters.get(a.interpreterId);
      if (!it) report('UNKNOWN_RESOURCE', `${where(a)}: unknown interpreter "${a.interpreterId}"`);
      else if (v.language === null) {
        report('INTERPRETER_NOT_NEEDED', `${where(a)}: the household needs no interpreter`);
      } else if (!it.languages.includes(v.language)) {
        report(
          'INTERPRETER_LANGUAGE',
          `${where(a)}: interpreter "${it.id}" does not speak "${v.language}"`,
        );
      }
    }
  }

  const interpreterUse = new Map<string, Timed[]>();
  for (const v of input.visits) {
    const list = byVisit.get(v.id) ?? [];
    if (list.length > 0 && unplaced.has(v.id)) {
      report('PLACED_AND_UNPLACED', `visit "${v.id}" is both scheduled and unplaced`);
    }
    if (list.length === 0) {
      if (!unplaced.has(v.id))
        report('MISSING_VISIT', `visit "${v.id}" is neither scheduled nor unplaced`);
      continue;
    }
    checkChain(v, list, report);
    // The interpreter's reservation: from the first to the last step they attend.
    const spans = new Map<string, { s: number; e: number }>();
    for (const t of list) {
      if (t.a.interpreterId === null || Number.isNaN(t.s)) continue;
      const span = spans.get(t.a.interpreterId);
      if (span) {
        span.s = Math.min(span.s, t.s);
        span.e = Math.max(span.e, t.e);
      } else spans.set(t.a.interpreterId, { s: t.s, e: t.e });
    }
    for (const [id, span] of spans) {
      const it = interpreters.get(id);
      if (!it) continue;
      push(interpreterUse, id, { a: list[0]!.a, ...span });
      if (span.s < it.from || span.e > it.to) {
        report(
          'OUTSIDE_WORKING_HOURS',
          `visit "${v.id}": interpreter "${id}" does not work for the whole stay`,
        );
      }
    }
  }

  doubleBookings('DOUBLE_BOOKED_ROOM', 'room', roomUse, report);
  doubleBookings('DOUBLE_BOOKED_CASEWORKER', 'caseworker', caseworkerUse, report);
  doubleBookings('DOUBLE_BOOKED_INTERPRETER', 'interpreter', interpreterUse, report);

  const expected = computeMetrics(input, plan.assignments);
  for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
    if (!(Math.abs(expected[key] - plan.metrics[key]) <= 0.01)) {
      report('METRICS', `metrics.${key} is ${plan.metrics[key]}, the plan gives ${expected[key]}`);
    }
  }
  return issues;
}

type Report = (code: string, message: string) => void;

/** All steps exactly once, in chain order, and one interpreter throughout when one is needed. */
function checkChain(
  v: Visit,
  list: Array<{ a: Assignment; s: number; e: number }>,
  report: Report,
) {
  const byStep = new Map<number, { s: number; e: number }>();
  for (const t of list) {
    if (byStep.has(t.a.step))
      report('DUPLICATE_STEP', `visit "${v.id}" step ${t.a.step} is scheduled twice`);
    else byStep.set(t.a.step, t);
  }
  v.steps.forEach((_, k) => {
    if (!byStep.has(k))
      report('MISSING_STEP', `visit "${v.id}" step ${k} is not scheduled (no partial visits)`);
  });
  for (let k = 1; k < v.steps.length; k++) {
    const prev = byStep.get(k - 1);
    const cur = byStep.get(k);
    if (prev && cur && cur.s < prev.e) {
      report('STEP_ORDER', `visit "${v.id}" step ${k} starts before step ${k - 1} ends`);
    }
  }
  if (v.language !== null) {
    if (list.some((t) => t.a.interpreterId === null)) {
      report(
        'INTERPRETER_MISSING',
        `visit "${v.id}" needs a "${v.language}" interpreter at every step`,
      );
    }
    const ids = new Set(
      list.flatMap((t) => (t.a.interpreterId === null ? [] : [t.a.interpreterId])),
    );
    if (ids.size > 1) {
      report(
        'INTERPRETER_SWITCH',
        `visit "${v.id}" changes interpreter (${[...ids].join(', ')}); one follows the household all day`,
      );
    }
  }
}

function doubleBookings(
  code: string,
  kind: string,
  uses: Map<string, Array<{ a: Assignment; s: number; e: number }>>,
  report: Report,
) {
  for (const [id, list] of uses) {
    list.sort((x, y) => x.s - y.s || x.e - y.e);
    let holder = list[0];
    for (let i = 1; i < list.length; i++) {
      const cur = list[i]!;
      if (holder && cur.s < holder.e) {
        report(
          code,
          `${kind} "${id}" is booked by visit "${holder.a.visitId}" and visit "${cur.a.visitId}" at the same time`,
        );
      }
      if (!holder || cur.e > holder.e) holder = cur;
    }
  }
}
