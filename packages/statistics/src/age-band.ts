import { StatisticsError } from './errors.js';
import type { AgeBand } from './visit-record.js';

/**
 * The age band of a person aged `age` whole years on the day of the visit (compute the age
 * with @motesplats/target-group's `ageOn`, which knows about birthdays on 29 February).
 * The edges are those of the establishment assignment: under 18 is a child, 65 and over
 * is a pension matter.
 */
export function ageBandOf(age: number): AgeBand {
  if (!Number.isInteger(age) || age < 0) {
    throw new StatisticsError(
      'INVALID_OPTIONS',
      `age must be a whole number of years >= 0, got ${age}`,
    );
  }
  if (age < 18) return '0-17';
  if (age < 65) return '18-64';
  return '65+';
}

/** The name the statistics issue used for `ageBandOf`; kept so both spellings work. */
export const toRecordsAgeBand = ageBandOf;
