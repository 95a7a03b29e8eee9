import { TargetGroupError } from './errors.js';

/**
 * Calendar dates are plain 'YYYY-MM-DD' strings, never `Date` objects: a date of birth or a
 * decision date has no time zone, and `Date` would shift it by the runtime's offset.
 * Once validated, such strings compare correctly with `<` and `>`.
 */
export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns null for anything that is not a real Gregorian date written as 'YYYY-MM-DD'. */
export function parseIsoDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Year 0000 does not exist in the proleptic calendar used in registers.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** Throws INVALID_DATE naming the field, so a caller can point at the bad input. */
export function requireIsoDate(value: unknown, field: string): CalendarDate {
  const parsed = parseIsoDate(value);
  if (!parsed) {
    throw new TargetGroupError(
      'INVALID_DATE',
      `${field} must be a real calendar date written as YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
