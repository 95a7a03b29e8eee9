import { TargetGroupError } from './errors.js';
import { requireIsoDate } from './iso-date.js';

/**
 * Age in whole years on `onDate`; a birthday counts from the start of its day.
 *
 * 29 February: in a year without that day, the person turns a year older on 1 March, not on
 * 28 February. On 28 February the person has not yet lived through the calendar day that matches
 * their birth date; 1 March is the first day on which the full number of years has certainly
 * passed. So nobody reaches 18 (adult) or 65 (pension step, nuclear-family rule) a day early.
 * It is also exactly what comparing (month, day) pairs gives, so there is no special case to
 * get wrong. This is a documented choice, not a cited rule: confirm it with the agencies' legal
 * advisers before relying on it for a decision.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = requireIsoDate(birthDate, 'birthDate');
  const on = requireIsoDate(onDate, 'onDate');
  const years = on.year - birth.year;
  const birthdayReached = on.month * 100 + on.day >= birth.month * 100 + birth.day;
  const age = birthdayReached ? years : years - 1;
  if (age < 0) {
    // A person cannot be assessed before they were born; the data is wrong, not the person.
    throw new TargetGroupError('INVALID_DATE', `birthDate ${birthDate} is after ${onDate}`);
  }
  return age;
}
