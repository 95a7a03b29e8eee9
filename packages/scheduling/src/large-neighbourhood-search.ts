import type { VisitModel } from './day-model.js';
import { findPlacement, type InsertMode } from './insertion.js';
import { randomInt, shuffle } from './prng.js';
import { longestFirst, scarcestFirst } from './priority-rules.js';
import { compareCost, type Cost, type Placement, type ScheduleState } from './schedule-state.js';
import type { SearchStats } from './types.js';

export interface SearchLimits {
  random: () => number;
  now: () => number;
  deadline: number;
  maxIterations: number;
  /** The objective no plan can beat; reaching it ends the search early. */
  floor: Omit<Cost, 'endSum'>;
}

/**
 * Large neighbourhood search (destroy and repair). Each iteration takes k visits out of the
 * timetable, chosen by one of several "destroy" rules (random, most waiting, close in time, at
 * the end of the day, sharing a resource), and reinserts them (plus a few unplaced visits) in
 * a random or priority order with the best-insertion move. A result that is no worse is kept,
 * so the search can drift across plateaus of equal cost; a worse one is rolled back exactly.
 * Greedy insertion alone cannot undo its early choices; reinserting a group in a new order can.
 */
export function largeNeighbourhoodSearch(
  state: ScheduleState,
  placeable: readonly VisitModel[],
  limits: SearchLimits,
): SearchStats {
  const { random } = limits;
  if (placeable.length === 0) return { iterations: 0, stoppedBy: 'optimal' };
  let current = state.cost();
  const maxK = Math.max(2, Math.min(12, Math.ceil(placeable.length * 0.25)));
  let iterations = 0;
  for (;;) {
    if (
      current.unplaced <= limits.floor.unplaced &&
      current.totalSpan <= limits.floor.totalSpan &&
      current.makespan <= limits.floor.makespan
    ) {
      return { iterations, stoppedBy: 'optimal' };
    }
    if (iterations >= limits.maxIterations) return { iterations, stoppedBy: 'iterations' };
    // One iteration can take milliseconds on a crowded day, so the clock is read every time.
    if (limits.now() >= limits.deadline) {
      return { iterations, stoppedBy: 'time' };
    }
    iterations++;

    const placed = placeable.filter((v) => state.placements[v.index] !== null);
    const waiting = placeable.filter((v) => state.placements[v.index] === null);
    // With households left out, half of the moves clear room for one of them and insert it
    // first, packing the others by earliest end; otherwise a plain destroy-and-repair move.
    const target =
      waiting.length > 0 && random() < 0.5
        ? waiting[randomInt(random, 0, waiting.length - 1)]!
        : null;
    const k = Math.min(placed.length, randomInt(random, 2, target ? maxK + 4 : maxK));
    const removed =
      placed.length === 0
        ? []
        : target
          ? blockersOf(state, placed, k, random, target)
          : DESTROY[randomInt(random, 0, DESTROY.length - 1)]!(state, placed, k, random);
    const old = new Map<VisitModel, Placement>();
    for (const v of removed) old.set(v, state.unbook(v.index)!);
    const retry = target ? [] : shuffle(random, waiting).slice(0, 3);
    const repair = REPAIR[randomInt(random, 0, REPAIR.length - 1)]!;
    const order = repair(state, [...removed, ...retry], old, random);
    // Mostly the real ranking (shortest stay); sometimes earliest end, which packs a full day.
    const mode: InsertMode = target || random() < 0.15 ? 'compact' : 'best';

    const inserted: VisitModel[] = [];
    if (target) {
      const p = findPlacement(state, target, random() < 0.5 ? 'best' : 'compact');
      if (p) {
        state.book(target.index, p);
        inserted.push(target);
      }
    }
    if (!target || inserted.length > 0) {
      for (const v of order) {
        const p = findPlacement(state, v, mode);
        if (p) {
          state.book(v.index, p);
          inserted.push(v);
        }
      }
    }
    const candidate = state.cost();
    if (compareCost(candidate, current) <= 0) {
      current = candidate;
    } else {
      for (const v of inserted) state.unbook(v.index);
      for (const [v, p] of old) state.book(v.index, p);
    }
  }
}

type Destroy = (
  state: ScheduleState,
  placed: readonly VisitModel[],
  k: number,
  random: () => number,
) => VisitModel[];

const placementOf = (state: ScheduleState, v: VisitModel) => state.placements[v.index]!;

/** Any k visits: diversification. */
const randomVisits: Destroy = (_state, placed, k, random) =>
  shuffle(random, [...placed]).slice(0, k);

/** The households that wait longest, plus random company so they have somewhere to go. */
const mostWaiting: Destroy = (state, placed, k, random) => {
  const wait = (v: VisitModel) => {
    const p = placementOf(state, v);
    return p.end - p.start - v.total;
  };
  const waiting = placed.filter((v) => wait(v) > 0).sort((a, b) => wait(b) - wait(a));
  if (waiting.length === 0) return endOfDay(state, placed, k, random);
  const head = waiting.slice(0, Math.max(1, Math.ceil(k / 2)));
  const rest = shuffle(
    random,
    placed.filter((v) => !head.includes(v)),
  ).slice(0, k - head.length);
  return [...head, ...rest];
};

/** Visits in the building at about the same time compete for the same resources. */
const closeInTime: Destroy = (state, placed, k, random) => {
  const pivot = placed[randomInt(random, 0, placed.length - 1)]!;
  const at = placementOf(state, pivot).start;
  return [...placed]
    .sort(
      (a, b) =>
        Math.abs(placementOf(state, a).start - at) - Math.abs(placementOf(state, b).start - at),
    )
    .slice(0, k);
};

/** The last households to leave set the makespan; they need room made earlier in the day. */
const endOfDay: Destroy = (state, placed, k, random) => {
  const byEnd = [...placed].sort((a, b) => placementOf(state, b).end - placementOf(state, a).end);
  const head = byEnd.slice(0, Math.max(1, Math.ceil(k / 2)));
  const rest = shuffle(random, byEnd.slice(head.length)).slice(0, k - head.length);
  return [...head, ...rest];
};

/** Visits sharing an interpreter, room or caseworker with a random visit: they block each other. */
const sharedResource: Destroy = (state, placed, k, random) => {
  const pivot = placed[randomInt(random, 0, placed.length - 1)]!;
  const p = placementOf(state, pivot);
  const step = randomInt(random, 0, p.starts.length - 1);
  const pick = randomInt(random, 0, 2);
  const uses = (v: VisitModel) => {
    const q = placementOf(state, v);
    if (pick === 0 && p.interpreter >= 0) return q.interpreter === p.interpreter;
    if (pick === 1) return q.rooms.includes(p.rooms[step] as number);
    return q.caseworkers.includes(p.caseworkers[step] as number);
  };
  const group = placed.filter(uses);
  const at = p.start;
  group.sort(
    (a, b) =>
      Math.abs(placementOf(state, a).start - at) - Math.abs(placementOf(state, b).start - at),
  );
  return group.slice(0, k);
};

/**
 * Visits holding what an unplaced household needs while it could be in the building: its
 * actors' caseworkers, rooms big enough for it, interpreters of its language. When the rooms
 * that fit it are the scarce ones (a big family), those who sit in them go first.
 */
function blockersOf(
  state: ScheduleState,
  placed: readonly VisitModel[],
  k: number,
  random: () => number,
  target: VisitModel,
): VisitModel[] {
  const actors = new Set(target.actors);
  const rooms = new Set(target.rooms);
  const scarceRooms = rooms.size < state.model.rooms.length;
  const inRooms: VisitModel[] = [];
  const others: VisitModel[] = [];
  for (const v of placed) {
    const p = placementOf(state, v);
    if (p.end <= target.release) continue;
    if (scarceRooms && p.rooms.some((r) => rooms.has(r))) inRooms.push(v);
    else if (
      v.actors.some((a) => actors.has(a)) ||
      (target.language !== null && v.language === target.language)
    ) {
      others.push(v);
    }
  }
  const first = shuffle(random, inRooms).slice(0, Math.ceil(k / 2));
  return [...first, ...shuffle(random, others).slice(0, k - first.length)];
}

const DESTROY: readonly Destroy[] = [
  randomVisits,
  mostWaiting,
  closeInTime,
  endOfDay,
  sharedResource,
];

type Repair = (
  state: ScheduleState,
  visits: VisitModel[],
  old: ReadonlyMap<VisitModel, Placement>,
  random: () => number,
) => VisitModel[];

const REPAIR: readonly Repair[] = [
  (_s, visits, _old, random) => shuffle(random, visits),
  // In the old time order, so a small change can shift the group without reshuffling it.
  (_s, visits, old) =>
    [...visits].sort(
      (a, b) =>
        (old.get(a)?.start ?? Infinity) - (old.get(b)?.start ?? Infinity) || a.index - b.index,
    ),
  (state, visits) => scarcestFirst(state.model, visits),
  (state, visits) => longestFirst(state.model, visits),
];
