import { ACTOR_IDS, type ActorId } from '@motesplats/location-config';
import { parseClock } from './clock-time.js';
import { DayInputError } from './day-input-error.js';
import type { DayInput, PlanIssue } from './types.js';

/**
 * The input in the planner's own terms: minutes instead of `HH:MM`, array indexes instead of
 * ids, each person's hours already clipped to the opening hours, and the resource pools each
 * step may draw from. Every algorithm (planner, baseline, bounds) works on this one model.
 */
export interface DayModel {
  opens: number;
  closes: number;
  rooms: Array<{ id: string; capacity: number }>;
  caseworkers: Array<{ id: string; actor: ActorId; from: number; to: number }>;
  interpreters: Array<{ id: string; languages: ReadonlySet<string>; from: number; to: number }>;
  visits: VisitModel[];
  /** Caseworker indexes per actor. */
  caseworkersByActor: Record<ActorId, number[]>;
}

export interface VisitModel {
  index: number;
  id: string;
  people: number;
  language: string | null;
  /** max(opens, earliest). */
  release: number;
  actors: ActorId[];
  minutes: number[];
  /** Minutes of the steps before step k: where step k starts when the chain runs without waiting. */
  offsets: number[];
  /** Sum of the step minutes: the visit's lower bound. */
  total: number;
  /** Rooms big enough for the household, smallest first (best fit keeps big rooms for families). */
  rooms: number[];
  /** Interpreters speaking the language; empty when none is needed or none exists. */
  interpreters: number[];
}

const ACTORS: ReadonlySet<string> = new Set(ACTOR_IDS);

/** The problems that make an input unplannable; empty when it is well-formed. */
export function inputIssues(input: DayInput): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const bad = (code: string, message: string) => issues.push({ code, message });
  const opens = parseClock(input.opens);
  const closes = parseClock(input.closes);
  if (opens === null) bad('INVALID_TIME', `opens "${String(input.opens)}" is not HH:MM`);
  if (closes === null) bad('INVALID_TIME', `closes "${String(input.closes)}" is not HH:MM`);
  if (opens !== null && closes !== null && closes <= opens) {
    bad('INVALID_HOURS', `closes ${input.closes} is not after opens ${input.opens}`);
  }
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) bad('DUPLICATE_ID', `${kind} id "${id}" is used twice`);
      seen.add(id);
    }
  };
  unique(
    'room',
    input.rooms.map((r) => r.id),
  );
  unique(
    'caseworker',
    input.caseworkers.map((c) => c.id),
  );
  unique(
    'interpreter',
    input.interpreters.map((i) => i.id),
  );
  unique(
    'visit',
    input.visits.map((v) => v.id),
  );
  for (const room of input.rooms) {
    if (!Number.isInteger(room.capacity) || room.capacity < 1) {
      bad('INVALID_CAPACITY', `room "${room.id}" capacity must be a positive integer`);
    }
  }
  const hours = (who: string, from?: string, to?: string) => {
    const f = from === undefined ? 0 : parseClock(from);
    const t = to === undefined ? 24 * 60 : parseClock(to);
    if (f === null) bad('INVALID_TIME', `${who} from "${String(from)}" is not HH:MM`);
    if (t === null) bad('INVALID_TIME', `${who} to "${String(to)}" is not HH:MM`);
    if (f !== null && t !== null && t <= f) bad('INVALID_HOURS', `${who} ends before it starts`);
  };
  for (const c of input.caseworkers) {
    if (!ACTORS.has(c.actor)) bad('UNKNOWN_ACTOR', `caseworker "${c.id}" has actor "${c.actor}"`);
    hours(`caseworker "${c.id}"`, c.from, c.to);
  }
  for (const i of input.interpreters) hours(`interpreter "${i.id}"`, i.from, i.to);
  for (const v of input.visits) {
    if (!Number.isInteger(v.people) || v.people < 1) {
      bad('INVALID_PEOPLE', `visit "${v.id}" people must be a positive integer`);
    }
    if (v.earliest !== undefined && parseClock(v.earliest) === null) {
      bad('INVALID_TIME', `visit "${v.id}" earliest "${String(v.earliest)}" is not HH:MM`);
    }
    if (v.steps.length === 0) bad('NO_STEPS', `visit "${v.id}" has no steps`);
    v.steps.forEach((s, k) => {
      if (!ACTORS.has(s.actor)) bad('UNKNOWN_ACTOR', `visit "${v.id}" step ${k}: "${s.actor}"`);
      if (!Number.isInteger(s.minutes) || s.minutes < 1) {
        bad('INVALID_MINUTES', `visit "${v.id}" step ${k}: minutes must be a positive integer`);
      }
    });
  }
  return issues;
}

/** Builds the model; throws `DayInputError` on a malformed input. */
export function buildDayModel(input: DayInput): DayModel {
  const issues = inputIssues(input);
  if (issues.length > 0) throw new DayInputError(issues);
  const opens = parseClock(input.opens) as number;
  const closes = parseClock(input.closes) as number;
  // Working hours outside the opening hours are unusable, so clip them once here.
  const clip = (from?: string, to?: string) => ({
    from: Math.max(opens, from === undefined ? opens : (parseClock(from) as number)),
    to: Math.min(closes, to === undefined ? closes : (parseClock(to) as number)),
  });
  const rooms = input.rooms.map((r) => ({ id: r.id, capacity: r.capacity }));
  const caseworkers = input.caseworkers.map((c) => ({
    id: c.id,
    actor: c.actor,
    ...clip(c.from, c.to),
  }));
  const interpreters = input.interpreters.map((i) => ({
    id: i.id,
    languages: new Set(i.languages),
    ...clip(i.from, i.to),
  }));
  const caseworkersByActor = Object.fromEntries(
    ACTOR_IDS.map((a) => [a, [] as number[]]),
  ) as Record<ActorId, number[]>;
  caseworkers.forEach((c, i) => caseworkersByActor[c.actor].push(i));
  const roomsBySize = rooms
    .map((r, i) => ({ i, capacity: r.capacity }))
    .sort((a, b) => a.capacity - b.capacity || a.i - b.i);
  const visits = input.visits.map((v, index): VisitModel => {
    const minutes = v.steps.map((s) => s.minutes);
    const offsets: number[] = [];
    let total = 0;
    for (const m of minutes) {
      offsets.push(total);
      total += m;
    }
    const language = v.language;
    return {
      index,
      id: v.id,
      people: v.people,
      language,
      release: Math.max(
        opens,
        v.earliest === undefined ? opens : (parseClock(v.earliest) as number),
      ),
      actors: v.steps.map((s) => s.actor),
      minutes,
      offsets,
      total,
      rooms: roomsBySize.filter((r) => r.capacity >= v.people).map((r) => r.i),
      interpreters:
        language === null
          ? []
          : interpreters.flatMap((it, i) => (it.languages.has(language) ? [i] : [])),
    };
  });
  return { opens, closes, rooms, caseworkers, interpreters, visits, caseworkersByActor };
}
