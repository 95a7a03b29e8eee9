import type { DayModel } from './day-model.js';
import { Timeline } from './timeline.js';

/** Where and when one visit runs: per step a start, a room and a caseworker; one interpreter. */
export interface Placement {
  starts: number[];
  rooms: number[];
  caseworkers: number[];
  /** -1 when the visit needs no interpreter. */
  interpreter: number;
  start: number;
  end: number;
}

/** The lexicographic objective: place everyone, then keep households briefly, then end early. */
export interface Cost {
  unplaced: number;
  totalSpan: number;
  makespan: number;
  /**
   * Sum of the visits' end times: a tie-break that is not part of the stated objective but
   * rewards every household that leaves earlier, which gives the search a gradient towards a
   * shorter makespan instead of a plateau where only the very last household counts.
   */
  endSum: number;
}

export function compareCost(a: Cost, b: Cost): number {
  return (
    a.unplaced - b.unplaced ||
    a.totalSpan - b.totalSpan ||
    a.makespan - b.makespan ||
    a.endSum - b.endSum
  );
}

/**
 * A partial timetable: every resource's timeline plus each visit's placement. The search
 * mutates one state in place (book, unbook, rebook) instead of copying it, which is what makes
 * thousands of neighbourhood moves fit in a few hundred milliseconds.
 */
export class ScheduleState {
  readonly rooms: Timeline[];
  readonly caseworkers: Timeline[];
  readonly interpreters: Timeline[];
  readonly placements: Array<Placement | null>;
  private placedCount = 0;
  private spanSum = 0;

  constructor(readonly model: DayModel) {
    this.rooms = model.rooms.map(() => new Timeline(model.opens, model.closes));
    this.caseworkers = model.caseworkers.map((c) => new Timeline(c.from, c.to));
    this.interpreters = model.interpreters.map((i) => new Timeline(i.from, i.to));
    this.placements = model.visits.map(() => null);
  }

  book(visit: number, p: Placement): void {
    if (this.placements[visit]) throw new Error(`visit ${visit} is already placed`);
    const v = this.model.visits[visit];
    if (!v) throw new Error(`no visit ${visit}`);
    p.starts.forEach((s, k) => {
      const e = s + (v.minutes[k] as number);
      (this.rooms[p.rooms[k] as number] as Timeline).add(s, e, visit);
      (this.caseworkers[p.caseworkers[k] as number] as Timeline).add(s, e, visit);
    });
    // The interpreter follows the household for its whole stay, waiting included (ADR 0003).
    if (p.interpreter >= 0)
      (this.interpreters[p.interpreter] as Timeline).add(p.start, p.end, visit);
    this.placements[visit] = p;
    this.placedCount++;
    this.spanSum += p.end - p.start;
  }

  unbook(visit: number): Placement | null {
    const p = this.placements[visit];
    if (!p) return null;
    p.starts.forEach((s, k) => {
      (this.rooms[p.rooms[k] as number] as Timeline).remove(s, visit);
      (this.caseworkers[p.caseworkers[k] as number] as Timeline).remove(s, visit);
    });
    if (p.interpreter >= 0) (this.interpreters[p.interpreter] as Timeline).remove(p.start, visit);
    this.placements[visit] = null;
    this.placedCount--;
    this.spanSum -= p.end - p.start;
    return p;
  }

  cost(): Cost {
    let last = this.model.opens;
    let endSum = 0;
    for (const p of this.placements) {
      if (!p) continue;
      if (p.end > last) last = p.end;
      endSum += p.end;
    }
    return {
      unplaced: this.placements.length - this.placedCount,
      totalSpan: this.spanSum,
      makespan: last - this.model.opens,
      endSum,
    };
  }
}
