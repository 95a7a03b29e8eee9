import { civilFromDays, daysFromCivil, requireIsoDate } from './iso-date.js';

/**
 * ISO 8601 week of a 'YYYY-MM-DD' date, written 'YYYY-Www' (e.g. '2017-W05'); the weekly pulse
 * report (pulstavla) counts by it.
 *
 * ISO weeks start on Monday, and a week belongs to the year that holds its Thursday. So
 * 2017-01-01 (a Sunday) is in 2016-W52 and 2018-12-31 (a Monday) is in 2019-W01. About
 * fifteen lines of integer arithmetic: no date library and no `Date` (whose local-time
 * methods would move a date across midnight in some time zones).
 */
export function isoWeekOf(date: string): string {
  const { year, month, day } = requireIsoDate(date, 'date');
  const days = daysFromCivil(year, month, day);
  // 1970-01-01 was a Thursday, so (days + 3) mod 7 numbers Monday 0 ... Sunday 6.
  const weekday = (((days + 3) % 7) + 7) % 7;
  const thursday = days - weekday + 3;
  let weekYear = year;
  if (thursday < daysFromCivil(year, 1, 1)) weekYear = year - 1;
  else if (thursday >= daysFromCivil(year + 1, 1, 1)) weekYear = year + 1;
  const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
  return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * Monday and Sunday of an ISO week ('2017-W05' → 2017-01-30 … 2017-02-05); null for what is not
 * a week of its year ('2017-W53', '2017-W00', '2017-05'). 4 January is always in week 1.
 */
export function isoWeekDays(isoWeek: string): { start: string; end: string } | null {
  const match = ISO_WEEK.exec(isoWeek);
  if (!match) return null;
  const year = Number(match[1]);
  const jan4 = daysFromCivil(year, 1, 4);
  const mondayOfWeek1 = jan4 - ((((jan4 + 3) % 7) + 7) % 7);
  const monday = mondayOfWeek1 + (Number(match[2]) - 1) * 7;
  const start = civilFromDays(monday);
  if (isoWeekOf(start) !== isoWeek) return null;
  return { start, end: civilFromDays(monday + 6) };
}
