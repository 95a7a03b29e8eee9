import { WEEKDAYS, type Weekday } from '@motesplats/location-config';

/** The weekday of an ISO date; noon UTC keeps it clear of any time-zone edge. */
export function weekdayOf(isoDate: string): Weekday {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7]!;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The sample day for the preview: the first day after `today` the location is open. Tomorrow
 * rather than today, because today's plan is half over by the time anyone looks at a preview.
 * With no opening hours at all, tomorrow (the preview then says it is closed).
 */
export function nextOpenDate(openWeekdays: readonly string[], today: string): string {
  for (let days = 1; days <= 7; days += 1) {
    const date = addDays(today, days);
    if (openWeekdays.includes(weekdayOf(date))) return date;
  }
  return addDays(today, 1);
}
