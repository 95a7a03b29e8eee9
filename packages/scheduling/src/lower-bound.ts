import { ACTOR_IDS } from '@motesplats/location-config';
import { buildDayModel, type DayModel, type VisitModel } from './day-model.js';
import type { DayInput, LowerBound } from './types.js';
import { staticUnplacedReason } from './unplaced-reason.js';

/**
 * Bounds no plan can beat, to judge the planner's plans against (`lowerBoundRatio`).
 *
 * Per visit: the sum of its step minutes. The chain order is fixed and steps do not overlap, so
 * a household can never leave sooner than that after it arrives.
 *
 * Makespan (minutes from opening), over the visits that can be placed at all: the largest of
 * - the longest chain, counted from its release (`earliest`);
 * - per actor (its m caseworkers), per room size (the rooms holding at least that many people)
 *   and per language (its interpreters, reserved for whole stays): an energy bound. Work that
 *   cannot start before H (its release plus the minutes before it in the chain) and must leave
 *   Q minutes for the rest of its chain occupies m parallel servers for at least load / m, so
 *   the day lasts at least H + ⌈load / m⌉ + Q. It is taken over every threshold of H and of Q.
 * Working hours only make things later, so ignoring them keeps the bound valid.
 */
export function lowerBound(input: DayInput): LowerBound {
  return lowerBoundOf(buildDayModel(input));
}

export function lowerBoundOf(model: DayModel): LowerBound {
  const perVisit: Record<string, number> = {};
  for (const v of model.visits) perVisit[v.id] = v.total;
  const placeable = model.visits.filter((v) => staticUnplacedReason(model, v) === null);
  return { perVisit, makespan: placeable.length === 0 ? 0 : makespanBound(model, placeable) };
}

/** A piece of work: earliest start from opening, duration, minutes that must follow it. */
interface Work {
  head: number;
  minutes: number;
  tail: number;
}

function makespanBound(model: DayModel, visits: VisitModel[]): number {
  const release = (v: VisitModel) => v.release - model.opens;
  const whole = (v: VisitModel): Work => ({ head: release(v), minutes: v.total, tail: 0 });
  let bound = Math.max(...visits.map((v) => release(v) + v.total));

  for (const actor of ACTOR_IDS) {
    const work: Work[] = [];
    for (const v of visits) {
      v.actors.forEach((a, k) => {
        if (a !== actor) return;
        const minutes = v.minutes[k] as number;
        const offset = v.offsets[k] as number;
        work.push({ head: release(v) + offset, minutes, tail: v.total - offset - minutes });
      });
    }
    bound = Math.max(bound, energyBound(work, model.caseworkersByActor[actor].length));
  }
  for (const size of new Set(visits.map((v) => v.people))) {
    const rooms = model.rooms.filter((r) => r.capacity >= size).length;
    bound = Math.max(bound, energyBound(visits.filter((v) => v.people >= size).map(whole), rooms));
  }
  for (const language of new Set(visits.flatMap((v) => (v.language ? [v.language] : [])))) {
    const interpreters = model.interpreters.filter((i) => i.languages.has(language)).length;
    const group = visits.filter((v) => v.language === language).map(whole);
    bound = Math.max(bound, energyBound(group, interpreters));
  }
  return bound;
}

function energyBound(work: readonly Work[], servers: number): number {
  if (servers <= 0 || work.length === 0) return 0;
  let best = 0;
  const consider = (group: readonly Work[]) => {
    if (group.length === 0) return;
    let load = 0;
    let head = Infinity;
    let tail = Infinity;
    for (const w of group) {
      load += w.minutes;
      head = Math.min(head, w.head);
      tail = Math.min(tail, w.tail);
    }
    best = Math.max(best, head + Math.ceil(load / servers) + tail);
  };
  for (const h of new Set(work.map((w) => w.head))) consider(work.filter((w) => w.head >= h));
  for (const q of new Set(work.map((w) => w.tail))) consider(work.filter((w) => w.tail >= q));
  return best;
}
