import type { VisitModel } from './day-model.js';
import type { Placement, ScheduleState } from './schedule-state.js';
import type { Timeline } from './timeline.js';

/**
 * Inserting one visit into a partial timetable, the planner's single building block.
 *
 * 1. No-wait search: the earliest start t at which every step k can run at t + offset_k (the
 *    chain back to back) and one interpreter is free for the whole stay. A conflict at step k
 *    can only be resolved by moving t to the moment its blocking resource frees up, so t jumps
 *    from release time to release time and the loop is short. A no-wait chain has the least
 *    possible time in the building, so when one exists it is the best insertion.
 * 2. Otherwise a minimal-wait search over candidate starts (the moments a relevant resource
 *    frees up, shifted back by the step's offset): a forward pass puts each step as early as
 *    possible, a backward pass pulls earlier steps as late as possible towards the next one,
 *    which keeps the end and closes the gaps. The candidate with the shortest stay (then the
 *    earliest end) wins.
 *
 * `compact` mode ranks the other way round: earliest end first, then the shortest stay. The
 * search uses it now and then to pack a crowded day so that one more household fits.
 *
 * `fcfs` mode is the naive baseline: the first start at which the chain fits at all, each step as
 * early as possible, no closing of gaps, first-fit resources.
 */
export type InsertMode = 'best' | 'compact' | 'fcfs' | 'ignore-interpreter';

export function findPlacement(
  state: ScheduleState,
  v: VisitModel,
  mode: InsertMode,
): Placement | null {
  const starts = mode === 'fcfs' ? firstFitStarts(state, v) : bestStarts(state, v, mode);
  return starts ? commitResources(state, v, starts, mode) : null;
}

function earliestInPool(pool: readonly number[], tls: readonly Timeline[], t: number, d: number) {
  let best = Infinity;
  for (const r of pool) {
    const s = (tls[r] as Timeline).earliestFit(t, d);
    if (s < best) {
      best = s;
      if (s === t) break;
    }
  }
  return best;
}

function latestInPool(
  pool: readonly number[],
  tls: readonly Timeline[],
  t: number,
  d: number,
  lo: number,
) {
  let best = -Infinity;
  for (const r of pool) {
    const s = (tls[r] as Timeline).latestFit(t, d, lo);
    if (s > best) {
      best = s;
      if (s === t) break;
    }
  }
  return best;
}

/** Earliest s ≥ t at which step k has both a caseworker and a room; Infinity when none. */
function earliestStep(state: ScheduleState, v: VisitModel, k: number, t: number): number {
  const cws = state.model.caseworkersByActor[v.actors[k]!];
  const d = v.minutes[k] as number;
  let s = t;
  for (;;) {
    const a = earliestInPool(cws, state.caseworkers, s, d);
    if (a === Infinity) return Infinity;
    const b = earliestInPool(v.rooms, state.rooms, a, d);
    if (b === a || b === Infinity) return b;
    s = b;
  }
}

/** Latest s in [lo, t] at which step k has both a caseworker and a room; -Infinity when none. */
function latestStep(state: ScheduleState, v: VisitModel, k: number, t: number, lo: number) {
  const cws = state.model.caseworkersByActor[v.actors[k]!];
  const d = v.minutes[k] as number;
  let s = t;
  for (;;) {
    const a = latestInPool(cws, state.caseworkers, s, d, lo);
    if (a === -Infinity) return a;
    const b = latestInPool(v.rooms, state.rooms, a, d, lo);
    if (b === a || b === -Infinity) return b;
    s = b;
  }
}

function needsInterpreter(v: VisitModel, mode: InsertMode): boolean {
  return v.language !== null && mode !== 'ignore-interpreter';
}

function interpreterFree(state: ScheduleState, v: VisitModel, a: number, b: number): boolean {
  return v.interpreters.some((i) => (state.interpreters[i] as Timeline).isFree(a, b));
}

function noWaitStart(state: ScheduleState, v: VisitModel, mode: InsertMode): number | null {
  const last = state.model.closes - v.total;
  let t = v.release;
  outer: for (;;) {
    if (t > last) return null;
    for (let k = 0; k < v.minutes.length; k++) {
      const s = t + (v.offsets[k] as number);
      const e = earliestStep(state, v, k, s);
      if (e === Infinity) return null;
      if (e > s) {
        t = e - (v.offsets[k] as number);
        continue outer;
      }
    }
    if (needsInterpreter(v, mode)) {
      const e = earliestInPool(v.interpreters, state.interpreters, t, v.total);
      if (e === Infinity) return null;
      if (e > t) {
        t = e;
        continue outer;
      }
    }
    return t;
  }
}

/** Start times worth trying: when a resource the visit needs opens or frees up, minus the offset. */
function candidateStarts(state: ScheduleState, v: VisitModel, mode: InsertMode): number[] {
  const last = state.model.closes - v.total;
  const found = new Set<number>([v.release]);
  const add = (t: number) => {
    if (t >= v.release && t <= last) found.add(t);
  };
  const addPool = (pool: readonly number[], tls: readonly Timeline[], offset: number) => {
    for (const r of pool) {
      const tl = tls[r] as Timeline;
      add(tl.windowStart - offset);
      for (const e of tl.releaseTimes()) add(e - offset);
    }
  };
  v.actors.forEach((actor, k) => {
    const offset = v.offsets[k] as number;
    addPool(state.model.caseworkersByActor[actor], state.caseworkers, offset);
    addPool(v.rooms, state.rooms, offset);
  });
  if (needsInterpreter(v, mode)) addPool(v.interpreters, state.interpreters, 0);
  return [...found].sort((a, b) => a - b);
}

/** Each step as early as possible from t0; null when the chain cannot finish before closing. */
function forwardPass(state: ScheduleState, v: VisitModel, t0: number): number[] | null {
  const starts: number[] = [];
  let t = t0;
  for (let k = 0; k < v.minutes.length; k++) {
    const s = earliestStep(state, v, k, t);
    if (s === Infinity) return null;
    starts.push(s);
    t = s + (v.minutes[k] as number);
  }
  return starts;
}

function bestStarts(state: ScheduleState, v: VisitModel, mode: InsertMode): number[] | null {
  if (mode !== 'compact') {
    const t = noWaitStart(state, v, mode);
    if (t !== null) return v.offsets.map((o) => t + o);
  }
  const n = v.minutes.length;
  let best: number[] | null = null;
  let bestSpan = Infinity;
  let bestEnd = Infinity;
  let lastEnd = -1;
  for (const t0 of candidateStarts(state, v, mode)) {
    const fwd = forwardPass(state, v, t0);
    // The forward pass is monotone in t0: once it fails, every later start fails too.
    if (!fwd) break;
    const end = (fwd[n - 1] as number) + (v.minutes[n - 1] as number);
    // The backward pass depends only on the end, so an end seen before gives nothing new.
    if (end === lastEnd) continue;
    lastEnd = end;
    const starts = fwd.slice();
    for (let k = n - 2; k >= 0; k--) {
      const bound = (starts[k + 1] as number) - (v.minutes[k] as number);
      const s = latestStep(state, v, k, bound, fwd[k] as number);
      // fwd[k] itself is feasible, so the latest fit is never below it.
      if (s !== -Infinity) starts[k] = s;
    }
    const span = end - (starts[0] as number);
    if (needsInterpreter(v, mode) && !interpreterFree(state, v, starts[0] as number, end)) continue;
    // Ends only grow with t0, so the first feasible candidate has the earliest end.
    if (mode === 'compact') return starts;
    if (span < bestSpan || (span === bestSpan && end < bestEnd)) {
      best = starts;
      bestSpan = span;
      bestEnd = end;
    }
  }
  return best;
}

function firstFitStarts(state: ScheduleState, v: VisitModel): number[] | null {
  const n = v.minutes.length;
  for (const t0 of candidateStarts(state, v, 'fcfs')) {
    const fwd = forwardPass(state, v, t0);
    if (!fwd) return null;
    const end = (fwd[n - 1] as number) + (v.minutes[n - 1] as number);
    if (v.language === null || interpreterFree(state, v, fwd[0] as number, end)) return fwd;
  }
  return null;
}

/**
 * Picks the concrete people and rooms for chosen times and books them. Best fit: the smallest
 * room that holds the household (big rooms stay free for families) and the caseworker or
 * interpreter with the least idle time just before, which keeps free time in long blocks.
 */
function commitResources(
  state: ScheduleState,
  v: VisitModel,
  starts: number[],
  mode: InsertMode,
): Placement {
  const bestFit = mode !== 'fcfs';
  const pick = (pool: readonly number[], tls: readonly Timeline[], a: number, b: number) => {
    let chosen = -1;
    let slack = Infinity;
    for (const r of pool) {
      const tl = tls[r] as Timeline;
      if (!tl.isFree(a, b)) continue;
      if (!bestFit) return r;
      const sl = tl.slackBefore(a);
      if (sl < slack) {
        chosen = r;
        slack = sl;
      }
    }
    if (chosen < 0) throw new Error(`no free resource for visit ${v.id} at ${a}`);
    return chosen;
  };
  const pickRoom = (a: number, b: number) => {
    if (!bestFit) return pick(inputOrder(v.rooms), state.rooms, a, b);
    // Rooms come smallest first: take the tightest free room of the smallest fitting size.
    let size = -1;
    const same: number[] = [];
    for (const r of v.rooms) {
      if (!(state.rooms[r] as Timeline).isFree(a, b)) continue;
      const capacity = state.model.rooms[r]!.capacity;
      if (size >= 0 && capacity !== size) break;
      size = capacity;
      same.push(r);
    }
    return pick(same, state.rooms, a, b);
  };
  const n = starts.length;
  const rooms: number[] = [];
  const caseworkers: number[] = [];
  for (let k = 0; k < n; k++) {
    const a = starts[k] as number;
    const b = a + (v.minutes[k] as number);
    rooms.push(pickRoom(a, b));
    caseworkers.push(pick(state.model.caseworkersByActor[v.actors[k]!], state.caseworkers, a, b));
  }
  const start = starts[0] as number;
  const end = (starts[n - 1] as number) + (v.minutes[n - 1] as number);
  const interpreter = needsInterpreter(v, mode)
    ? pick(v.interpreters, state.interpreters, start, end)
    : -1;
  return { starts, rooms, caseworkers, interpreter, start, end };
}

function inputOrder(pool: readonly number[]): number[] {
  return pool.slice().sort((a, b) => a - b);
}
