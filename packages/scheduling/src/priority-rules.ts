import type { DayModel, VisitModel } from './day-model.js';

/**
 * Orders in which to insert visits. Insertion is greedy, so whoever goes first gets the best
 * slot; each rule bets on a different bottleneck, and the planner keeps the best outcome.
 */
export type PriorityRule = (model: DayModel, visits: readonly VisitModel[]) => VisitModel[];

const byIndex = (a: VisitModel, b: VisitModel) => a.index - b.index;

/**
 * Scarce first: a household whose language has few interpreter-minutes per minute of demand, or
 * that fits in few rooms, has the fewest options, so it should choose before the others fill them.
 */
export const scarcestFirst: PriorityRule = (model, visits) => {
  const demand = new Map<string, number>();
  for (const v of visits)
    if (v.language) demand.set(v.language, (demand.get(v.language) ?? 0) + v.total);
  const supply = new Map<string, number>();
  for (const [language] of demand) {
    let minutes = 0;
    for (const it of model.interpreters) if (it.languages.has(language)) minutes += it.to - it.from;
    supply.set(language, minutes);
  }
  const score = (v: VisitModel) => {
    const interpreterPressure = v.language
      ? (demand.get(v.language) ?? 0) / Math.max(1, supply.get(v.language) ?? 0)
      : 0;
    const roomPressure = 1 - v.rooms.length / Math.max(1, model.rooms.length);
    return interpreterPressure + roomPressure;
  };
  const scores = new Map(visits.map((v) => [v, score(v)]));
  return [...visits].sort(
    (a, b) =>
      scores.get(b)! - scores.get(a)! ||
      b.total - a.total ||
      a.release - b.release ||
      byIndex(a, b),
  );
};

/** Longest chain first: the classic list-scheduling rule for a short makespan. */
export const longestFirst: PriorityRule = (_model, visits) =>
  [...visits].sort((a, b) => b.total - a.total || a.release - b.release || byIndex(a, b));

/** Earliest invitation first: keeps the morning dense, which suits households booked early. */
export const earliestFirst: PriorityRule = (_model, visits) =>
  [...visits].sort((a, b) => a.release - b.release || b.total - a.total || byIndex(a, b));

/** Biggest family first: the large rooms are the scarcest resource for families. */
export const biggestFamilyFirst: PriorityRule = (_model, visits) =>
  [...visits].sort((a, b) => b.people - a.people || b.total - a.total || byIndex(a, b));

export const PRIORITY_RULES: readonly PriorityRule[] = [
  scarcestFirst,
  longestFirst,
  earliestFirst,
  biggestFamilyFirst,
];
