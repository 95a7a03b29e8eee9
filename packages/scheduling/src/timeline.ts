/**
 * The busy intervals of one resource (a room, a caseworker or an interpreter) inside its usable
 * window. Intervals are half-open [start, end), never overlap and stay sorted, so both their
 * starts and their ends are sorted and every query is a binary search plus a short walk.
 */
export class Timeline {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly owners: number[] = [];

  constructor(
    readonly windowStart: number,
    readonly windowEnd: number,
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /** End times of the bookings: the moments this resource becomes free again. */
  releaseTimes(): readonly number[] {
    return this.ends;
  }

  /** Earliest s ≥ t with [s, s + d) free and inside the window; Infinity when there is none. */
  earliestFit(t: number, d: number): number {
    let s = Math.max(t, this.windowStart);
    let i = firstGreater(this.ends, s);
    while (i < this.starts.length && (this.starts[i] as number) < s + d) {
      s = Math.max(s, this.ends[i] as number);
      i++;
    }
    return s + d <= this.windowEnd ? s : Infinity;
  }

  /** Latest s ≤ t, s ≥ lo, with [s, s + d) free and inside the window; -Infinity when none. */
  latestFit(t: number, d: number, lo: number): number {
    let s = Math.min(t, this.windowEnd - d);
    let i = firstGreaterOrEqual(this.starts, s + d) - 1;
    while (i >= 0 && (this.ends[i] as number) > s) {
      s = Math.min(s, (this.starts[i] as number) - d);
      i--;
    }
    return s >= Math.max(lo, this.windowStart) ? s : -Infinity;
  }

  isFree(a: number, b: number): boolean {
    if (a < this.windowStart || b > this.windowEnd) return false;
    const i = firstGreater(this.ends, a);
    return i >= this.starts.length || (this.starts[i] as number) >= b;
  }

  /** Free minutes right before `a` (to the previous booking or the window start): for best fit. */
  slackBefore(a: number): number {
    const i = firstGreater(this.ends, a) - 1;
    return a - (i >= 0 ? (this.ends[i] as number) : this.windowStart);
  }

  add(a: number, b: number, owner: number): void {
    const i = firstGreaterOrEqual(this.starts, a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
    this.owners.splice(i, 0, owner);
  }

  remove(a: number, owner: number): void {
    const i = firstGreaterOrEqual(this.starts, a);
    if (this.starts[i] !== a || this.owners[i] !== owner) {
      throw new Error(`Timeline.remove: no booking of ${owner} at ${a}`);
    }
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
    this.owners.splice(i, 1);
  }
}

function firstGreater(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstGreaterOrEqual(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
