import { isoWeekDays, isoWeekOf } from '@motesplats/statistics';

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The ISO weeks that [from, to] touches, oldest first (the pulse grid's columns). */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  const firstMonday = isoWeekDays(isoWeekOf(from))!.start;
  for (let at = utc(firstMonday); at <= utc(to); at += 7 * DAY_MS) {
    weeks.push(isoWeekOf(new Date(at).toISOString().slice(0, 10)));
  }
  return weeks;
}
