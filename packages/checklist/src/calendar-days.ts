/**
 * Calendar days as integers (days since 1970-01-01), so that "the day after" and overlaps are
 * plain arithmetic. Date.UTC involves no time zone, so the result is the same everywhere.
 * Inputs are valid 'YYYY-MM-DD' strings (checked by the schemas).
 */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** An inclusive range of days; `until` Infinity is open-ended. */
export type DayRange = { from: number; until: number };

/** The days two ranges share, or null when they share none. */
export function overlap(a: DayRange, b: DayRange): DayRange | null {
  const from = Math.max(a.from, b.from);
  const until = Math.min(a.until, b.until);
  return from <= until ? { from, until } : null;
}
