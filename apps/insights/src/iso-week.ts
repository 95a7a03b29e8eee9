// ISO 8601 weeks in the browser. The statistics package has the same arithmetic, but the
// remote does not depend on it (it only needs these three functions).

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The ISO week ('YYYY-Www') a calendar day belongs to: the week of its Thursday. */
export function isoWeekOf(day: string): string {
  const date = new Date(utc(day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week. */
export function mondayOf(isoWeek: string): string {
  const year = Number(isoWeek.slice(0, 4));
  const week = Number(isoWeek.slice(6));
  const jan4 = Date.UTC(year, 0, 4); // always in week 1
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(mondayOfWeek1 + (week - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weeks that [from, to] touches, oldest first. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let at = utc(mondayOf(isoWeekOf(from))); at <= utc(to); at += 7 * DAY_MS) {
    weeks.push(isoWeekOf(new Date(at).toISOString().slice(0, 10)));
  }
  return weeks;
}
